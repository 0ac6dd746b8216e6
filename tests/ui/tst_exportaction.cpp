// Export… on a page's list: what the list shows (filtered, sorted, its visible columns in their
// order) is what the file holds, read back.
#include "FileDialog.h"
#include "MessageBox.h"
#include "TestSchool.h"
#include "i18n/Translations.h"
#include "itemmodels/AgentTableModel.h"
#include "pages/AgentsPage.h"

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
