// The attestation de formation, written to PDF and read back as text over HistorySchool
// (tests/support/HistorySchool.h): the sentence naming the agent and their service, one row per
// held session attended (walk-ins included, partial attendance noted, hours attended), nothing
// for cancelled registrations, waiting lists, absences or animation, totals in hours and days,
// the refusal when there is nothing to attest, and many sessions over several pages.
#include "HistorySchool.h"
#include "PdfText.h"
#include "documents/TrainingAttestation.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QTest>

using namespace truc2;
using test::flat;
using test::PdfText;

namespace {

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        qFatal("%s", qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

QString trainingText(const char* source, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("TrainingAttestation", source, comment, n);
}

QString sharedText(const char* source, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Attestation", source, comment, n);
}

const Period k2020 = Period::calendarYear(2020);
const QDate kIssued(2021, 1, 15);

} // namespace

class TestTrainingAttestation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::HistorySchool> m_school;
    QString m_pdf;

    School& school() { return *m_school->school; }

    Result<PagedDocument> make(qint64 personId, const Period& period)
    {
        return TrainingAttestation::make(school().database(), school().settings(), personId, period,
                                         kIssued);
    }

    PdfText attestation(qint64 personId, const Period& period)
    {
        const PagedDocument document = must(make(personId, period));
        if (Status written = document.writePdf(m_pdf); !written) {
            qFatal("%s", qPrintable(written.errorMessage()));
        }
        return test::readPdf(m_pdf);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        m_school = std::make_unique<test::HistorySchool>();
        m_pdf = QDir(m_school->school.dir()).filePath(QStringLiteral("attestation.pdf"));
        QVERIFY(school().settings().setIdentity(
            {QStringLiteral("Ville de Testville"), QStringLiteral("TRUC²"), QByteArray()}));
    }

    void init() { installTranslations(Language::French); }

    void attestationReadBack()
    {
        const PdfText pdf = attestation(m_school->hal, k2020);
        QVERIFY(pdf.loaded);
        QCOMPARE(pdf.pageCount(), 1);
        const QString title = trainingText("Attestation of training");
        QCOMPARE(pdf.title, title);
        QVERIFY(pdf.pages.first().startsWith(flat(title)));
        QVERIFY(pdf.contains(QStringLiteral("Ville de Testville")));
        const QString sentence =
            trainingText("%1 certifies that %2, %3, attended the following sessions of the %4 "
                         "school between %5 and %6:")
                .arg(QStringLiteral("Ville de Testville"), QStringLiteral("Test Hal"),
                     QStringLiteral("Direction des finances / Comptabilité"),
                     QStringLiteral("TRUC²"), QStringLiteral("01/01/2020"),
                     QStringLiteral("31/12/2020"));
        QVERIFY2(pdf.contains(sentence), qPrintable(pdf.all()));

        // Date, code, action (and the half-days attended when not all), format, times, hours.
        QVERIFY2(pdf.contains(QStringLiteral("02/03/2020 AC-2020-001 Actualité juridique "
                                             "Ac'Truc² 12 h 15 – 15 h 15 3 h")),
                 qPrintable(pdf.all()));
        const QString twoDays =
            sharedText("%1 to %2", "first and last day of a session")
                .arg(QStringLiteral("16/11/2020"), QStringLiteral("17/11/2020")) +
            QStringLiteral(" PR-2020-002 Oral du concours ") +
            trainingText("Attended %n of %1 half-days", "partial attendance", 3).arg(4) +
            QStringLiteral(" Prépa'Truc² 9 h 00 – 17 h 00 12 h");
        QVERIFY2(pdf.contains(twoDays), qPrintable(pdf.all()));
        QVERIFY(pdf.pageOf(QStringLiteral("AC-2020-001")) == 0);
        QVERIFY(pdf.all().indexOf(QStringLiteral("AC-2020-001")) <
                pdf.all().indexOf(QStringLiteral("PR-2020-002"))); // oldest first
        // Cancelled, waiting, animated: not attended, not listed.
        QVERIFY(!pdf.contains(QStringLiteral("AC-2020-002")));
        QVERIFY(!pdf.contains(QStringLiteral("AC-2020-004")));
        QVERIFY(!pdf.contains(QStringLiteral("AC-2020-005")));

        // Totals: 2 sessions, 15 h, that is 2.1 days of 7 h.
        QVERIFY2(
            pdf.contains(sharedText("Total: %n session(s)", nullptr, 2) + QStringLiteral(" 15 h")),
            qPrintable(pdf.all()));
        QCOMPARE(TrainingAttestation::daysText(15 * 60),
                 trainingText("%1 day(s)", "training days of 7 hours", 2)
                     .arg(QLocale().toString(2.1))
                     .replace(QLatin1Char(' '), QChar(0x00a0)));
        const QString total = trainingText("Total duration of training: %1, that is %2 (on the "
                                           "basis of %3 a day).",
                                           "hours, days, hours in a training day")
                                  .arg(QStringLiteral("15 h"), TrainingAttestation::daysText(900),
                                       QStringLiteral("7 h"));
        QVERIFY2(pdf.contains(total), qPrintable(pdf.all()));
        QVERIFY(pdf.contains(sharedText("Issued in %1 on %2")
                                 .arg(QStringLiteral("Testville"), QStringLiteral("15/01/2021"))));
        QVERIFY(pdf.contains(sharedText("Signature and stamp")));
    }

