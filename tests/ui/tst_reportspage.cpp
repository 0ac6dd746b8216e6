// The Reports page over SmallSchool (tests/support/SmallSchool.h), driven through its widgets:
// nothing read until shown, the period selector and the format filter, the preview, "Export…"
// as XLSX read back, and the hours of a training day as an undoable, checked setting.
#include "FileDialog.h"
#include "MessageBox.h"
#include "SmallSchool.h"
#include "WidgetDriver.h"
#include "commands/EditCommand.h"
#include "i18n/Translations.h"
#include "import/TableReader.h"
#include "pages/ReportsPage.h"
#include "widgets/PeriodSelector.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace truc2;
using namespace truc2::ui;
using namespace Qt::StringLiterals;

class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SmallSchool> m_school;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ReportsPage> m_page;
    QStringList m_errors;
    QTemporaryDir m_dir;

    template <typename W>
    W* widget(const char* name) const
    {
        return test::child<W>(m_page.get(), name);
    }

    void choose(const char* name, const QString& text)
    {
        auto* combo = widget<QComboBox>(name);
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        QVERIFY(m_dir.isValid());
        installTranslations(Language::French);
        MessageBox::setAutomaticAnswers(true);
        EditCommand::setErrorSink([this](const QString& message) { m_errors << message; });
        m_school = std::make_unique<test::SmallSchool>();
        m_undo = std::make_unique<QUndoStack>();
    }

    void cleanupTestCase()
    {
        m_page.reset();
        EditCommand::setErrorSink({});
    }

    void readsNothingUntilShown()
    {
        m_page = std::make_unique<ReportsPage>(PageContext{m_school->school.school(), *m_undo});
        m_page->resize(1100, 800);
        QVERIFY(!m_page->report().has_value());
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY(m_page->report().has_value());
    }

    void periodSelectorChoosesTheYear()
    {
        // The calendar year 2021, then the one before with the selector's arrow.
        m_page->periodSelector()->showCalendarYear(2021);
        QTRY_COMPARE(m_page->report()->figures.current.period.from, QDate(2021, 1, 1));
        widget<QToolButton>("previousToolButton")->click();
        QTRY_COMPARE(m_page->report()->figures.current.period.from, QDate(2020, 1, 1));
        QCOMPARE(m_page->report()->figures.current.period.to, QDate(2020, 12, 31));
        const QString sentence = u"En 2020 : 2 conférences Ac'Truc² (15 participants au total) ; "
                                 "1 Prépa'Truc² (5 participants). 3 animateurs."_s;
        QVERIFY2(m_page->previewText().contains(sentence), qPrintable(m_page->previewText()));
        // The dashboard's charts are in the preview, as pictures of the document.
        QVERIFY(m_page->report()->charts.size() >= 5);
        QVERIFY(!widget<QTextBrowser>("reportPreview")
                     ->document()
                     ->resource(QTextDocument::ImageResource, QUrl(ImpactReport::chartResource(0)))
                     .isNull());
        // The previous year is beside it: 2019 had nothing.
        QCOMPARE(m_page->report()->figures.previous.period.from, QDate(2019, 1, 1));
        QCOMPARE(m_page->report()->figures.previous.totals.sessions, 0);
    }

    /// The preview is laid out at the printed page's width: nothing runs past its right edge,
    /// however wide the window.
    void previewIsAPageWide()
    {
        auto* preview = widget<QTextBrowser>("reportPreview");
        m_page->resize(1600, 900);
        m_page->periodSelector()->showCalendarYear(2021);
        QTRY_COMPARE(m_page->report()->figures.current.period.from, QDate(2021, 1, 1));
        QCoreApplication::processEvents();
        QCOMPARE(preview->lineWrapMode(), QTextEdit::FixedPixelWidth);
        // 210 mm less the margins, at 96 pixels an inch, with the preview's own margins.
        QVERIFY2(preview->lineWrapColumnOrWidth() > 600 && preview->lineWrapColumnOrWidth() < 800,
                 qPrintable(QString::number(preview->lineWrapColumnOrWidth())));
        QVERIFY(preview->width() < m_page->width());
        QCOMPARE(preview->horizontalScrollBar()->maximum(), 0);
        m_page->periodSelector()->showCalendarYear(2020); // as the next tests expect
        QTRY_COMPARE(m_page->report()->figures.current.period.from, QDate(2020, 1, 1));
    }

    void formatFilter()
    {
        choose("reportsFormat", u"Prépa'Truc²"_s);
        QTRY_COMPARE(m_page->report()->figures.formatId, m_school->pr);
        QVERIFY2(m_page->previewText().contains(u"En 2020 : 1 Prépa'Truc² (5 participants)."_s),
                 qPrintable(m_page->previewText()));
        QVERIFY(!m_page->previewText().contains(u"2 conférences"_s));
    }

    void exportsXlsx()
    {
        m_page->setFormatId(0);
        QTRY_COMPARE(m_page->report()->figures.formatId, qint64(0));
        m_page->setExportFormat(ReportFormat::Pdf);
        auto* formats = widget<QComboBox>("exportFormatComboBox");
        QCOMPARE(formats->count(), 7);
        formats->setCurrentIndex(formats->findData(int(ReportFormat::Xlsx)));
        QCOMPARE(m_page->exportFormat(), ReportFormat::Xlsx);
        const QString path = m_dir.filePath(u"rapport.xlsx"_s);
        FileDialog::setNextSaveFileName(path);
        widget<QPushButton>("exportReportButton")->click();
        QVERIFY(QFile::exists(path));
        const Result<Table> table = readTable(path);
        QVERIFY2(table, qPrintable(table ? QString() : table.errorMessage()));
        QList<QStringList> rows;
        for (const TableRecord& record : table->records) {
            rows << record.cells;
        }
        // Header, AC, PR, EC, total: numbers as numbers.
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(1).mid(0, 3), (QStringList{u"Ac'Truc²"_s, u"2"_s, u"15"_s}));
        QCOMPARE(rows.at(2).mid(0, 3), (QStringList{u"Prépa'Truc²"_s, u"1"_s, u"5"_s}));
        QCOMPARE(rows.at(4).at(2), u"20"_s);
        QVERIFY(table->format.sheets.size() > 5);

        // Cancelled: nothing written.
        FileDialog::setNextSaveFileName({});
        QVERIFY(!m_page->exportReport());
    }

    void hoursPerDay()
    {
        auto* hours = widget<QDoubleSpinBox>("hoursPerDaySpinBox");
        SettingsStore& settings = m_school->school->settings();
        QCOMPARE(hours->value(), 6.0);
        hours->setValue(7.5);
        QCOMPARE(settings.hoursPerDay(), 7.5);
        QTRY_COMPARE(m_page->report()->figures.training.hoursPerDay, 7.5);
        m_undo->undo();
        QCOMPARE(settings.hoursPerDay(), 6.0);
        QCOMPARE(hours->value(), 6.0);
        m_undo->redo();
        QCOMPARE(hours->value(), 7.5);
        // Refused, and said why: the setting and the box stay as they were.
        m_errors.clear();
        hours->setValue(0.5);
        QCOMPARE(settings.hoursPerDay(), 7.5);
        QCOMPARE(hours->value(), 7.5);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(u"24"_s), qPrintable(m_errors.first()));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
