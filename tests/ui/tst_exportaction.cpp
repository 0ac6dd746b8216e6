// Export… on a page's list: what the list shows (filtered, sorted, its visible columns in their
// order) is what the file holds, read back.
#include "FileDialog.h"
#include "MessageBox.h"
#include "SmallSchool.h"
#include "TestSchool.h"
#include "i18n/Translations.h"
#include "import/TableReader.h"
#include "itemmodels/AgentTableModel.h"
#include "pages/AgentsPage.h"
#include "pages/AnimatorsPage.h"
#include "pages/CataloguePage.h"
#include "pages/ProgrammePage.h"
#include "pages/RegistrationsPanel.h"
#include "storage/SessionStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace truc2;
using namespace truc2::ui;

namespace {

QStringList csvLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF")) {
        return {};
    }
    QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    lines.removeAll(QString());
    return lines;
}

/// The view's header titles, left to right as shown, hidden columns left out.
QString shownHeader(const QTableView* view)
{
    const QHeaderView* header = view->horizontalHeader();
    QStringList titles;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            titles.append(view->model()->headerData(logical, Qt::Horizontal).toString());
        }
    }
    return titles.join(QLatin1Char(';'));
}

/// Clicks `button` and checks that the file holds the header and rows `view` shows.
void exportsAsShown(QWidget* root, const char* viewName, QPushButton* button, const QString& file)
{
    auto* view = root->findChild<QTableView*>(QLatin1String(viewName));
    QVERIFY(view);
    QVERIFY2(button, viewName);
    FileDialog::setNextSaveFileName(file);
    button->click();
    const QStringList lines = csvLines(file);
    QVERIFY2(!lines.isEmpty(), qPrintable(file));
    QCOMPARE(lines.constFirst(), shownHeader(view));
    QCOMPARE(lines.size(), view->model()->rowCount() + 1);
}