    void allTimeRunsFromTheFirstToTheLastSession()
    {
        // Cyd: three sessions of 3 h in 2020; the conference she animated in 2021 is not here.
        const PdfText pdf = attestation(m_school->cyd, Period{});
        QVERIFY(pdf.contains(QStringLiteral("02/03/2020")));
        QVERIFY(pdf.contains(QStringLiteral("05/10/2020")));
        QVERIFY(!pdf.contains(QStringLiteral("AC-2021-001")));
        QVERIFY(
            pdf.contains(sharedText("Total: %n session(s)", nullptr, 3) + QStringLiteral(" 9 h")));
        QVERIFY(pdf.contains(
            trainingText("%1 day(s)", "training days of 7 hours", 0).arg(QLocale().toString(1.3))));
        const QString file = TrainingAttestation::fileName(
            must(AgentHistoryStore(school().database(), school().settings())
                     .trainingAttestation(m_school->cyd, Period{})));
        QCOMPARE(file, trainingText("Attestation of training - %1 - %2 to %3")
                               .arg(QStringLiteral("Test Cyd"), QStringLiteral("2020-03-02"),
                                    QStringLiteral("2020-10-05")) +
                           QStringLiteral(".pdf"));
    }

    void trainingDays()
    {
        const auto days = [](int n, double value) {
            return trainingText("%1 day(s)", "training days of 7 hours", n)
                .arg(QLocale().toString(value))
                .replace(QLatin1Char(' '), QChar(0x00a0));
        };
        QCOMPARE(TrainingAttestation::daysText(7 * 60), days(1, 1));
        QCOMPARE(TrainingAttestation::daysText(14 * 60), days(2, 2));
        QCOMPARE(TrainingAttestation::daysText(210), days(0, 0.5));
        QCOMPARE(TrainingAttestation::daysText(630), days(0, 1.5));
        QCOMPARE(TrainingAttestation::daysText(27 * 60), days(3, 3.9));
    }

    void withoutAService()
    {
        Agent ivy;
        ivy.lastName = QStringLiteral("Ivy");
        ivy.firstName = QStringLiteral("Test");
        const qint64 id = must(school().agents().insert(ivy));
        Registration r;
        r.sessionId = m_school->pr1;
        r.personId = id;
        r.attendance = Attendance::Present;
        must(school().sessions().insertRegistration(r));
        const PdfText pdf = attestation(id, k2020);
        QVERIFY2(
            pdf.contains(trainingText("%1 certifies that %2 attended the following sessions "
                                      "of the %4 school between %5 and %6:")
                             .replace(QStringLiteral("%1"), QStringLiteral("Ville de Testville"))
                             .replace(QStringLiteral("%2"), QStringLiteral("Test Ivy"))
                             .replace(QStringLiteral("%4"), QStringLiteral("TRUC²"))
                             .replace(QStringLiteral("%5"), QStringLiteral("01/01/2020"))
                             .replace(QStringLiteral("%6"), QStringLiteral("31/12/2020"))),
            qPrintable(pdf.all()));
        QVERIFY(pdf.contains(QStringLiteral("PR-2020-001")));
    }

