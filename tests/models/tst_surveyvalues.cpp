// Reading survey answers as the tools write them: every satisfaction scale, yes and no in every
// form, submission times of every tool, personal columns recognised.
#include "import/SurveyValues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace truc2;

class TestSurveyValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void satisfaction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::addColumn<double>("expected"); // -1: unreadable, -2: empty
        const auto add = [](const char* name, const char* text, SatisfactionScale scale,
                            double expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << int(scale) << expected;
        };
        add("1-4 low", "1", SatisfactionScale::OneToFour, 0);
        add("1-4 three", "3", SatisfactionScale::OneToFour, 2.0 / 3);
        add("1-4 high", "4", SatisfactionScale::OneToFour, 1);
        add("1-4 five is out", "5", SatisfactionScale::OneToFour, -1);
        add("1-5 four", "4", SatisfactionScale::OneToFive, 0.75);
        add("1-5 decimal comma", "4,0", SatisfactionScale::OneToFive, 0.75);
        add("1-5 zero is out", "0", SatisfactionScale::OneToFive, -1);
        add("0-10 zero", "0", SatisfactionScale::ZeroToTen, 0);
        add("0-10 seven", "7", SatisfactionScale::ZeroToTen, 0.7);
        add("0-10 eleven is out", "11", SatisfactionScale::ZeroToTen, -1);
        add("LimeSurvey code", "A4", SatisfactionScale::OneToFive, 0.75);
        add("LimeSurvey padded code", "AO02", SatisfactionScale::OneToFive, 0.25);
        add("fraction", "4/5", SatisfactionScale::OneToFive, 0.75);
        add("fraction in words", "3 sur 4", SatisfactionScale::OneToFive, 2.0 / 3);
        add("fraction of ten", "7/10", SatisfactionScale::OneToFive, 0.7);
        add("stars", "★★★★☆", SatisfactionScale::OneToFive, 0.75);
        add("stars alone", "★★", SatisfactionScale::OneToFive, 0.25);
        add("stars in words", "4 étoiles", SatisfactionScale::OneToFive, 0.75);
        add("pas du tout", "Pas du tout satisfait(e)", SatisfactionScale::Labels5, 0);
        add("peu", "Peu satisfaite", SatisfactionScale::Labels5, 0.25);
        add("moyennement", "Moyennement", SatisfactionScale::Labels5, 0.5);
        add("satisfait", "Satisfait(e)", SatisfactionScale::Labels5, 0.75);
        add("plutôt satisfait on 5", "Plutôt satisfait", SatisfactionScale::Labels5, 0.75);
        add("très", "Très satisfait(e)", SatisfactionScale::Labels5, 1);
        add("très, capitals", "TRÈS SATISFAITE", SatisfactionScale::Labels5, 1);
        add("plutôt satisfait on 4", "Plutôt satisfait", SatisfactionScale::Labels4, 2.0 / 3);
        add("peu on 4", "Peu satisfait", SatisfactionScale::Labels4, 1.0 / 3);
        add("très on 4", "Très satisfait", SatisfactionScale::Labels4, 1);
        add("middle has no place on 4", "Moyennement", SatisfactionScale::Labels4, -1);
        add("label on a numeric 1-4", "Pas du tout satisfait", SatisfactionScale::OneToFour, 0);
        add("English", "Very satisfied", SatisfactionScale::Labels5, 1);
        add("nonsense", "bof", SatisfactionScale::OneToFive, -1);
        add("empty", "  ", SatisfactionScale::OneToFive, -2);
    }
    void satisfaction()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        QFETCH(double, expected);
        const SatisfactionValue value = readSatisfaction(text, SatisfactionScale(scale));
        if (expected == -2) {
            QCOMPARE(value.reading, CellReading::Empty);
        } else if (expected == -1) {
            QCOMPARE(value.reading, CellReading::Unreadable);
        } else {
            QCOMPARE(value.reading, CellReading::Read);
            QVERIFY2(qAbs(value.normalised - expected) < 1e-9,
                     qPrintable(QString::number(value.normalised)));
        }
    }

    void scaleCodes()
    {
        for (SatisfactionScale scale : {SatisfactionScale::OneToFour, SatisfactionScale::OneToFive,
                                        SatisfactionScale::ZeroToTen, SatisfactionScale::Labels4,
                                        SatisfactionScale::Labels5}) {
            QCOMPARE(satisfactionScaleFromCode(satisfactionScaleCode(scale)), scale);
        }
    }

    void yesNo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 unreadable, -2 empty
        for (const char* yes : {"Oui", "oui", "Yes", "Y", "O", "1", "Vrai", "TRUE", "Plutôt oui",
                                "Oui, tout à fait"}) {
            QTest::newRow(yes) << QString::fromUtf8(yes) << 1;
        }
        for (const char* no :
             {"Non", "No", "N", "n", "0", "Faux", "false", "Plutôt non", "Non, pas vraiment"}) {
            QTest::newRow(no) << QString::fromUtf8(no) << 0;
        }
        QTest::newRow("both") << QStringLiteral("oui et non") << -1;
        QTest::newRow("other") << QStringLiteral("peut-être") << -1;
        QTest::newRow("two") << QStringLiteral("2") << -1;
        QTest::newRow("empty") << QString() << -2;
    }
    void yesNo()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const YesNoValue value = readYesNo(text);
        if (expected == -2) {
            QCOMPARE(value.reading, CellReading::Empty);
        } else if (expected == -1) {
            QCOMPARE(value.reading, CellReading::Unreadable);
        } else {
            QCOMPARE(value.reading, CellReading::Read);
            QCOMPARE(value.yes, expected == 1);
        }
    }

    void submissionTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: unreadable
        const QDateTime at(QDate(2021, 3, 12), QTime(15, 49, 23));
        QTest::newRow("LimeSurvey") << QStringLiteral("2021-03-12 15:49:23") << at;
        QTest::newRow("ISO T") << QStringLiteral("2021-03-12T15:49:23") << at;
        QTest::newRow("ISO UTC") << QStringLiteral("2021-03-12T14:49:23Z") << at;
        QTest::newRow("ISO offset") << QStringLiteral("2021-03-12T16:49:23+02:00") << at;
        QTest::newRow("Google PM UTC+1") << QStringLiteral("2021/03/12 3:49:23 PM UTC+1") << at;
        QTest::newRow("Google 24h UTC+1") << QStringLiteral("2021/03/12 15:49:23 UTC+1") << at;
        QTest::newRow("Google GMT") << QStringLiteral("2021/03/12 2:49:23 PM GMT") << at;
        QTest::newRow("Google French") << QStringLiteral("12/03/2021 15:49:23") << at;
        QTest::newRow("US order with PM") << QStringLiteral("3/12/2021 3:49:23 PM") << at;
        QTest::newRow("day cannot be a month") << QStringLiteral("3/13/2021 15:49:23")
                                               << QDateTime(QDate(2021, 3, 13), QTime(15, 49, 23));
        QTest::newRow("Framaforms")
            << QStringLiteral("12/03/2021 - 15:49") << QDateTime(QDate(2021, 3, 12), QTime(15, 49));
        QTest::newRow("summer offset") << QStringLiteral("2021/07/01 10:00:00 AM UTC+2")
                                       << QDateTime(QDate(2021, 7, 1), QTime(10, 0));
        QTest::newRow("Excel serial")
            << QStringLiteral("44267.5") << QDateTime(QDate(2021, 3, 12), QTime(12, 0));
        QTest::newRow("date only")
            << QStringLiteral("2021-03-12") << QDateTime(QDate(2021, 3, 12), QTime(0, 0));
        QTest::newRow("nonsense") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("no such day") << QStringLiteral("2021-02-30 10:00:00") << QDateTime();
        QTest::newRow("no such hour") << QStringLiteral("2021-03-12 24:00:00") << QDateTime();
        QTest::newRow("ISO minutes")
            << QStringLiteral("2021-03-12T15:49") << QDateTime(QDate(2021, 3, 12), QTime(15, 49));
        QTest::newRow("single-digit hour, ISO date")
            << QStringLiteral("2021-03-12 9:49:23")
            << QDateTime(QDate(2021, 3, 12), QTime(9, 49, 23));
        QTest::newRow("ISO with fraction") << QStringLiteral("2021-03-12 15:49:23.5") << at;
        QTest::newRow("letters in an ISO shape")
            << QStringLiteral("2021-03-1a 15:49:23") << QDateTime();
    }
    void submissionTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const TimeValue value = readSubmissionTime(text);
        if (!expected.isValid()) {
            QCOMPARE(value.reading, CellReading::Unreadable);
            return;
        }
        QCOMPARE(value.reading, CellReading::Read);
        QCOMPARE(value.at, expected);
    }

    void emptyTimeIsIncomplete()
    {
        QCOMPARE(readSubmissionTime(QString()).reading, CellReading::Empty);
    }

    void jsonStringsAsQJsonDocumentWritesThem()
    {
        QString every;
        for (char16_t unit = 0; unit < 0x80; ++unit) {
            every += QChar(unit);
        }
        const QStringList texts{QString(),
                                QStringLiteral(""),
                                every,
                                QStringLiteral("Très bien, « merci » — 5 €"),
                                QString::fromUtf16(u"\u00ff\u0100\u07ff\u0800\uffff"),
                                QString::fromUtf16(u"smile \U0001F600 end"),
                                QString(QChar(0xD800)) + QStringLiteral("alone"),
                                QStringLiteral("alone at the end") + QChar(0xDC00)};
        for (const QString& text : texts) {
            QJsonObject object;
            object.insert(QStringLiteral("k"), text);
            QByteArray json = "{\"k\":";
            appendJsonUtf8(json, text);
            json += '}';
            QCOMPARE(json, QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
    }

    void personalColumns()
    {
        for (const char* header :
             {"Nom", "Prénom", "Adresse de messagerie", "Adresse e-mail", "Email Address", "ipaddr",
              "ipaddr. Adresse IP", "IP Address", "token", "Nom d'utilisateur", "UID", "Courriel",
              "refurl. URL de provenance"}) {
            QVERIFY2(isPersonalHeader(QString::fromUtf8(header)), header);
        }
        for (const char* header : {"Nom de la session", "Horodateur", "SATIS. Satisfaction",
                                   "Commentaire", "id", "Serial"}) {
            QVERIFY2(!isPersonalHeader(QString::fromUtf8(header)), header);
        }
        QVERIFY(looksLikeEmails(
            {QStringLiteral("a.martin@ville.fr"), QString(), QStringLiteral("b@x.org")}));
        QVERIFY(!looksLikeEmails(
            {QStringLiteral("Très bien"), QStringLiteral("a@b.fr"), QStringLiteral("Rien")}));
    }

    void headerWordsSplitsLimeSurveyHeadings()
    {
        QCOMPARE(headerWords(QStringLiteral("submitdate. Date de soumission")),
                 QStringList({QStringLiteral("submitdate. date de soumission"),
                              QStringLiteral("submitdate"), QStringLiteral("date de soumission")}));
        QCOMPARE(headerWords(QStringLiteral(" Horodateur ")),
                 QStringList{QStringLiteral("horodateur")});
    }
};

QTEST_GUILESS_MAIN(TestSurveyValues)
#include "tst_surveyvalues.moc"
