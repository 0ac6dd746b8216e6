// Survey exports as each tool really writes them, read from files: LimeSurvey in its three
// heading styles and both answer styles, Google Forms and Sheets, Framaforms' three header
// rows, Microsoft Forms' workbook (zipped here from its XML parts). Each is recognised, mapped
// and imported with the right values, and nothing personal reaches the database.
#include "ImportSchool.h"
#include "ZipWriter.h"
#include "import/SurveyImporter.h"
#include "import/TableReader.h"

#include <QTest>

using namespace truc2;

namespace {

QString survey(const QString& name)
{
    return test::fixture(QStringLiteral("import/surveys/") + name);
}

/// Zips the parts of a workbook into `target`.
bool zipParts(const QString& folder, const QString& target)
{
    return test::writeZip(target, test::folderEntries(folder));
}

struct Imported
{
    SurveyMapping mapping;
    SurveyImportSummary summary;
    QList<SurveyResponse> responses;
};

Imported importFile(School& school, const QString& path)
{
    Imported result;
    Result<Table> first = readTable(path, {}, 50);
    if (!first) {
        qWarning("%s", qPrintable(first.errorMessage()));
        return result;
    }
    QSet<QString> codes;
    for (const QString& code : school.surveys().sessionCodes()->keys()) {
        codes.insert(code);
    }
    result.mapping = guessSurveyMapping(first->records, codes);
    Result<std::unique_ptr<TableReader>> reader = TableReader::open(path);
    if (!reader) {
        qWarning("%s", qPrintable(reader.errorMessage()));
        return result;
    }
    SurveyImporter importer(school, result.mapping);
    Result<SurveyImportSummary> read = importer.read(**reader);
    if (!read) {
        qWarning("%s", qPrintable(read.errorMessage()));
        return result;
    }
    result.responses = importer.responses();
    Result<SurveyImportSummary> applied = importer.apply();
    if (applied) {
        result.summary = *applied;
    }
    return result;
}

QList<double> satisfactions(const QList<SurveyResponse>& responses)
{
    QList<double> list;
    for (const SurveyResponse& r : responses) {
        list << (r.satisfaction ? *r.satisfaction : -1);
    }
    return list;
}

QString yesNo(const QList<SurveyResponse>& responses, bool useful)
{
    QString text;
    for (const SurveyResponse& r : responses) {
        const std::optional<bool>& value = useful ? r.usefulSkills : r.wouldRecommend;
        text += value ? (*value ? QLatin1Char('Y') : QLatin1Char('N')) : QLatin1Char('-');
    }
    return text;
}

} // namespace

class TestSurveyFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void limeSurveyCodes()
    {
        test::ImportSchool s;
        const Imported got =
            importFile(*s.school, survey(QStringLiteral("limesurvey_codes_comma_bom_crlf.csv")));
        QCOMPARE(got.mapping.tool, SurveyTool::LimeSurvey);
        QCOMPARE(got.summary.rowsRead, 5);
        QCOMPARE(got.summary.toAdd, 3);
        QCOMPARE(got.summary.incomplete, 1);
        QCOMPARE(got.summary.unknownSessions.size(), 1);
        QCOMPARE(got.summary.unknownSessions.first().line, 4);
        QCOMPARE(got.summary.unknownSessions.first().value, QStringLiteral("UT-2021-099"));
        QCOMPARE(satisfactions(got.responses), QList<double>({1.0, 0.5, 0.25}));
        QCOMPARE(yesNo(got.responses, true), QStringLiteral("YYN"));
        QCOMPARE(yesNo(got.responses, false), QStringLiteral("YNN"));
        // A comment over two lines with quotes and a formula, kept as text.
        QCOMPARE(got.responses.at(1).comment,
                 QStringLiteral("Trop rapide sur les \"TCD\".\nPlus d'exercices ? "
                                "=HYPERLINK(\"http://evil.example/\",\"cliquez\")"));
        QCOMPARE(got.responses.at(1).submittedAt, QDateTime(QDate(2021, 3, 12), QTime(16, 5, 42)));
        // Nothing personal anywhere in the school.
        const QStringList texts = s.allText();
        for (const char* personal : {"Jeanne", "Martin", "ville-exemple", "192.0.2.", "intranet"}) {
            for (const QString& text : texts) {
                QVERIFY2(!text.contains(QLatin1String(personal)), qPrintable(text));
            }
        }
    }

    void limeSurveyFullText()
    {
        test::ImportSchool s;
        const Imported got = importFile(
            *s.school, survey(QStringLiteral("limesurvey_fulltext_semicolon_bom_crlf.csv")));
        QCOMPARE(got.mapping.tool, SurveyTool::LimeSurvey);
        QCOMPARE(got.summary.toAdd, 4);
        QCOMPARE(got.summary.incomplete, 1);
        QCOMPARE(satisfactions(got.responses), QList<double>({1.0, 2.0 / 3, 1.0 / 3, 0.0}));
        QCOMPARE(got.responses.first().satisfactionRaw, QStringLiteral("Très satisfait(e)"));
        QCOMPARE(yesNo(got.responses, true), QStringLiteral("YYNN"));
        QCOMPARE(got.responses.first().comment, QStringLiteral("Parfait ; à refaire"));
    }

    void limeSurveyCodeAndText()
    {
        test::ImportSchool s;
        const Imported got =
            importFile(*s.school, survey(QStringLiteral("limesurvey_codetext_tab_lf.txt")));
        QCOMPARE(got.mapping.tool, SurveyTool::LimeSurvey);
        QCOMPARE(got.summary.toAdd, 3);
        QCOMPARE(satisfactions(got.responses), QList<double>({1.0, 0.7, 0.0}));
        QCOMPARE(got.responses.first().sessionId, s.sessions.at(2));
    }

    void googleForms()
    {
        test::ImportSchool s;
        const Imported got =
            importFile(*s.school, survey(QStringLiteral("googleforms_horodateur.csv")));
        QCOMPARE(got.mapping.tool, SurveyTool::GoogleForms);
        QCOMPARE(got.summary.toAdd, 3);
        QCOMPARE(got.responses.first().submittedAt,
                 QDateTime(QDate(2021, 3, 12), QTime(15, 49, 23)));
        QCOMPARE(satisfactions(got.responses), QList<double>({1.0, 0.75, 0.25}));
        QCOMPARE(got.responses.at(2).sessionId, s.sessions.at(1));
        for (const QString& text : s.allText()) {
            QVERIFY2(!text.contains(QLatin1String("@")), qPrintable(text));
        }
        // A later download repeats the same rows: nothing twice.
        const Imported again =
            importFile(*s.school, survey(QStringLiteral("googleforms_horodateur.csv")));
        QCOMPARE(again.summary.toAdd, 0);
        QCOMPARE(again.summary.alreadyImported, 3);
        QVERIFY(again.summary.sameFileImportedAt.has_value());
    }

    void googleSheetsFrench()
    {
        test::ImportSchool s;
        const Imported got = importFile(*s.school, survey(QStringLiteral("googlesheets_fr.csv")));
        QCOMPARE(got.summary.toAdd, 2);
        QCOMPARE(got.responses.at(1).submittedAt, QDateTime(QDate(2021, 3, 13), QTime(9, 2, 11)));
        QCOMPARE(satisfactions(got.responses), QList<double>({1.0, 0.0}));
        QCOMPARE(got.responses.at(1).comment, QStringLiteral("Trop court, dommage"));
    }

    void framaforms()
    {
        test::ImportSchool s;
        const Imported got =
            importFile(*s.school, survey(QStringLiteral("framaforms_three_header_rows.csv")));
        QCOMPARE(got.mapping.tool, SurveyTool::Framaforms);
        QCOMPARE(got.mapping.headerRow, 2);
        QCOMPARE(got.summary.rowsRead, 2);
        QCOMPARE(got.summary.toAdd, 2);
        QCOMPARE(got.responses.first().externalId, QStringLiteral("4127"));
        QCOMPARE(got.responses.first().submittedAt, QDateTime(QDate(2021, 3, 12), QTime(15, 49)));
        QCOMPARE(yesNo(got.responses, true), QStringLiteral("YN"));
        QCOMPARE(yesNo(got.responses, false), QStringLiteral("YY"));
        QCOMPARE(satisfactions(got.responses), QList<double>({1.0, 0.5}));
        for (const QString& text : s.allText()) {
            QVERIFY2(!text.contains(QLatin1String("jmartin")), qPrintable(text));
        }
    }

    void microsoftForms()
    {
        test::ImportSchool s;
        const QString path = s.school.dir() + QStringLiteral("/Satisfaction formation.xlsx");
        QVERIFY(zipParts(survey(QStringLiteral("msforms_xlsx")), path));
        const Imported got = importFile(*s.school, path);
        QCOMPARE(got.mapping.tool, SurveyTool::MicrosoftForms);
        QCOMPARE(got.summary.toAdd, 3);
        QCOMPARE(got.responses.first().sessionId, s.sessions.at(2));
        QCOMPARE(got.responses.first().submittedAt.date(), QDate(2021, 3, 13));
        QCOMPARE(got.responses.first().submittedAt.time().hour(), 10);
        QCOMPARE(got.responses.first().submittedAt.time().minute(), 4);
        QCOMPARE(got.responses.first().comment,
                 QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"voir\")"));
        QCOMPARE(satisfactions(got.responses), QList<double>({1.0, 0.75, 0.5}));
        QCOMPARE(yesNo(got.responses, true), QStringLiteral("YNY"));
        QCOMPARE(yesNo(got.responses, false), QStringLiteral("YYN"));
    }
};

QTEST_GUILESS_MAIN(TestSurveyFixtures)
#include "tst_surveyfixtures.moc"