    void nothingToAttest()
    {
        // Dan attended nothing in 2021.
        const Result<PagedDocument> none = make(m_school->dan, Period::calendarYear(2021));
        QVERIFY(!none);
        QCOMPARE(none.errorMessage(),
                 trainingText("%1 attended no held session between %2 and %3: there is nothing "
                              "to attest. Choose another period, or check that the attendance of "
                              "their sessions has been recorded.")
                     .arg(QStringLiteral("Test Dan"), QStringLiteral("01/01/2021"),
                          QStringLiteral("31/12/2021")));
        // Old was excused: never present, at any time.
        const Result<PagedDocument> never = make(m_school->old, Period{});
        QVERIFY(!never);
        QCOMPARE(never.errorMessage(),
                 trainingText("%1 attended no held session: there is nothing to attest. Check "
                              "that the attendance of their sessions has been recorded.")
                     .arg(QStringLiteral("Test Old")));
        // Gus only animated.
        QVERIFY(!make(m_school->gus, k2020));
        QVERIFY(make(m_school->dan, k2020));
        QVERIFY(!make(987654, k2020));
    }

    void manySessionsOverSeveralPages()
    {
        // Eve follows a preparation cycle twice a week in 2022: 70 sessions of 1 h 30.
        Action cycle;
        cycle.formatId = m_school->pr;
        cycle.title = QStringLiteral("Préparation au concours de rédacteur territorial : la note "
                                     "administrative et l'entretien avec le jury");
        const qint64 action = must(school().catalogue().insertAction(cycle));
        QList<Session> sessions;
        for (int i = 0; i < 70; ++i) {
            Session s;
            s.actionId = action;
            s.code = sessionCode(QStringLiteral("PR"), 2022, i + 1);
            s.startsAt = QDateTime(QDate(2022, 1, 3).addDays(i * 4), QTime(9, 0));
            s.endsAt = s.startsAt.addSecs(90 * 60);
            s.status = SessionStatus::Held;
            sessions << s;
        }
        const QList<qint64> ids = must(school().sessions().insertSessions(sessions));
        QList<Registration> registrations;
        for (int i = 0; i < ids.size(); ++i) {
            Registration r;
            r.sessionId = ids[i];
            r.personId = m_school->eve;
            r.attendance = i % 10 == 9 ? Attendance::Absent : Attendance::Present;
            registrations << r;
        }
        QVERIFY(school().sessions().insertRegistrations(registrations));

        const PdfText pdf = attestation(m_school->eve, Period::calendarYear(2022));
        const int pages = int(pdf.pageCount());
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        for (int page = 0; page < pages; ++page) {
            const QString& text = pdf.pages[page];
            QVERIFY(text.contains(flat(QCoreApplication::translate("PagedDocument", "page %1 / %2")
                                           .arg(page + 1)
                                           .arg(pages))));
            if (text.contains(QStringLiteral("PR-2022-"))) {
                QVERIFY(text.contains(flat(sharedText("Hours")))); // the header, repeated
            }
        }
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(pdf.count(sessions[i].code), i % 10 == 9 ? 0 : 1);
        }
        QCOMPARE(pdf.count(cycle.title), 63);
        QVERIFY(pdf.contains(sharedText("Total: %n session(s)", nullptr, 63) +
                             QStringLiteral(" 94 h 30")));
    }

    void cleanupTestCase() { m_school.reset(); }
};

QTEST_MAIN(TestTrainingAttestation)
#include "tst_trainingattestation.moc"
