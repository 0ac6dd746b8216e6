// The report verb: the municipality's sentences as text, and the impact report in its files
// (PDF of one format, XLSX, HTML with the dashboard's charts, JSON), as a scheduled job makes it.
#include "PdfText.h"
#include "VerbRun.h"
#include "ZipWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Run = truc2::test::VerbRun;

class TestReportVerb : public truc2::test::VerbTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = makeDemo();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void reportsThePublishedFigures_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("2020")
            << QStringLiteral("2020-01-01") << QStringLiteral("2020-12-31")
            << QStringLiteral("En 2020 : 4 conférences Ac'Truc² (55 participants au total) ; "
                              "17 ateliers Un truc² en + (105 participants au total) ; "
                              "1 Prépa'Truc² (5 participants). 14 animateurs.\n");
        QTest::newRow("2021-01..05")
            << QStringLiteral("2021-01-01") << QStringLiteral("2021-05-31")
            << QStringLiteral(
                   "De janvier à mai 2021 : 6 conférences Ac'Truc² (126 participants au total) ; "
                   "26 ateliers Un truc² en + (153 participants au total) ; "
                   "2 Prépa'Truc² (19 participants au total) ; "
                   "4 rencontres Eco'Truc² (28 participants au total). 18 animateurs.\n");
    }

    void reportsThePublishedFigures()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, sentence);
        const Run run = truc2({QStringLiteral("--database"), m_demo, QStringLiteral("report"),
                               QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                               QStringLiteral("--format"), QStringLiteral("txt")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The sentence first, then the report's sections and tables as text.
        QVERIFY2(run.out.startsWith(sentence), qPrintable(run.out));
        QVERIFY(run.out.size() > sentence.size() + 200);
    }

    void reportFiles()
    {
        // A PDF of one format: the title page, the sentence, the tables.
        const QString pdf = path(QStringLiteral("ut-2020.pdf"));
        Run run = truc2(
            {QStringLiteral("--database"), m_demo, QStringLiteral("report"),
             QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
             QStringLiteral("2020-12-31"), QStringLiteral("--format-code"), QStringLiteral("ut"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const truc2::test::PdfText text = truc2::test::readPdf(pdf);
        QVERIFY(text.loaded);
        QVERIFY(text.pageCount() >= 3);
        QVERIFY(text.pages.first().contains(QStringLiteral("En 2020")));
        QVERIFY(text.contains(
            QStringLiteral("En 2020 : 17 ateliers Un truc² en + (105 participants au total).")));
        QVERIFY(!text.contains(QStringLiteral("4 conférences")));

        // Spreadsheets need a file; every format of the list is known.
        run = truc2({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                     m_demo, QStringLiteral("report"), QStringLiteral("--from"),
                     QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                     QStringLiteral("2020-12-31"), QStringLiteral("--format"),
                     QStringLiteral("xlsx")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--out")), qPrintable(run.err));
        const QString xlsx = path(QStringLiteral("2020.xlsx"));
        run = truc2({QStringLiteral("--database"), m_demo, QStringLiteral("report"),
                     QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                     QStringLiteral("2020-12-31"), QStringLiteral("--format"),
                     QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(truc2::test::readZipEntry(xlsx, QStringLiteral("xl/workbook.xml"))
                    .contains("<sheet name="));

        // The dashboard's charts are drawn by the verb too: a standalone HTML carries them.
        const QString html = path(QStringLiteral("2021.html"));
        run = truc2({QStringLiteral("--database"), m_demo, QStringLiteral("report"),
                     QStringLiteral("--from"), QStringLiteral("2021-01-01"), QStringLiteral("--to"),
                     QStringLiteral("2021-12-31"), QStringLiteral("--format"),
                     QStringLiteral("html"), QStringLiteral("--out"), html});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray bytes = page.readAll();
        QVERIFY2(bytes.count("src=\"data:image/png;base64,") >= 5, bytes.left(400).constData());
        QVERIFY(bytes.contains("Un truc² en +"));

        // An unknown format code names the school's.
        run = truc2({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--database"),
                     m_demo, QStringLiteral("report"), QStringLiteral("--from"),
                     QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                     QStringLiteral("2020-12-31"), QStringLiteral("--format-code"),
                     QStringLiteral("ZZ")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("UT")), qPrintable(run.err));
    }

    void reportJsonToFile()
    {
        const QString out = path(QStringLiteral("report.json"));
        const Run run =
            truc2({QStringLiteral("--database"), m_demo, QStringLiteral("report"),
                   QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                   QStringLiteral("2020-12-31"), QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("headcount")).toInt(), 600);
        const QJsonObject totals = root.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("sessions")).toInt(), 22);
        QCOMPARE(totals.value(QStringLiteral("participants")).toInt(), 165);
        QCOMPARE(totals.value(QStringLiteral("animators")).toInt(), 14);
        QCOMPARE(totals.value(QStringLiteral("active_agents")).toInt(), 600);
        const double reach = totals.value(QStringLiteral("reach_rate")).toDouble();
        QCOMPARE(reach, totals.value(QStringLiteral("agents_reached")).toInt() / 600.0);
        QCOMPARE(root.value(QStringLiteral("formats")).toArray().size(), 5);
    }
};

QTEST_MAIN(TestReportVerb)
#include "tst_reportverb.moc"