/// The page's own Export… button, not one of a panel inside it.
QPushButton* exportButton(QWidget* page)
{
    for (auto* button : page->findChildren<QPushButton*>(QStringLiteral("exportButton"))) {
        QWidget* parent = button->parentWidget();
        while (parent != page && !qobject_cast<RegistrationsPanel*>(parent)) {
            parent = parent->parentWidget();
        }
        if (parent == page) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

class TestExportAction : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<AgentsPage> m_page;
    QTableView* m_table = nullptr;
    QPushButton* m_export = nullptr;

    void addAgent(const QString& last, const QString& first, const QString& matricule,
                  qint64 service)
    {
        Agent a;
        a.lastName = last;
        a.firstName = first;
        a.matricule = matricule;
        a.serviceId = service;
        a.category = Category::B;
        QVERIFY((*m_school)->agents().insert(a));
    }

    QString path(const QString& name) const { return m_school->dir() + u'/' + name; }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(Language::English);
        MessageBox::setAutomaticAnswers(true);
        test::useTemporarySettings();
    }

    void init()
    {
        m_school = std::make_unique<test::TestSchool>();
        const qint64 culture =
            m_school->addService(QStringLiteral("Culture"), QStringLiteral("Médiathèque"));
        const qint64 training = m_school->addService(QStringLiteral("Ressources humaines"),
                                                     QStringLiteral("Formation"));
        addAgent(QStringLiteral("Martin"), QStringLiteral("Paul"), QStringLiteral("00456"),
                 culture);
        addAgent(QStringLiteral("Bernard"), QStringLiteral("Lucie"), QStringLiteral("00789"),
                 culture);
        addAgent(QStringLiteral("Dupont"), QStringLiteral("Élodie"), QStringLiteral("00123"),
                 training);
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<AgentsPage>(PageContext{m_school->school(), *m_undo, false});
        m_page->resize(1000, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_table = m_page->findChild<QTableView*>(QStringLiteral("agentsTableView"));
        m_export = m_page->findChild<QPushButton*>(QStringLiteral("exportButton"));
        QVERIFY(m_table);
        QVERIFY(m_export);
    }

    void cleanup()
    {
        m_page.reset();
        test::useTemporarySettings();
        m_undo.reset();
        m_school.reset();
    }

    void whatIsFilteredIsExported()
    {
        QTest::keyClicks(m_page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")),
                         QStringLiteral("mediatheque"));
        QTRY_COMPARE(m_table->model()->rowCount(), 2);
        // The user moved the matricule first and hid the grade, status and e-mail.
        QHeaderView* header = m_table->horizontalHeader();
        header->moveSection(header->visualIndex(AgentTableModel::Matricule), 0);
        for (int hidden :
             {AgentTableModel::Grade, AgentTableModel::Status, AgentTableModel::Email}) {
            header->hideSection(hidden);
        }
        const QString file = path(QStringLiteral("médiathèque.csv"));
        FileDialog::setNextSaveFileName(file);
        QTest::mouseClick(m_export, Qt::LeftButton);
        QCOMPARE(csvLines(file),
                 (QStringList{QStringLiteral("Matricule;Last name;First name;Direction;Service;"
                                             "Category"),
                              QStringLiteral("\"\t00789\";Bernard;Lucie;Culture;Médiathèque;B"),
                              QStringLiteral("\"\t00456\";Martin;Paul;Culture;Médiathèque;B")}));
        QVERIFY(MessageBox::takeShownTexts().isEmpty());
    }

    void asAnExcelWorkbook()
    {
        QTest::keyClicks(m_page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")),
                         QStringLiteral("00123"));
        QTRY_COMPARE(m_table->model()->rowCount(), 1);
        const QString file = path(QStringLiteral("dupont.xlsx"));
        FileDialog::setNextSaveFileName(file);
        QTest::mouseClick(m_export, Qt::LeftButton);
        const Result<Table> table = readTable(file);
        QVERIFY2(table, table ? "" : qPrintable(table.errorMessage()));
        QCOMPARE(table->format.sheet, QStringLiteral("Agents"));
        QCOMPARE(table->records.size(), 2);
        QCOMPARE(table->records.at(0).cells.mid(0, 3),
                 (QStringList{QStringLiteral("Last name"), QStringLiteral("First name"),
                              QStringLiteral("Matricule")}));
        QCOMPARE(table->records.at(1).cells.mid(0, 5),
                 (QStringList{QStringLiteral("Dupont"), QStringLiteral("Élodie"),
                              QStringLiteral("00123"), QStringLiteral("Ressources humaines"),
                              QStringLiteral("Formation")}));
    }

    void sortedAsShown()
    {
        m_table->sortByColumn(AgentTableModel::LastName, Qt::DescendingOrder);
        const QString file = path(QStringLiteral("agents"));
        FileDialog::setNextSaveFileName(file); // no extension: the CSV filter's
        QTest::mouseClick(m_export, Qt::LeftButton);
        const QStringList lines = csvLines(file + QStringLiteral(".csv"));
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Martin;")));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("Bernard;")));
    }

    void cancelledWritesNothing()
    {
        FileDialog::setNextSaveFileName(QString());
        QTest::mouseClick(m_export, Qt::LeftButton);
        QCOMPARE(QDir(m_school->dir()).entryList({QStringLiteral("*.csv")}, QDir::Files),
                 QStringList());
    }

    void everyListHasItsExport()
    {
        test::SmallSchool small;
        School& school = small.school.school();
        QUndoStack undo;
        const PageContext context{school, undo, false};
        const QString dir = small.school.dir() + u'/';

        CataloguePage catalogue(context);
        exportsAsShown(&catalogue, "actionsTableView", exportButton(&catalogue),
                       dir + QStringLiteral("actions.csv"));
        // The actions of the format selected (the first one): its single action.
        QCOMPARE(csvLines(dir + QStringLiteral("actions.csv")).size(), 2);

        AnimatorsPage animators(context);
        animators.show();
        exportsAsShown(&animators, "animatorsTableView", exportButton(&animators),
                       dir + QStringLiteral("animators.csv"));

        ProgrammePage programme(context);
        programme.show();
        exportsAsShown(&programme, "programmeTableView", exportButton(&programme),
                       dir + QStringLiteral("sessions.csv"));

        const Result<QList<ProgrammeEntry>> march =
            school.sessions().programme(QDate(2020, 3, 2), QDate(2020, 3, 2));
        QVERIFY(march && march->size() == 1);
        RegistrationsPanel registrations(context);
        registrations.setSession(march->constFirst().session.id);
        exportsAsShown(&registrations, "registrantsTableView", exportButton(&registrations),
                       dir + QStringLiteral("registrations.csv"));
        // Bob, Cyd and Dan registered for AC-2020-001.
        QCOMPARE(csvLines(dir + QStringLiteral("registrations.csv")).size(), 4);
    }

    void failureIsReported()
    {
        const QString file = path(QStringLiteral("missing folder/agents.xlsx"));
        FileDialog::setNextSaveFileName(file);
        QTest::mouseClick(m_export, Qt::LeftButton);
        const QStringList shown = MessageBox::takeShownTexts();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.constFirst().contains(QDir::toNativeSeparators(file)),
                 qPrintable(shown.constFirst()));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(TestExportAction)
#include "tst_exportaction.moc"
