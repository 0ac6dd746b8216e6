// The columns of an HR export guessed and mapped, and its records read as agents with their
// problems: no database involved.
#include "TestSchool.h"
#include "import/AgentColumns.h"
#include "import/AgentRows.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace truc2;

namespace {

QList<TableRecord> records(const QList<QStringList>& rows)
{
    QList<TableRecord> list;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        list.append({rows.at(i), i + 1});
    }
    return list;
}

const QStringList kHeaders{QStringLiteral("Matricule"), QStringLiteral("Civilité"),
                           QStringLiteral("Nom"),       QStringLiteral("Prénom"),
                           QStringLiteral("Direction"), QStringLiteral("Service"),
                           QStringLiteral("Grade"),     QStringLiteral("Catégorie"),
                           QStringLiteral("Statut"),    QStringLiteral("Courriel")};

QStringList row(const QString& matricule, const QString& civility, const QString& last,
                const QString& first, const QString& category = QStringLiteral("B"),
                const QString& email = QString())
{
    return {matricule,
            civility,
            last,
            first,
            QStringLiteral("Direction des finances"),
            QStringLiteral("Comptabilité"),
            QStringLiteral("Rédacteur"),
            category,
            QStringLiteral("TITULAIRE"),
            email};
}

bool written(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestAgentColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesUsualHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<AgentField>("field");
        const auto add = [](const char* header, AgentField field) {
            QTest::newRow(header) << QString::fromUtf8(header) << field;
        };
        add("Matricule", AgentField::Matricule);
        add("MATRICULE AGENT", AgentField::Matricule);
        add("N° agent", AgentField::Matricule);
        add("N° d'agent", AgentField::Matricule);
        add("Civilité", AgentField::Civility);
        add("Sexe", AgentField::Civility);
        add("Nom", AgentField::LastName);
        add("Nom d'usage", AgentField::LastName);
        add("NOM USUEL", AgentField::LastName);
        add("Nom de naissance", AgentField::BirthName);
        add("Prénom", AgentField::FirstName);
        add("PRENOM", AgentField::FirstName);
        add("Direction", AgentField::Direction);
        add("Pôle", AgentField::Direction);
        add("Service", AgentField::Service);
        add("Service d'affectation", AgentField::Service);
        add("Grade", AgentField::Grade);
        add("Catégorie", AgentField::Category);
        add("Cat.", AgentField::Category);
        add("Statut", AgentField::Status);
        add("Statut de l'agent", AgentField::Status);
        add("Courriel", AgentField::Email);
        add("E-mail", AgentField::Email);
        add("Mail", AgentField::Email);
        add("Adresse mail", AgentField::Email);
        add("Adresse électronique", AgentField::Email);
        add("Date de naissance", AgentField::Ignored);
        add("Temps de travail", AgentField::Ignored);
        add("", AgentField::Ignored);
    }

    void guessesUsualHeaders()
    {
        QFETCH(QString, header);
        QFETCH(AgentField, field);
        QCOMPARE(guessAgentField(header), field);
    }

    void mappingGivesEachFieldOnce()
    {
        const QStringList headers{QStringLiteral("Pôle"),        QStringLiteral("Direction"),
                                  QStringLiteral("N° agent"),    QStringLiteral("Nom de naissance"),
                                  QStringLiteral("Nom d'usage"), QStringLiteral("Mail"),
                                  QStringLiteral("Mail")};
        const AgentColumnMapping mapping = guessAgentMapping(headers, 2);
        QCOMPARE(mapping.headerRow, 2);
        QCOMPARE(mapping.fields,
                 (QList<AgentField>{AgentField::Direction, AgentField::Ignored,
                                    AgentField::Matricule, AgentField::BirthName,
                                    AgentField::LastName, AgentField::Email, AgentField::Ignored}));
        QVERIFY(mapping.check());
    }

    void checkRefusesUnusableMappings()
    {
        AgentColumnMapping mapping = guessAgentMapping(kHeaders);
        QVERIFY(mapping.check());
        mapping.fields[0] = AgentField::Ignored;
        QVERIFY(mapping.check().errorMessage().contains(QStringLiteral("matricule")));
        mapping.fields[0] = AgentField::Matricule;
        mapping.fields[2] = AgentField::Ignored;
        QVERIFY(mapping.check().errorMessage().contains(QStringLiteral("last name")));
        mapping.fields[2] = AgentField::FirstName;
        QVERIFY(!mapping.check());
    }

    void mappingRoundTripsThroughJsonByHeader()
    {
        QTemporaryDir dir;
        AgentColumnMapping mapping = guessAgentMapping(kHeaders, 1);
        mapping.fields[6] = AgentField::Ignored; // grade not imported
        mapping.fields[4] = AgentField::Service; // "Direction" read as the service
        mapping.fields[5] = AgentField::Ignored;
        mapping.fields[9] = AgentField::Ignored; // "Courriel": not imported
        const QString path = dir.filePath(QStringLiteral("rh.json"));
        QVERIFY(saveAgentMapping(path, mapping, kHeaders));

        const QList<TableRecord> title{{{QStringLiteral("Agents au 1er septembre")}, 1}};
        const Result<AgentColumnMapping> same =
            loadAgentMapping(path, title + QList<TableRecord>{{kHeaders, 2}});
        QVERIFY2(same, same ? "" : qPrintable(same.errorMessage()));
        QCOMPARE(*same, mapping);

        // The next export has its columns in another order, and one more column.
        QStringList moved = kHeaders;
        moved.move(4, 0);
        moved.append(QStringLiteral("E-mail"));
        moved[7] = QStringLiteral("Ancien grade");
        const Result<AgentColumnMapping> applied =
            loadAgentMapping(path, title + QList<TableRecord>{{moved, 2}});
        QVERIFY(applied);
        QCOMPARE(applied->field(0), AgentField::Service);
        QCOMPARE(applied->field(1), AgentField::Matricule);
        QCOMPARE(applied->field(5), AgentField::Ignored); // "Service": ignored by the mapping
        QCOMPARE(applied->field(6), AgentField::Ignored); // "Grade": ignored by the mapping
        QCOMPARE(applied->field(7), AgentField::Ignored); // "Ancien grade": not a known header
        QCOMPARE(applied->field(9), AgentField::Ignored); // "Courriel": ignored by the mapping
        QCOMPARE(applied->field(10), AgentField::Email);  // new, guessed: the field is free
        QCOMPARE(applied->headerRow, 1);
    }

    void badMappingFilesSayWhy()
    {
        QTemporaryDir dir;
        const QList<TableRecord> file{{kHeaders, 1}};
        QVERIFY(!loadAgentMapping(dir.filePath(QStringLiteral("none.json")), file));
        QVERIFY(!agentMappingFromJson("[1, 2]", file));
        const Result<AgentColumnMapping> unknown =
            agentMappingFromJson(R"({"columns": [{"header": "Nom", "field": "shoeSize"}]})", file);
        QVERIFY(!unknown);
        QVERIFY(unknown.errorMessage().contains(QStringLiteral("shoeSize")));
        const Result<AgentColumnMapping> beyond =
            agentMappingFromJson(R"({"headerRow": 3, "columns": []})", file);
        QVERIFY(!beyond);
        QVERIFY(beyond.errorMessage().contains(QStringLiteral("row 4")));
    }

    void readsCivilityCategoryAndStatus()
    {
        using namespace agentvalues;
        for (const char* male : {"M.", "M", "Monsieur", "MR", "H", "Homme", "masculin"}) {
            QCOMPARE(gender(QString::fromUtf8(male)), std::optional(Gender::Male));
        }
        for (const char* female : {"Mme", "MME.", "Madame", "Mlle", "F", "Femme", "Féminin"}) {
            QCOMPARE(gender(QString::fromUtf8(female)), std::optional(Gender::Female));
        }
        QCOMPARE(gender(QString()), std::optional(Gender::Unknown));
        QCOMPARE(gender(QStringLiteral("Dr")), std::nullopt);

        QCOMPARE(category(QStringLiteral("a")), std::optional(Category::A));
        QCOMPARE(category(QStringLiteral("Cat. B")), std::optional(Category::B));
        QCOMPARE(category(QStringLiteral("Catégorie C")), std::optional(Category::C));
        QCOMPARE(category(QStringLiteral("A+")), std::optional(Category::A));
        QCOMPARE(category(QStringLiteral("  ")), std::optional(Category::None));
        QCOMPARE(category(QStringLiteral("D")), std::nullopt);
        QCOMPARE(category(QStringLiteral("Cat.")), std::nullopt);

        QCOMPARE(status(QStringLiteral("TITULAIRE")), QStringLiteral("Titulaire"));
        QCOMPARE(status(QStringLiteral("Contractuelle")), QStringLiteral("Contractuel"));
        QCOMPARE(status(QStringLiteral("Non-titulaire")), QStringLiteral("Contractuel"));
        QCOMPARE(status(QStringLiteral("stagiaire")), QStringLiteral("Stagiaire"));
        QCOMPARE(status(QStringLiteral("Détaché  entrant")), QStringLiteral("Détaché entrant"));
    }

    void emailCheckAgreesWithItsPattern()
    {
        // isEmailAddress() reads ASCII text without the expression: both must agree.
        const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
        const QStringList texts{QStringLiteral("agent1@ville.fr"),
                                QStringLiteral("a@b.c"),
                                QStringLiteral("a@b.c\n"),
                                QStringLiteral("a@b.c\n\n"),
                                QStringLiteral("a@b.c\r\n"),
                                QStringLiteral("a@b.c "),
                                QStringLiteral(" a@b.c"),
                                QStringLiteral("a b@c.d"),
                                QStringLiteral("a\t@b.c"),
                                QStringLiteral("a@b\v.c"),
                                QStringLiteral("a@b\f.c"),
                                QStringLiteral("@b.c"),
                                QStringLiteral("a@.c"),
                                QStringLiteral("a@b."),
                                QStringLiteral("a@bc"),
                                QStringLiteral("a@@b.c"),
                                QStringLiteral("a@b@c.d"),
                                QStringLiteral("a@b..c"),
                                QStringLiteral("a@.b.c"),
                                QStringLiteral("a.b@c"),
                                QStringLiteral("a@b.c.d"),
                                QStringLiteral("a@"),
                                QStringLiteral("@"),
                                QStringLiteral("."),
                                QStringLiteral(""),
                                QString(),
                                QStringLiteral("\n"),
                                QStringLiteral("pas une adresse"),
                                QStringLiteral("élodie@ville.fr"),
                                QStringLiteral("a@b.c\u00a0"),
                                QStringLiteral("a\u2003b@c.d"),
                                QStringLiteral("prénom.nom@mairie-saint-éloi.fr")};
        for (const QString& text : texts) {
            QVERIFY2(agentvalues::isEmailAddress(text) == pattern.match(text).hasMatch(),
                     qPrintable(text));
        }
        QVERIFY(agentvalues::isEmailAddress(QStringLiteral("agent1@ville.fr")));
        QVERIFY(!agentvalues::isEmailAddress(QStringLiteral("a@bc")));
    }

    void readsRowsAsStored()
    {
        QList<QStringList> rows{{QStringLiteral("Extraction du 01/09/2026")}, kHeaders};
        rows.append(row(QStringLiteral("00123"), QStringLiteral("Mme"), QStringLiteral(" Martin  "),
                        QStringLiteral("Élodie"), QStringLiteral("Cat. B"),
                        QStringLiteral("elodie.martin@ville.fr")));
        rows.append({QString(), QString(), QStringLiteral("")}); // blank: skipped
        rows.append(row(QStringLiteral("0042"), QStringLiteral("M."), QStringLiteral("Durand"),
                        QStringLiteral("Paul"), QStringLiteral("A+")));
        const QList<ImportedAgent> agents =
            readAgentRows(records(rows), guessAgentMapping(kHeaders, 1));
        QCOMPARE(agents.size(), 2);
        const ImportedAgent& elodie = agents.first();
        QCOMPARE(elodie.line, 3);
        QVERIFY(elodie.problems.isEmpty());
        QCOMPARE(elodie.agent.matricule, QStringLiteral("00123"));
        QCOMPARE(elodie.agent.lastName, QStringLiteral("Martin"));
        QCOMPARE(elodie.agent.firstName, QStringLiteral("Élodie"));
        QCOMPARE(elodie.agent.gender, Gender::Female);
        QCOMPARE(elodie.agent.category, Category::B);
        QCOMPARE(elodie.agent.status, QStringLiteral("Titulaire"));
        QCOMPARE(elodie.agent.grade, QStringLiteral("Rédacteur"));
        QCOMPARE(elodie.agent.email, QStringLiteral("elodie.martin@ville.fr"));
        QCOMPARE(elodie.directionName, QStringLiteral("Direction des finances"));
        QCOMPARE(elodie.serviceName, QStringLiteral("Comptabilité"));
        QCOMPARE(agents.at(1).line, 5);
        QCOMPARE(agents.at(1).agent.matricule, QStringLiteral("0042"));
        QCOMPARE(agents.at(1).agent.category, Category::A);
        QCOMPARE(agents.at(1).agent.gender, Gender::Male);
    }

    void namesAreKeptWithSingleSpaces()
    {
        const QStringList headers{QStringLiteral("Matricule"), QStringLiteral("Nom"),
                                  QStringLiteral("Prénom"), QStringLiteral("Grade")};
        const QList<ImportedAgent> agents = readAgentRows(
            records({headers,
                     {QStringLiteral("1"), QStringLiteral("DE  LA\tFONTAINE"),
                      QStringLiteral("Jean\u00a0Paul"), QStringLiteral("Rédacteur principal")},
                     {QStringLiteral("2"), QStringLiteral("LE\nGOFF"), QStringLiteral("Anne  "),
                      QStringLiteral(" Attaché \u2003 territorial")}}),
            guessAgentMapping(headers));
        QCOMPARE(agents.size(), 2);
        QCOMPARE(agents.at(0).agent.lastName, QStringLiteral("DE LA FONTAINE"));
        QCOMPARE(agents.at(0).agent.firstName, QStringLiteral("Jean Paul"));
        QCOMPARE(agents.at(0).agent.grade, QStringLiteral("Rédacteur principal"));
        QCOMPARE(agents.at(1).agent.lastName, QStringLiteral("LE GOFF"));
        QCOMPARE(agents.at(1).agent.firstName, QStringLiteral("Anne"));
        QCOMPARE(agents.at(1).agent.grade, QStringLiteral("Attaché territorial"));
    }

    void birthNameStandsInForAMissingLastName()
    {
        const QStringList headers{QStringLiteral("Matricule"), QStringLiteral("Nom d'usage"),
                                  QStringLiteral("Nom de naissance"), QStringLiteral("Prénom")};
        const QList<ImportedAgent> agents =
            readAgentRows(records({headers,
                                   {QStringLiteral("1"), QString(), QStringLiteral("Leroy"),
                                    QStringLiteral("Anne")},
                                   {QStringLiteral("2"), QStringLiteral("Petit"),
                                    QStringLiteral("Grand"), QStringLiteral("Luc")}}),
                          guessAgentMapping(headers));
        QCOMPARE(agents.at(0).agent.lastName, QStringLiteral("Leroy"));
        QCOMPARE(agents.at(1).agent.lastName, QStringLiteral("Petit"));
    }

    void everyProblemHasItsLine()
    {
        QList<QStringList> rows{kHeaders};
        rows.append(
            row(QStringLiteral("1"), QStringLiteral("Mme"), QString(), QStringLiteral("Sans Nom")));
        rows.append(row(QString(), QStringLiteral("Mme"), QStringLiteral("Sans"),
                        QStringLiteral("Matricule")));
        rows.append(row(QStringLiteral("7"), QStringLiteral("M."), QStringLiteral("Doublon"),
                        QStringLiteral("Un")));
        rows.append(row(QStringLiteral("8"), QStringLiteral("Dr"), QStringLiteral("Bizarre"),
                        QStringLiteral("Civilité")));
        rows.append(row(QStringLiteral("9"), QStringLiteral("M."), QStringLiteral("Hors"),
                        QStringLiteral("Catégorie"), QStringLiteral("D")));
        rows.append(row(QStringLiteral("10"), QStringLiteral("M."), QStringLiteral("Mauvais"),
                        QStringLiteral("Courriel"), QStringLiteral("C"),
                        QStringLiteral("pas une adresse")));
        rows.append(row(QStringLiteral("7"), QStringLiteral("M."), QStringLiteral("Doublon"),
                        QStringLiteral("Deux")));
        rows.append(row(QStringLiteral("11"), QStringLiteral("Mme"), QStringLiteral("Bon"),
                        QStringLiteral("")));
        rows.append(row(QStringLiteral("12"), QStringLiteral("Mme"), QStringLiteral("Correcte"),
                        QStringLiteral("Ligne")));
        const QList<ImportedAgent> agents =
            readAgentRows(records(rows), guessAgentMapping(kHeaders));
        QCOMPARE(agents.size(), 9);
        const auto problemsOf = [&](qsizetype i) {
            return agents.at(i).problems.join(u'|');
        };
        QCOMPARE(problemsOf(0), QStringLiteral("No last name."));
        QVERIFY(problemsOf(1).startsWith(QStringLiteral("No matricule")));
        QCOMPARE(problemsOf(2), QStringLiteral("Matricule 7 is on several lines: 4, 8."));
        QCOMPARE(problemsOf(3), QStringLiteral("Unknown civility “Dr”."));
        QCOMPARE(problemsOf(4), QStringLiteral("Unknown category “D”: A, B or C expected."));
        QCOMPARE(problemsOf(5), QStringLiteral("“pas une adresse” is not an e-mail address."));
        QCOMPARE(problemsOf(6), QStringLiteral("Matricule 7 is on several lines: 4, 8."));
        QCOMPARE(problemsOf(7), QStringLiteral("No first name."));
        QVERIFY(!agents.at(8).rejected());
        QCOMPARE(agents.at(5).line, 7);
    }

    void aFileReadAsItStreamsGivesTheRowsOfItsTable()
    {
        // A title row, then the header; blank lines, a name over two lines, problems and a
        // duplicate far apart: several of ReadAhead's batches.
        QByteArray csv = "Export RH du 01/01/2026;;;;;;;;;\r\n" +
                         kHeaders.join(QLatin1Char(';')).toUtf8() + "\r\n";
        for (int i = 0; i < 1500; ++i) {
            const QByteArray n = QByteArray::number(i);
            if (i % 97 == 0) {
                csv += ";;;;;;;;;\r\n";
            }
            const QByteArrayList cells{i == 1400 ? QByteArray("00017") : "000" + n,
                                       i % 3 ? QByteArray("Mme") : QByteArray("M."),
                                       i % 250 == 5 ? QByteArray("\"Le Long\r\nNom\"") : "Nom" + n,
                                       i % 400 == 7 ? QByteArray() : QByteArray("Prénom"),
                                       "Direction " + QByteArray::number(i % 4),
                                       "Service",
                                       "Rédacteur",
                                       i % 300 == 2 ? QByteArray("D") : QByteArray("B"),
                                       "TITULAIRE",
                                       i % 500 == 3 ? QByteArray("pas une adresse")
                                                    : "agent" + n + "@ville.fr"};
            csv += cells.join(';') + "\r\n";
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agents.csv"));
        QVERIFY(written(path, csv));

        const Result<Table> table = readTable(path);
        QVERIFY(table);
        const qsizetype headerRow = detectHeaderRow(table->records.mid(0, 20));
        QCOMPARE(headerRow, 1);
        const AgentColumnMapping mapping =
            guessAgentMapping(table->records.at(headerRow).cells, headerRow);
        const QList<ImportedAgent> expected = readAgentRows(table->records, mapping);
        Result<std::unique_ptr<TableReader>> reader = TableReader::open(path);
        QVERIFY(reader);
        QList<TableRecord> head;
        const Result<AgentFileRows> file =
            readAgentFile(**reader, [&](const QList<TableRecord>& first) {
                head = first;
                return Result<AgentColumnMapping>(mapping);
            });
        QVERIFY2(file, qPrintable(file.errorMessage()));
        QCOMPARE(head.size(), kAgentHeadRecords);
        QCOMPARE(head.at(1).cells, table->records.at(1).cells);
        QCOMPARE(file->mapping.fields, mapping.fields);
        const QList<ImportedAgent>* streamed = &file->rows;

        const auto described = [](const ImportedAgent& r) {
            const Agent& a = r.agent;
            return QStringList{QString::number(r.line),
                               a.matricule,
                               a.lastName,
                               a.firstName,
                               a.email,
                               genderCode(a.gender),
                               categoryCode(a.category),
                               a.status,
                               a.grade,
                               r.directionName,
                               r.serviceName,
                               r.problems.join(u'|')}
                .join(u'/');
        };
        QCOMPARE(expected.size(), 1500);
        QCOMPARE(streamed->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(described(streamed->at(i)), described(expected.at(i)));
        }
        // The duplicate, 1,383 lines apart, is found on both.
        QCOMPARE(streamed->at(17).problems.join(u'|'),
                 QStringLiteral("Matricule 00017 is on several lines: %1, %2.")
                     .arg(streamed->at(17).line)
                     .arg(streamed->at(1400).line));
    }

    void aBrokenFileReadAsItStreamsSaysWhere()
    {
        QByteArray csv = kHeaders.join(QLatin1Char(';')).toUtf8() + "\n";
        for (int i = 0; i < 600; ++i) {
            csv += "000" + QByteArray::number(i) + ";M.;Nom;Prénom;D;S;G;B;Titulaire;\n";
        }
        csv += "999;M.;\"Jamais fermé;Prénom;D;S;G;B;Titulaire;\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.csv"));
        QVERIFY(written(path, csv));
        Result<std::unique_ptr<TableReader>> reader = TableReader::open(path);
        QVERIFY(reader);
        const Result<AgentFileRows> streamed = readAgentFile(
            **reader, [](const QList<TableRecord>&) { return guessAgentMapping(kHeaders); });
        QVERIFY(!streamed);
        QVERIFY2(streamed.errorMessage().contains(QLatin1String("line 602, column 3")),
                 qPrintable(streamed.errorMessage()));
    }

    void aFileWithoutColumnsReadAsItStreamsGivesTheReason()
    {
        // Blank lines and empty cells only: no record at all.
        QTemporaryDir dir;
        const QString empty = dir.filePath(QStringLiteral("blank.csv"));
        QVERIFY(written(empty, QByteArray("\r\n;;\r\n\r\n")));
        Result<std::unique_ptr<TableReader>> reader = TableReader::open(empty);
        QVERIFY2(reader, qPrintable(reader.errorMessage()));
        qsizetype headSize = -1;
        const Result<AgentFileRows> file =
            readAgentFile(**reader, [&](const QList<TableRecord>& head) {
                headSize = head.size();
                return Result<AgentColumnMapping>(Error{QStringLiteral("no columns")});
            });
        QCOMPARE(headSize, 0);
        QVERIFY(!file);
        QCOMPARE(file.errorMessage(), QStringLiteral("no columns"));
    }
};

QTEST_GUILESS_MAIN(TestAgentColumns)
#include "tst_agentcolumns.moc"
