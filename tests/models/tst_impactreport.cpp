// The impact report: its sentences on the demo school, its rules on hand-filled figures, and
// every file it is written to, read back.
#include "PdfText.h"
#include "TestSchool.h"
#include "ZipWriter.h"
#include "demo/DemoSchool.h"
#include "documents/DocumentText.h"
#include "documents/ImpactReportSource.h"
#include "documents/ImpactReportWriters.h"
#include "i18n/Translations.h"
#include "import/TableReader.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace truc2;
using namespace Qt::StringLiterals;

namespace {

FormatFigures format(qint64 id, const QString& name, const QString& singular, const QString& plural)
{
    FormatFigures f;
    f.formatId = id;
    f.name = name;
    f.nounSingular = singular;
    f.nounPlural = plural;
    return f;
}

/// Figures one can check by hand: 3 workshops (20 participants, 10 answers, 8 of 10 found
/// useful skills), 1 conference (12 participants, 3 answers: n < 5), a format never held.
DashboardFigures handFigures()
{
    DashboardFigures d;
    d.current.period = Period::calendarYear(2020);
    d.previous.period = Period::calendarYear(2019);
    FormatFigures ut = format(1, u"Un truc² en +"_s, u"atelier"_s, u"ateliers"_s);
    ut.sessions = 3;
    ut.participants = 20;
    ut.agentsReached = 15;
    ut.responses = 10;
    ut.responseRate = {10, 20};
    ut.satisfactionAnswers = 10;
    ut.satisfaction = 0.8;
    ut.usefulSkillsRate = {8, 10};
    FormatFigures ac = format(2, u"Ac'Truc²"_s, u"conférence"_s, u"conférences"_s);
    ac.sessions = 1;
    ac.participants = 12;
    ac.agentsReached = 12;
    ac.responses = 3;
    ac.responseRate = {3, 12};
    ac.satisfactionAnswers = 3;
    ac.usefulSkillsRate = {2, 3, true};
    FormatFigures ec = format(3, u"Eco'Truc²"_s, u"rencontre"_s, u"rencontres"_s);
    d.current.formats = {ut, ac, ec};
    TotalFigures& t = d.current.totals;
    t.sessions = 4;
    t.participants = 32;
    t.agentsReached = 25;
    t.headcount = 100;
    t.reachRate = {25, 100};
    t.animators = 2;
    t.responses = 13;
    t.responseRate = {13, 32};
    t.satisfactionAnswers = 13;
    t.satisfaction = 0.75;
    t.usefulSkillsRate = {10, 13};
    d.previous.formats = {format(1, ut.name, {}, {}), format(2, ac.name, {}, {}),
                          format(3, ec.name, {}, {})};
    d.previous.formats[0].participants = 11;
    d.previous.totals.sessions = 2;
    d.previous.totals.participants = 11;
    d.reachByDirection = {{1, u"Direction des finances"_s, 40, 10, {10, 40}},
                          {2, u"Direction de l'enfance"_s, 60, 15, {15, 60}}};
    d.mixing.meanDirections = 1.75;
    d.mixing.outsideAnimatorDirection = {20, 32};
    d.mixing.directionIds = {1, 2};
    d.mixing.directionNames = {u"Direction des finances"_s, u"Direction de l'enfance"_s};
    d.mixing.matrix = {{3, 2}, {2, 4}};
    d.animators.animators = 2;
    d.animators.newAnimators = 1;
    d.animators.sessionsPerAnimator = 2;
    d.animators.credits = {{1, u"Marie DUPONT"_s, 3, false}, {2, u"Paul MARTIN"_s, 1, true}};
    ActionFigures tableur{1, u"Le tableur sans peine"_s, ut.name, 3, 20, 10, 0.8, {8, 10}};
    ActionFigures formula{2, u"=SUM(A1:A9)"_s, ac.name, 1, 12, 3, std::nullopt, {2, 3, true}};
    d.actions = {tableur, formula};
    d.training.hoursPerDay = 6;
    using T = TrainingIndicators;
    d.training.cells[T::CategoryA][T::Women] = {3, 540};
    d.training.cells[T::CategoryB][T::Men] = {2, 180};
    d.training.cells[T::CategoryC][T::Women] = {5, 600};
    return d;
}

QImage chartImage(const QColor& colour)
{
    QImage image(1200, 600, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(100, 100, 1000, 400), colour);
    return image;
}

ImpactReportInput handInput()
{
    ImpactReportInput input;
    input.identity = {u"Ville de Testville"_s, u"TRUC²"_s, {}};
    input.figures = handFigures();
    input.charts = {{u"Participants par mois"_s, chartImage(Qt::darkBlue)},
                    {u"Mixité"_s, chartImage(Qt::darkGreen)}};
    input.issuedOn = QDate(2021, 1, 15);
    return input;
}

/// What a division by zero would print.
QRegularExpression notANumber()
{
    return QRegularExpression(u"\\b(nan|inf)\\b"_s, QRegularExpression::CaseInsensitiveOption);
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Every record of a worksheet of an XLSX file.
QList<QStringList> readSheet(const QString& path, const QString& sheet)
{
    TableReadOptions options;
    options.sheet = sheet;
    const Result<Table> table = readTable(path, options);
    QList<QStringList> rows;
    if (!table) {
        qWarning("%s", qPrintable(table.errorMessage()));
        return rows;
    }
    for (const TableRecord& record : table->records) {
        rows << record.cells;
    }
    return rows;
}

} // namespace

class TestImpactReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestSchool> m_demo;

