// Survey imports end to end on in-memory tables: the summary before writing, responses stored
// normalised and anonymous, nothing twice, all or nothing (cancel, failure), undo and redo of a
// whole import, templates offered again for the same headers.
#include "ImportSchool.h"
#include "import/MemoryTableReader.h"
#include "import/SurveyImporter.h"
#include "import/TableReader.h"
#include "storage/DbValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace truc2;
using test::tableOf;

namespace {

QStringList split(const char* cells)
{
    return QString::fromUtf8(cells).split(QLatin1Char('|'));
}

const char* const kLimeHeaders =
    "id|submitdate|lastpage|startlanguage|seed|ipaddr|NOM|EMAIL|SESSION|SATIS|UTILE|RECO|COMMENT";

/// A LimeSurvey export (question codes as headings, answers as codes) of `ids`.
Table limeSurvey(const QList<int>& ids)
{
    QList<QStringList> rows{split(kLimeHeaders)};
    for (int id : ids) {
        QStringList row = split("|2021-03-12 15:49:23|3|fr|42|192.168.1.20|Martin|"
                                "jeanne.martin@ville-exemple.fr|UT-2021-001|A4|Y|N|Bien");
        row[0] = QString::number(id);
        row[9] = QStringLiteral("A%1").arg(1 + id % 5);
        row[1] = QStringLiteral("2021-03-12 15:%1:00").arg(id % 60, 2, 10, QLatin1Char('0'));
        rows << row;
    }
    return tableOf(rows, QStringLiteral("/nonexistent/results-survey123456.csv"));
}

SurveyMapping mappingFor(const Table& table)
{
    return guessSurveyMapping(table.records);
}

Result<SurveyImportSummary> importTable(School& school, const Table& table,
                                        SurveyImportOptions options = {},
                                        SurveyImporter::Progress progress = {})
{
    SurveyImporter importer(school, mappingFor(table), options);
    MemoryTableReader reader(table);
    Result<SurveyImportSummary> read = importer.read(reader, QStringLiteral("hash-of-the-file"));
    if (!read) {
        return read;
    }
    return importer.apply(progress);
}

} // namespace

class TestSurveyImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void summaryBeforeWriting()
    {
        test::ImportSchool s;
        const Table table = tableOf({
            split(kLimeHeaders),
            split("1|2021-03-12 15:49:23|3|fr|1|10.0.0.1|Martin|j.martin@ville.fr|UT-2021-001|"
                  "A4|Y|Y|Très bien"),
            split("2||1|fr|2|10.0.0.2|Durand|p.durand@ville.fr|UT-2021-001||||"),
            split("3|2021-03-12 16:00:00|3|fr|3|10.0.0.3|||UT-2021-999|A5|Y|Y|"),
            split("4|2021-03-12 16:05:00|3|fr|4|10.0.0.4|||UT-2021-002|bof|Y|Y|"),
            split("5|2021-03-12 16:10:00|3|fr|5|10.0.0.5|||ut-2021-002|A2|N|\x01|"),
            split("|||||||||||| "),
        });
        const auto before = s.rowCounts();
        SurveyImporter importer(*s.school, mappingFor(table));
        MemoryTableReader reader(table);
        Result<SurveyImportSummary> summary = importer.read(reader);
        QVERIFY2(summary, qPrintable(test::why(summary)));
        QCOMPARE(summary->rowsRead, 5);
        QCOMPARE(summary->toAdd, 2);
        QCOMPARE(summary->incomplete, 1);
        QCOMPARE(summary->alreadyImported, 0);
        QCOMPARE(summary->unknownSessions.size(), 1);
        QCOMPARE(summary->unknownSessions.first().line, 4);
        QCOMPARE(summary->unknownSessions.first().value, QStringLiteral("UT-2021-999"));
        QCOMPARE(summary->unreadable.size(), 1);
        QCOMPARE(summary->unreadable.first().line, 5);
        QCOMPARE(summary->unreadable.first().column, 9);
        QCOMPARE(summary->unreadable.first().header, QStringLiteral("SATIS"));
        QCOMPARE(s.rowCounts(), before); // read() writes nothing

        const QStringList lines = summary->lines();
        QVERIFY(lines.contains(QStringLiteral("Responses to add: 2")));
        QVERIFY(lines.contains(QStringLiteral("  line 4: no session has the code “UT-2021-999”")));
        QVERIFY(lines.contains(QStringLiteral("  line 5, column 10 (SATIS): “bof”")));

        QCOMPARE(importer.responses().size(), 2);
        const SurveyResponse& first = importer.responses().first();
        QCOMPARE(first.sessionId, s.sessions.at(0));
        QCOMPARE(first.externalId, QStringLiteral("1"));
        QCOMPARE(first.submittedAt, QDateTime(QDate(2021, 3, 12), QTime(15, 49, 23)));
        QCOMPARE(first.satisfactionRaw, QStringLiteral("A4"));
        QCOMPARE(*first.satisfaction, 0.75);
        QCOMPARE(*first.usefulSkills, true);
        QCOMPARE(*first.wouldRecommend, true);
        QCOMPARE(first.comment, QStringLiteral("Très bien"));
        const SurveyResponse& second = importer.responses().at(1);
        QCOMPARE(second.sessionId, s.sessions.at(1)); // the code in lower case
        QVERIFY(!second.wouldRecommend.has_value());

        Result<SurveyImportSummary> applied = importer.apply();
        QVERIFY2(applied, qPrintable(test::why(applied)));
        QVERIFY(applied->applied);
        QVERIFY(applied->lines().contains(QStringLiteral("Responses added: 2")));
        const Result<QList<SurveyImportRecord>> imports = s.school->surveys().imports();
        QCOMPARE(imports->size(), 1);
        QCOMPARE(imports->first().fileName, QStringLiteral("test.csv"));
        QCOMPARE(imports->first().tool, QStringLiteral("limesurvey"));
        QCOMPARE(imports->first().rowsRead, 5);
        QCOMPARE(imports->first().responsesAdded, 2);
        QCOMPARE(imports->first().rowsSkipped, 3);
        QVERIFY(SurveyMapping::fromJson(imports->first().mapping).has_value());
        const QList<SurveyResponse> stored = *s.school->surveys().responses(applied->importId);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.first().satisfactionRaw, QStringLiteral("A4"));
        QCOMPARE(*stored.first().satisfaction, 0.75);
        QCOMPARE(stored.first().submittedAt, first.submittedAt);
        QVERIFY(stored.first().rawAnswers.contains("\"SATIS\":\"A4\""));
        QVERIFY(!stored.first().responseKey.isEmpty());
    }

    void rawAnswersAreQJsonDocumentsCompactForm()
    {
        test::ImportSchool s;
        const Table table = tableOf({
            split(kLimeHeaders),
            split("7|2021-03-12 15:49:23|3|fr|1|10.0.0.1|Martin|j.martin@ville.fr|UT-2021-001|"
                  "A4|Y||« Très » \"bien\"\\\tvu\r\nRAS \x01"),
        });
        const SurveyMapping mapping = mappingFor(table);
        SurveyImporter importer(*s.school, mapping);
        MemoryTableReader reader(table);
        Result<SurveyImportSummary> summary = importer.read(reader);
        QVERIFY2(summary, qPrintable(test::why(summary)));
        QCOMPARE(importer.responses().size(), 1);
        QJsonObject expected; // what the import wrote before it wrote the JSON by hand
        for (qsizetype c = 0; c < mapping.columns.size(); ++c) {
            const SurveyColumn& column = mapping.columns.at(c);
            if (column.role != SurveyRole::Ignored && !column.personal &&
                !table.records.at(1).cell(c).isNull()) {
                expected.insert(column.header, table.records.at(1).cell(c));
            }
        }
        QVERIFY(expected.contains(QStringLiteral("COMMENT")));
        QVERIFY(!expected.contains(QStringLiteral("EMAIL")));
        QCOMPARE(importer.responses().first().rawAnswers,
                 QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }

    void incompleteOnRequest()
    {
        test::ImportSchool s;
        const Table table =
            tableOf({split(kLimeHeaders), split("1||1|fr|1|10.0.0.1|||UT-2021-001|A3|||"),
                     split("2|2021-03-12 15:49:23|3|fr|2|10.0.0.1|||UT-2021-001|A3|||")});
        SurveyImportOptions options;
        options.includeIncomplete = true;
        Result<SurveyImportSummary> summary = importTable(*s.school, table, options);
        QVERIFY2(summary, qPrintable(test::why(summary)));
        QCOMPARE(summary->incomplete, 0);
        QCOMPARE(summary->toAdd, 2);
    }

    void anonymous()
    {
        test::ImportSchool s;
        QVERIFY(importTable(*s.school, limeSurvey({1, 2, 3})));
        const QStringList texts = s.allText();
        for (const char* personal : {"Martin", "jeanne.martin", "ville-exemple", "192.168.1.20"}) {
            for (const QString& text : texts) {
                QVERIFY2(
                    !text.contains(QLatin1String(personal)),
                    qPrintable(
                        QStringLiteral("%1 found in “%2”").arg(QLatin1String(personal), text)));
            }
        }
    }

    void formulaStaysText()
    {
        test::ImportSchool s;
        const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example/\";\"Cliquez\")");
        QList<QStringList> rows{
            split("Horodateur|Session|Commentaire"),
            {QStringLiteral("12/03/2021 15:49:23"), QStringLiteral("UT-2021-001"), formula}};
        Result<SurveyImportSummary> summary = importTable(*s.school, tableOf(rows));
        QVERIFY2(summary, qPrintable(test::why(summary)));
        QCOMPARE(summary->toAdd, 1);
        QCOMPARE(s.school->surveys().responses(summary->importId)->first().comment, formula);
    }

    void everyFieldStoredAsRead()
    {
        // Texts of every length one after the other (the writer keeps a buffer by column),
        // empty comments (not NULL), accents and characters beyond the BMP.
        test::ImportSchool s;
        const QStringList comments{QStringLiteral("Très bien"), QString(),
                                   QStringLiteral("x").repeated(3000), QStringLiteral("ok"),
                                   QStringLiteral("Génial 🎓 \"dit-on\"\nsur deux lignes")};
        QList<int> ids;
        for (int id = 1; id <= 300; ++id) {
            ids << id;
        }
        Table table = limeSurvey(ids);
        for (qsizetype r = 1; r < table.records.size(); ++r) {
            table.records[r].cells[12] = comments.at(r % comments.size());
        }
        SurveyImporter importer(*s.school, mappingFor(table));
        MemoryTableReader reader(table);
        QVERIFY(importer.read(reader));
        const Result<SurveyImportSummary> applied = importer.apply();
        QVERIFY2(applied, qPrintable(test::why(applied)));
        const Result<QList<SurveyResponse>> stored =
            s.school->surveys().responses(applied->importId);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 300);
        for (qsizetype i = 0; i < stored->size(); ++i) {
            const SurveyResponse& got = stored->at(i);
            const SurveyResponse& read = importer.responses().at(i);
            QCOMPARE(got.externalId, read.externalId);
            QCOMPARE(got.sessionId, read.sessionId);
            QCOMPARE(got.submittedAt, read.submittedAt);
            QCOMPARE(got.satisfactionRaw, read.satisfactionRaw);
            QCOMPARE(got.satisfaction, read.satisfaction);
            QCOMPARE(got.usefulSkills, read.usefulSkills);
            QCOMPARE(got.wouldRecommend, read.wouldRecommend);
            QCOMPARE(got.comment, comments.at((i + 1) % comments.size()).isNull()
                                      ? QStringLiteral("")
                                      : comments.at((i + 1) % comments.size()));
            QVERIFY(!got.comment.isNull());
            QCOMPARE(got.rawAnswers, read.rawAnswers);
            QCOMPARE(got.responseKey, read.responseKey);
        }
    }

    void sameFileTwiceAddsNothing()
    {
        test::ImportSchool s;
        const Table table = limeSurvey({1, 2, 3, 4});
        QCOMPARE(importTable(*s.school, table)->toAdd, 4);
        const auto before = s.rowCounts();
        SurveyImporter again(*s.school, mappingFor(table));
        MemoryTableReader reader(table);
        Result<SurveyImportSummary> summary =
            again.read(reader, QStringLiteral("hash-of-the-file"));
        QCOMPARE(summary->toAdd, 0);
        QCOMPARE(summary->alreadyImported, 4);
        QVERIFY(summary->sameFileImportedAt.has_value());
        QVERIFY(again.apply());
        QCOMPARE(s.rowCounts(), before); // not even an empty import
    }

    void datesWrittenAsQtWritesThem()
    {
        // db::isoDateTime() writes its digits itself for speed: the same text as toString().
        const QString format = QStringLiteral("yyyy-MM-ddTHH:mm:ss");
        for (const QDateTime& at : {QDateTime(QDate(2021, 3, 12), QTime(15, 49, 23)),
                                    QDateTime(QDate(2021, 3, 28), QTime(1, 59, 59)),
                                    QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59)),
                                    QDateTime(QDate(1000, 1, 1), QTime(0, 0)),
                                    QDateTime(QDate(999, 7, 4), QTime(8, 5, 6)),
                                    QDateTime(QDate(9999, 12, 31), QTime(0, 0, 1))}) {
            QCOMPARE(db::fromDateTime(at).toString(), at.toString(format));
        }
        QVERIFY(db::fromDateTime(QDateTime()).isNull());
    }

    void fileHashedWhileReadAndReadCancelled()
    {
        // A file on disk: read() hashes it on another thread while it reads the records, and
        // reports its progress often enough for a dialog to repaint and to cancel.
        test::ImportSchool s;
        QList<int> ids;
        for (int i = 1; i <= 6000; ++i) {
            ids << i;
        }
        const Table table = limeSurvey(ids);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results-survey123456.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (const TableRecord& record : table.records) {
                file.write(record.cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
            }
        }
        const auto before = s.rowCounts();
        QList<qint64> reports;
        {
            Result<std::unique_ptr<TableReader>> reader = TableReader::open(path);
            QVERIFY(reader);
            SurveyImporter importer(*s.school, mappingFor(table));
            Result<SurveyImportSummary> cancelled =
                importer.read(**reader, {}, [&reports](qint64 done, qint64 total) {
                    reports << done;
                    return done < total / 2;
                });
            QVERIFY(!cancelled);
            QVERIFY(cancelled.errorMessage().contains(QStringLiteral("cancelled")));
            // Every 1024 records: 6000 records make at least five reports, the last one past
            // the middle of the file; the hashing thread was stopped with the read.
            QVERIFY2(reports.size() >= 3, qPrintable(QString::number(reports.size())));
            QVERIFY(std::is_sorted(reports.cbegin(), reports.cend()));
            QCOMPARE(s.rowCounts(), before);
        }

        Result<std::unique_ptr<TableReader>> reader = TableReader::open(path);
        QVERIFY(reader);
        SurveyImporter importer(*s.school, mappingFor(table));
        Result<SurveyImportSummary> read = importer.read(**reader);
        QVERIFY2(read, qPrintable(test::why(read)));
        QCOMPARE(read->toAdd, 6000);
        QVERIFY(!read->sameFileImportedAt);
        QVERIFY(importer.apply());
        const Result<QString> hash = SurveyImporter::hashFile(path);
        QVERIFY(hash);
        QCOMPARE(hash->size(), 64);
        const auto stored = s.school->surveys().importWithHash(*hash);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->responsesAdded, 6000);

        Result<std::unique_ptr<TableReader>> again = TableReader::open(path);
        QVERIFY(again);
        SurveyImporter second(*s.school, mappingFor(table));
        Result<SurveyImportSummary> twice = second.read(**again);
        QVERIFY(twice);
        QVERIFY(twice->sameFileImportedAt.has_value());
        QCOMPARE(twice->alreadyImported, 6000);
    }

    void laterExportAddsOnlyNewResponses()
    {
        test::ImportSchool s;
        QCOMPARE(importTable(*s.school, limeSurvey({1, 2, 3}))->toAdd, 3);
        Result<SurveyImportSummary> later = importTable(*s.school, limeSurvey({1, 2, 3, 4, 5}));
        QCOMPARE(later->toAdd, 2);
        QCOMPARE(later->alreadyImported, 3);
        QCOMPARE(s.rowCounts().value(QStringLiteral("survey_response")), 5);
    }

    void googleFormsWithoutIds()
    {
        test::ImportSchool s;
        const QList<QStringList> first{
            split("Horodateur|Adresse e-mail|Session|Note (1 à 5)|Remarques"),
            split("2021/03/12 3:49:23 PM UTC+1|a@ville.fr|UT-2021-001|4|"),
            split("2021/03/12 3:52:01 PM UTC+1|b@ville.fr|UT-2021-001|5|Merci"),
            // The very same answers at the very same second, by two people.
            split("2021/03/12 3:52:01 PM UTC+1|b@ville.fr|UT-2021-001|5|Merci")};
        Result<SurveyImportSummary> summary = importTable(*s.school, tableOf(first));
        QCOMPARE(summary->toAdd, 3);
        QCOMPARE(summary->tool, SurveyTool::GoogleForms);
        QList<QStringList> later = first;
        later << split("2021/03/13 9:00:00 AM UTC+1|c@ville.fr|UT-2021-001|3|");
        summary = importTable(*s.school, tableOf(later));
        QCOMPARE(summary->toAdd, 1);
        QCOMPARE(summary->alreadyImported, 3);
    }

    void fixedSession()
    {
        test::ImportSchool s;
        const Table table = tableOf({split("Horodateur|Satisfaction|Commentaire"),
                                     split("12/03/2021 15:49:23|Très satisfait(e)|"),
                                     split("12/03/2021 15:50:23|Peu satisfait(e)|Trop court")});
        SurveyMapping mapping = mappingFor(table);
        QVERIFY(!mapping.problems().isEmpty());
        mapping.sessionCode = QStringLiteral("ut-2021-003");
        SurveyImporter importer(*s.school, mapping);
        MemoryTableReader reader(table);
        QVERIFY(importer.read(reader));
        QCOMPARE(importer.responses().size(), 2);
        QCOMPARE(importer.responses().at(1).sessionId, s.sessions.at(2));
        QCOMPARE(*importer.responses().at(1).satisfaction, 0.25);

        mapping.sessionCode = QStringLiteral("XX-1999-001");
        SurveyImporter unknown(*s.school, mapping);
        MemoryTableReader again(table);
        Result<SurveyImportSummary> refused = unknown.read(again);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("XX-1999-001")));
    }

    void cancelLeavesTheSchoolAsItWas()
    {
        test::ImportSchool s;
        QList<int> ids;
        for (int i = 1; i <= 10000; ++i) {
            ids << i;
        }
        const auto before = s.rowCounts();
        QList<qint64> reports;
        Result<SurveyImportSummary> cancelled =
            importTable(*s.school, limeSurvey(ids), {}, [&](qint64 done, qint64 total) {
                reports << done;
                return total == 10000 && done < 8000;
            });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.errorMessage().contains(QStringLiteral("cancelled")));
        // Every 1024 responses (a few hundredths of a second): 1024 … 7168, then 8192 refused.
        QCOMPARE(reports.size(), 8);
        QCOMPARE(reports.first(), 1024);
        QCOMPARE(reports.last(), 8192);
        QCOMPARE(s.rowCounts(), before);
    }

    void aLargeImportKeepsTheIndexesAndIsFoundAgain()
    {
        // 3,000 responses into a school without any: written without the key and session
        // indexes, which come back as they were and find the responses again.
        test::ImportSchool s;
        const auto indexes = [&] {
            return test::tableIndexes(s.school->database(), QStringLiteral("survey_response"));
        };
        const QStringList before = indexes();
        QVERIFY(before.size() >= 4);
        QList<int> ids;
        for (int i = 1; i <= 3000; ++i) {
            ids << i;
        }
        const Result<SurveyImportSummary> first = importTable(*s.school, limeSurvey(ids));
        QVERIFY2(first, qPrintable(test::why(first)));
        QCOMPARE(first->toAdd, 3000);
        QCOMPARE(indexes(), before);
        const Result<QStringList> problems = s.school->database().integrityProblems();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
        // The same file adds nothing; a later export only its new responses.
        QCOMPARE(importTable(*s.school, limeSurvey(ids))->toAdd, 0);
        ids << 3001 << 3002;
        QCOMPARE(importTable(*s.school, limeSurvey(ids))->toAdd, 2);
        QSqlQuery query(s.school->database().connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM survey_response WHERE import_id = ") +
                       QString::number(first->importId)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 3000);
        QVERIFY(s.school->surveys().removeImport(first->importId));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM survey_response")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }

    void failureLeavesTheSchoolAsItWas()
    {
        test::ImportSchool s;
        // Two readers of the same file: the second writes responses the first added meanwhile.
        const Table table = limeSurvey({1, 2, 3});
        SurveyImporter late(*s.school, mappingFor(table));
        MemoryTableReader reader(table);
        QVERIFY(late.read(reader));
        QCOMPARE(importTable(*s.school, limeSurvey({3}))->toAdd, 1);
        const auto before = s.rowCounts();
        QVERIFY(!late.apply());
        QCOMPARE(s.rowCounts(), before);
    }

    void undoAndRedo()
    {
        test::ImportSchool s;
        SurveyStore& store = s.school->surveys();
        QSignalSpy inserted(&store, &SurveyStore::importInserted);
        QSignalSpy removed(&store, &SurveyStore::importRemoved);
        QSignalSpy responses(&s.school->sessions(), &SessionStore::responsesChanged);
        const auto before = s.rowCounts();
        Result<SurveyImportSummary> summary = importTable(*s.school, limeSurvey({1, 2, 3}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(responses.size(), 1);
        const auto after = s.rowCounts();
        const QList<SurveyResponse> added = *store.responses(summary->importId);

        Result<SurveyImportData> undone = store.removeImport(summary->importId);
        QVERIFY2(undone, qPrintable(test::why(undone)));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toLongLong(), summary->importId);
        QCOMPARE(s.rowCounts(), before);
        QCOMPARE(undone->responses.size(), 3);

        Result<qint64> redone = store.restore(*undone);
        QVERIFY2(redone, qPrintable(test::why(redone)));
        QCOMPARE(s.rowCounts(), after);
        QList<SurveyResponse> again = *store.responses(*redone);
        QCOMPARE(again.size(), added.size());
        for (qsizetype i = 0; i < again.size(); ++i) {
            QCOMPARE(again.at(i).responseKey, added.at(i).responseKey);
            QCOMPARE(again.at(i).comment, added.at(i).comment);
            QCOMPARE(again.at(i).satisfaction, added.at(i).satisfaction);
            QCOMPARE(again.at(i).submittedAt, added.at(i).submittedAt);
        }
        QCOMPARE(store.importRecord(*redone)->fileName, QStringLiteral("results-survey123456.csv"));
        // Once undone, the same file imports again.
        QVERIFY(store.removeImport(*redone));
        QCOMPARE(importTable(*s.school, limeSurvey({1, 2, 3}))->toAdd, 3);
    }

    void signalsWaitForTheCommit()
    {
        test::ImportSchool s;
        QSignalSpy inserted(&s.school->surveys(), &SurveyStore::importInserted);
        Status rolledBack = s.school->database().transaction([&]() -> Status {
            if (!importTable(*s.school, limeSurvey({1}))) {
                return Error{QStringLiteral("import failed")};
            }
            return Error{QStringLiteral("rolled back on purpose")};
        });
        QVERIFY(!rolledBack);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(s.rowCounts().value(QStringLiteral("survey_response")), 0);
    }

    void templates()
    {
        test::ImportSchool s;
        SurveyStore& store = s.school->surveys();
        QSignalSpy changed(&store, &SurveyStore::templatesChanged);
        const Table table = limeSurvey({1});
        SurveyMapping mapping = mappingFor(table);
        mapping.columns[9].scale = SatisfactionScale::OneToFour;
        const QString signature = headerSignature(mapping.headers());
        Result<qint64> id = store.saveTemplate({0,
                                                QStringLiteral("LimeSurvey ateliers"),
                                                signature,
                                                QStringLiteral("limesurvey"),
                                                mapping.toJson(),
                                                {}});
        QVERIFY2(id, qPrintable(test::why(id)));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!store.saveTemplate({0, QStringLiteral(" "), signature, {}, {}, {}}));

        // The same headers in another order find it; others do not.
        QStringList shuffled = mapping.headers();
        std::reverse(shuffled.begin(), shuffled.end());
        const QList<SurveyTemplate> offered = *store.templatesFor(headerSignature(shuffled));
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first().name, QStringLiteral("LimeSurvey ateliers"));
        const SurveyMapping back =
            SurveyMapping::fromJson(offered.first().mapping)->appliedTo(shuffled, 0);
        QCOMPARE(back.columns.at(shuffled.size() - 10).scale, SatisfactionScale::OneToFour);
        QVERIFY(store.templatesFor(headerSignature({QStringLiteral("Horodateur")}))->isEmpty());

        // Saving under the same name replaces it.
        QVERIFY(store.saveTemplate({0,
                                    QStringLiteral("LimeSurvey ateliers"),
                                    signature,
                                    QStringLiteral("limesurvey"),
                                    mapping.toJson(),
                                    {}}));
        QCOMPARE(store.templates()->size(), 1);
        QVERIFY(store.removeTemplate(store.templates()->first().id));
        QVERIFY(store.templates()->isEmpty());
    }

    void secondWorkstationSeesImports()
    {
        test::ImportSchool s;
        std::unique_ptr<School> other = s.school.openAgain();
        QVERIFY(other);
        Result<SurveyImportSummary> summary = importTable(*s.school, limeSurvey({1, 2}));
        QCOMPARE(other->surveys().imports()->size(), 1);
        if (other->changeFeed().isListening()) {
            QSignalSpy removed(&other->surveys(), &SurveyStore::importRemoved);
            QSignalSpy responses(&other->sessions(), &SessionStore::responsesChanged);
            QVERIFY(s.school->surveys().removeImport(summary->importId));
            QTRY_COMPARE(removed.size(), 1);
            QCOMPARE(removed.first().first().toLongLong(), summary->importId);
            QTRY_VERIFY(responses.size() >= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestSurveyImporter)
#include "tst_surveyimporter.moc"