    ImpactReportContent demoContent(const Period& period)
    {
        const Result<ImpactReportInput> input = readImpactReport(
            (*m_demo)->database(), (*m_demo)->settings(), period, 0, QDate(2022, 1, 10));
        if (!input) {
            qWarning("%s", qPrintable(input.errorMessage()));
            return {};
        }
        return ImpactReport::content(*input);
    }

    /// Whether the French translation of the report's sentences is installed yet (the lead
    /// translates new strings after merging).
    static bool reportTranslated()
    {
        return ImpactReport::tr("%1 of respondents felt they had acquired skills useful for "
                                "their duties (response rate: %2).") !=
               QLatin1String("%1 of respondents felt they had acquired skills useful for "
                             "their duties (response rate: %2).");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TRUC2_REQUIRE_BACKEND();
        m_demo = std::make_unique<test::TestSchool>();
        const Status built = buildDemoSchool(m_demo->school(), DemoOptions{});
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.errorMessage()));
    }

    void init() { installTranslations(Language::French); }
    void cleanupTestCase() { installTranslations(Language::French); }

    void frenchNumbers()
    {
        QCOMPARE(percentText(0.416), u"41,6\u202f%"_s);
        QCOMPARE(percentText(0.85), u"85\u202f%"_s);
        QCOMPARE(percentText(0.33333), u"33,3\u202f%"_s);
        QCOMPARE(numberText(2.25, 1), u"2,3"_s);
        QCOMPARE(ImpactReport::rateText({0, 0}), u"–"_s);
        QCOMPARE(ImpactReport::rateText({2, 3, true}), u"n < 5"_s);
        QCOMPARE(ImpactReport::rateText({104, 250}), u"41,6\u202f%"_s);
        installTranslations(Language::English);
        QCOMPARE(percentText(0.416), u"41.6%"_s);
    }

    void demoSentences_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("2020") << QDate(2020, 1, 1) << QDate(2020, 12, 31)
                              << u"En 2020 : 4 conférences Ac'Truc² (55 participants au total) ; "
                                 "17 ateliers Un truc² en + (105 participants au total) ; "
                                 "1 Prépa'Truc² (5 participants). 14 animateurs."_s;
        QTest::newRow("2021-01..05")
            << QDate(2021, 1, 1) << QDate(2021, 5, 31)
            << u"De janvier à mai 2021 : 6 conférences Ac'Truc² (126 participants au total) ; "
               "26 ateliers Un truc² en + (153 participants au total) ; "
               "2 Prépa'Truc² (19 participants au total) ; "
               "4 rencontres Eco'Truc² (28 participants au total). 18 animateurs."_s;
    }

    void demoSentences()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, sentence);
        const ImpactReportContent content = demoContent({from, to});
        QVERIFY(!content.summary.isEmpty());
        QCOMPARE(content.summary.first(), sentence);
    }

    void demoSections()
    {
        // With the dashboard's figures: the animators thanked by name, the actions, the
        // training indicators.
        installTranslations(Language::English);
        const Result<ImpactReportInput> input =
            readImpactReport((*m_demo)->database(), (*m_demo)->settings(),
                             Period::calendarYear(2020), 0, QDate(2021, 1, 4));
        QVERIFY(input);
        const DashboardFigures& figures = input->figures;
        QCOMPARE(figures.animators.credits.size(), 14);
        const ImpactReportContent content = ImpactReport::content(*input);
        const QString text = impactReportText(content);
        for (const AnimatorCredit& credit : figures.animators.credits) {
            QVERIFY2(text.contains(credit.displayName), qPrintable(credit.displayName));
        }
        QVERIFY(text.contains(u"The school thanks the 14 animator"_s));
        QVERIFY(!figures.actions.isEmpty());
        QVERIFY(text.contains(figures.actions.first().title));
        // Trained agents are agents of the municipality present at a held session.
        const TrainingIndicators::Cell total = figures.training.total();
        QVERIFY(total.agents > 0);
        QVERIFY(total.agents <= figures.current.totals.agentsReached);
        QCOMPARE(figures.training.hoursPerDay, 6.0);
        bool found = false;
        for (const ExportTable& table : content.tables()) {
            if (table.title == u"Trained by gender"_s) {
                found = true;
                QCOMPARE(table.rows.last().at(1).toInt(), total.agents);
                QCOMPARE(table.rows.last().at(3).toDouble(),
                         std::round(double(total.minutes) / 60.0 / 6.0 * 10.0) / 10.0);
            }
        }
        QVERIFY(found);
    }

    void demoUsefulSkills2021()
    {
        // As the municipality published it for Un truc² en + in 2021.
        installTranslations(Language::English);
        ImpactReportContent content = demoContent(Period::calendarYear(2021));
        QVERIFY2(content.summary.contains(
                     u"Un truc² en +: 85% of respondents felt they had acquired skills useful "
                     "for their duties (response rate: 41.6%)."_s),
                 qPrintable(content.summary.join(u'\n')));
        installTranslations(Language::French);
        if (!reportTranslated()) {
            QSKIP("The report's new sentences are not translated into French yet.");
        }
        content = demoContent(Period::calendarYear(2021));
        QVERIFY2(content.summary.contains(
                     u"Un truc² en + : 85\u202f% des répondants ont estimé avoir acquis des "
                     "compétences utiles pour leurs missions (taux de réponse : 41,6\u202f%)."_s),
                 qPrintable(content.summary.join(u'\n')));
    }

    void sentencesByAnswers()
    {
        installTranslations(Language::English);
        const DashboardFigures figures = handFigures();
        const QStringList summary = ImpactReport::content({{}, figures, {}, {}}).summary;
        QVERIFY(summary.contains(u"Un truc² en +: 80% of respondents felt they had acquired "
                                 "skills useful for their duties (response rate: 50%)."_s));
        // Three answers: no figure, the rule says why.
        QVERIFY(summary.contains(u"Ac'Truc²: n < 5 answers about useful skills, too few to give "
                                 "a figure (response rate: 25%)."_s));
        // Never held: no sentence at all.
        for (const QString& sentence : summary) {
            QVERIFY(!sentence.startsWith(u"Eco'Truc²"_s));
        }
        FormatFigures silent = figures.current.formats.first();
        silent.responses = 0;
        silent.responseRate = {0, 20};
        silent.usefulSkillsRate = {};
        QCOMPARE(ImpactReport::usefulSkillsSentence(silent, true), u"Un truc² en +: no answer."_s);
        QCOMPARE(ImpactReport::usefulSkillsSentence(silent, false), u"No answer."_s);
    }

    void emptyPeriod()
    {
        DashboardFigures figures;
        figures.current.period = Period::calendarYear(2019);
        figures.current.formats = {format(1, u"Un truc² en +"_s, u"atelier"_s, u"ateliers"_s)};
        figures.previous.period = Period::calendarYear(2018);
        const ImpactReportInput input{{u"Ville"_s, u"TRUC²"_s, {}}, figures, {}, {}};
        const ImpactReportContent content = ImpactReport::content(input);
        QCOMPARE(content.summary.first(), u"En 2019 : aucune session n'a eu lieu."_s);
        const QString text = impactReportText(content);
        QVERIFY(!text.contains(notANumber()));
        const QString pdf = m_dir.filePath(u"empty.pdf"_s);
        QVERIFY(writeImpactReport(input, ReportFormat::Pdf, pdf).ok());
        const test::PdfText read = test::readPdf(pdf);
        QVERIFY(read.loaded);
        QVERIFY(read.contains(u"En 2019 : aucune session n'a eu lieu."_s));
    }

    void noSurveyPeriod()
    {
        // Sessions held, nobody answered; one format whose sessions had nobody present: no
        // division by zero anywhere.
        installTranslations(Language::English);
        ImpactReportInput input = handInput();
        DashboardFigures& figures = input.figures;
        for (FormatFigures& f : figures.current.formats) {
            f.responses = 0;
            f.responseRate = {0, f.participants};
            f.satisfactionAnswers = 0;
            f.satisfaction.reset();
            f.usefulSkillsRate = {};
        }
        figures.current.formats[1].participants = 0;
        figures.current.formats[1].responseRate = {};
        TotalFigures& t = figures.current.totals;
        t.responses = 0;
        t.responseRate = {0, t.participants};
        t.satisfactionAnswers = 0;
        t.satisfaction.reset();
        t.usefulSkillsRate = {};
        figures.actions.clear();
        const ImpactReportContent content = ImpactReport::content(input);
        QVERIFY(content.summary.contains(u"Un truc² en +: no answer."_s));
        QVERIFY(content.summary.contains(u"Ac'Truc²: no answer."_s));
        const QString text = impactReportText(content);
        QVERIFY(!text.contains(notANumber()));
        QVERIFY(text.contains(u"No answer."_s)); // the satisfaction section's sentence
        QVERIFY(text.contains(u"No action was held in the period."_s));
        // The response rate of the format nobody attended has nothing to divide by.
        const ExportTable satisfaction = content.tables().at(1);
        QVERIFY(satisfaction.rows.at(1).at(3).isNull());
        QCOMPARE(satisfaction.rows.at(0).at(3).toDouble(), 0.0);
        const QString pdf = m_dir.filePath(u"silent.pdf"_s);
        QVERIFY(writeImpactReport(input, ReportFormat::Pdf, pdf).ok());
        QVERIFY(test::readPdf(pdf).contains(u"Un truc2 en +: no answer."_s));
    }

    void pdf()
    {
        const QString path = m_dir.filePath(u"report.pdf"_s);
        QVERIFY(writeImpactReport(handInput(), ReportFormat::Pdf, path).ok());
        const test::PdfText pdf = test::readPdf(path);
        QVERIFY(pdf.loaded);
        QVERIFY(pdf.pageCount() >= 3);
        // The title page: organisation, school, the period in words; no running header.
        QVERIFY(pdf.pages.first().contains(u"Ville de Testville"_s));
        QVERIFY(pdf.pages.first().contains(test::flat(u"TRUC²"_s)));
        QVERIFY(pdf.pages.first().contains(u"En 2020"_s));
        QVERIFY(pdf.pageOf(u"En 2020 : 3 ateliers Un truc² en + (20 participants au total) ; "
                           "1 conférence Ac'Truc² (12 participants). 2 animateurs."_s) == 1);
        QVERIFY(pdf.contains(u"Marie DUPONT"_s));
        QVERIFY(pdf.contains(u"Le tableur sans peine"_s));
        QVERIFY(pdf.contains(u"Direction de l'enfance"_s));
        QVERIFY(pdf.contains(u"n < 5"_s));
        QVERIFY(pdf.contains(test::flat(u"41,6\u202f%"_s)) == false); // not in these figures
        QVERIFY(pdf.contains(test::flat(u"62,5\u202f%"_s)));          // 20 of 32 outside
        QVERIFY(pdf.contains(u"Participants par mois"_s));
    }

    void odt()
    {
        const QString path = m_dir.filePath(u"report.odt"_s);
        QVERIFY(writeImpactReport(handInput(), ReportFormat::Odt, path).ok());
        const QString content = QString::fromUtf8(test::readZipEntry(path, u"content.xml"_s));
        QVERIFY(content.contains(u"Ville de Testville"_s));
        QVERIFY(content.contains(u"3 ateliers Un truc² en + (20 participants au total)"_s));
        QVERIFY(content.contains(u"Marie DUPONT"_s));
        // The charts are in the package, not links to files elsewhere.
        const QString manifest =
            QString::fromUtf8(test::readZipEntry(path, u"META-INF/manifest.xml"_s));
        static const QRegularExpression picture(u"full-path=\"(Pictures/[^\"]+)\""_s);
        QStringList pictures;
        for (auto it = picture.globalMatch(manifest); it.hasNext();) {
            pictures << it.next().captured(1);
        }
        QCOMPARE(pictures.size(), 2);
        for (const QString& name : pictures) {
            QVERIFY2(content.contains(name), qPrintable(name));
            const QImage image = QImage::fromData(test::readZipEntry(path, name));
            QCOMPARE(image.size(), QSize(1200, 600));
        }
    }

    void html()
    {
        const QString path = m_dir.filePath(u"report.html"_s);
        QVERIFY(writeImpactReport(handInput(), ReportFormat::Html, path).ok());
        const QString html = readText(path);
        QVERIFY(html.contains(u"<title>"_s));
        QVERIFY(html.contains(u"Marie DUPONT"_s));
        QVERIFY(!html.contains(u"report-chart-"_s));
        static const QRegularExpression data(u"src=\"data:image/png;base64,([^\"]+)\""_s);
        int images = 0;
        for (auto it = data.globalMatch(html); it.hasNext(); ++images) {
            const QImage image =
                QImage::fromData(QByteArray::fromBase64(it.next().captured(1).toLatin1()));
            QCOMPARE(image.size(), QSize(1200, 600));
        }
        QCOMPARE(images, 2);
    }

    void xlsx()
    {
        const QString path = m_dir.filePath(u"report.xlsx"_s);
        QVERIFY(writeImpactReport(handInput(), ReportFormat::Xlsx, path).ok());
        const Result<std::unique_ptr<TableReader>> reader = TableReader::open(path);
        QVERIFY(reader);
        const QStringList sheets = (*reader)->format().sheets;
        QCOMPARE(sheets.size(), 10); // one per table
        const QList<QStringList> formats = readSheet(path, sheets.first());
        QCOMPARE(formats.size(), 5); // header, 3 formats, total
        QCOMPARE(formats.at(1).at(0), u"Un truc² en +"_s);
        QCOMPARE(formats.at(1).at(1), u"3"_s); // a number, read back as C-locale text
        QCOMPARE(formats.at(1).at(2), u"20"_s);
        QCOMPARE(formats.at(4).at(2), u"32"_s);
        // The satisfaction sheet: rates as fractions, "n < 5" as text.
        const QList<QStringList> satisfaction = readSheet(path, sheets.at(1));
        QCOMPARE(satisfaction.at(1).at(3), u"0.5"_s);
        QCOMPARE(satisfaction.at(2).at(7), u"n < 5"_s);
        // The actions sheet keeps a formula-looking title as text.
        bool found = false;
        for (const QString& sheet : sheets) {
            for (const QStringList& row : readSheet(path, sheet)) {
                found = found || row.value(0) == u"=SUM(A1:A9)"_s;
            }
        }
        QVERIFY(found);
    }

    void csv()
    {
        const QString path = m_dir.filePath(u"report.csv"_s);
        QVERIFY(writeImpactReport(handInput(), ReportFormat::Csv, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.contains(u"Un truc² en +;3;20;15;6,7\r\n"_s));
        QVERIFY(text.contains(u"'=SUM(A1:A9);Ac'Truc²;1;12;3;n < 5;n < 5\r\n"_s));
        QVERIFY(text.contains(u"\r\n\r\n"_s)); // tables apart
        QVERIFY(!text.contains(u"\r\n\r\n\r\n"_s));
    }

    void json()
    {
        const QString path = m_dir.filePath(u"report.json"_s);
        QVERIFY(writeImpactReport(handInput(), ReportFormat::Json, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(u"totals"_s).toObject().value(u"sessions"_s).toInt(), 4);
        const QJsonArray formats = root.value(u"formats"_s).toArray();
        QCOMPARE(formats.at(0).toObject().value(u"useful_skills_rate"_s).toDouble(), 0.8);
        QVERIFY(formats.at(1).toObject().value(u"useful_skills_rate"_s).isNull());
        QCOMPARE(root.value(u"previous"_s)
                     .toObject()
                     .value(u"totals"_s)
                     .toObject()
                     .value(u"participants"_s)
                     .toInt(),
                 11);
        const QJsonObject training = root.value(u"training"_s).toObject();
        QCOMPARE(training.value(u"hours_per_day"_s).toDouble(), 6.0);
        const QJsonObject aWomen = training.value(u"cells"_s)
                                       .toObject()
                                       .value(u"A"_s)
                                       .toObject()
                                       .value(u"women"_s)
                                       .toObject();
        QCOMPARE(aWomen.value(u"agents"_s).toInt(), 3);
        QCOMPARE(aWomen.value(u"hours"_s).toDouble(), 9.0);
        QCOMPARE(aWomen.value(u"days"_s).toDouble(), 1.5);
        QCOMPARE(root.value(u"actions"_s).toArray().at(1).toObject().value(u"title"_s).toString(),
                 u"=SUM(A1:A9)"_s);
        QCOMPARE(root.value(u"mixing"_s)
                     .toObject()
                     .value(u"matrix"_s)
                     .toArray()
                     .at(0)
                     .toArray()
                     .at(1)
                     .toInt(),
                 2);
        QCOMPARE(root.value(u"animators"_s).toObject().value(u"credits"_s).toArray().size(), 2);
    }

    void txt()
    {
        const QString path = m_dir.filePath(u"report.txt"_s);
        QVERIFY(writeImpactReport(handInput(), ReportFormat::Txt, path).ok());
        const QString text = readText(path);
        QVERIFY(text.contains(u"En 2020 : 3 ateliers Un truc² en + (20 participants au total) ; "
                              "1 conférence Ac'Truc² (12 participants). 2 animateurs.\n"_s));
        QVERIFY(text.contains(u"Marie DUPONT"_s));
        // The training table: 3 women of category A, 9 hours, 1,5 days of 6 hours.
        static const QRegularExpression categoryA(u"\n\\S+ A +3 +0 +3 +9 +1,5\n"_s);
        QVERIFY2(categoryA.match(text).hasMatch(), qPrintable(text));
    }

    void allOrNothing()
    {
        for (const ReportFormat format :
             {ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Xlsx, ReportFormat::Csv}) {
            const QString file =
                m_dir.filePath(u"missing-folder/report."_s + reportFormatName(format));
            QVERIFY(!writeImpactReport(handInput(), format, file).ok());
            QVERIFY(!QFile::exists(file));
        }
        QCOMPARE(reportFormatFromName(u"XLSX"_s), std::optional(ReportFormat::Xlsx));
        QVERIFY(!reportFormatFromName(u"doc"_s));
    }
};

QTEST_MAIN(TestImpactReport)
#include "tst_impactreport.moc"
