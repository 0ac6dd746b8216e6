// The attestation d'animation, written to PDF and read back as text: the sentence naming the
// animator, one row per held session they animated in the period, totals that add up, a
// refusal when there is nothing to attest, and many sessions over several pages.
#include "PdfText.h"
#include "SmallSchool.h"
#include "documents/AnimatorAttestation.h"
#include "documents/DocumentText.h"
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

QString attestationText(const char* source, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("AnimatorAttestation", source, comment, n);
}

/// The words every attestation shares (documents/Attestation).
QString sharedText(const char* source, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Attestation", source, comment, n);
}

const Period k2020 = Period::calendarYear(2020);
const QDate kIssued(2021, 1, 15);

} // namespace

class TestAnimatorAttestation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SmallSchool> m_small;
    QString m_pdf;

    School& school() { return *m_small->school; }

    DocumentSources sources() { return DocumentSources(school().database(), school().settings()); }

    PdfText attestation(qint64 personId, const Period& period)
    {
        const PagedDocument document = must(AnimatorAttestation::make(
            school().database(), school().settings(), personId, period, kIssued));
        if (Status written = document.writePdf(m_pdf); !written) {
            qFatal("%s", qPrintable(written.errorMessage()));
        }
        return test::readPdf(m_pdf);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        m_small = std::make_unique<test::SmallSchool>();
        m_pdf = QDir(m_small->school.dir()).filePath(QStringLiteral("attestation.pdf"));
        QVERIFY(school().settings().setIdentity(
            {QStringLiteral("Ville de Testville"), QStringLiteral("TRUC²"), QByteArray()}));
    }

    void init() { installTranslations(Language::French); }

    void sourceOfAnAnimator()
    {
        const AnimatorAttestationSource ann =
            must(sources().animatorAttestation(m_small->ann, k2020));
        QCOMPARE(ann.firstName, QStringLiteral("Test"));
        QCOMPARE(ann.lastName, QStringLiteral("Ann"));
        QCOMPARE(ann.directionName, QStringLiteral("Culture"));
        QCOMPARE(ann.serviceName, QStringLiteral("Médiathèque"));
        QCOMPARE(ann.sessions.size(), 2);
        QCOMPARE(ann.sessions[0].session.code, QStringLiteral("AC-2020-001"));
        QCOMPARE(ann.sessions[0].participants, 12); // bob and cyd present + 10 counted
        QCOMPARE(ann.sessions[1].session.code, QStringLiteral("AC-2020-002"));
        QCOMPARE(ann.sessions[1].participants, 3);
        const AnimatorAttestation::Totals totals = AnimatorAttestation::totals(ann);
        QCOMPARE(totals.sessions, 2);
        QCOMPARE(totals.minutes, 6 * 60);
        QCOMPARE(totals.participants, 15);

        // Gus's cancelled conference is not his work; his preparation session is.
        const AnimatorAttestationSource gus =
            must(sources().animatorAttestation(m_small->gus, k2020));
        QCOMPARE(gus.sessions.size(), 1);
        QCOMPARE(gus.sessions[0].session.code, QStringLiteral("PR-2020-001"));
        QCOMPARE(gus.sessions[0].participants, 5); // old was excused

        QVERIFY(!sources().animatorAttestation(987654, k2020));
        QVERIFY(
            !sources().animatorAttestation(m_small->ann, {QDate(2020, 5, 1), QDate(2020, 4, 1)}));
    }

    void attestationReadBack()
    {
        const PdfText pdf = attestation(m_small->ann, k2020);
        QVERIFY(pdf.loaded);
        QCOMPARE(pdf.pageCount(), 1);
        const QString title = attestationText("Attestation of animation");
        QCOMPARE(pdf.title, title);
        QVERIFY(pdf.contains(title));
        QVERIFY(pdf.contains(
            QCoreApplication::translate("PagedDocument", "page %1 / %2").arg(1).arg(1)));
        const QString sentence =
            attestationText("%1 certifies that %2 (%3) led the following sessions of the %4 "
                            "school between %5 and %6:")
                .arg(QStringLiteral("Ville de Testville"), QStringLiteral("Test Ann"),
                     QStringLiteral("Culture / Médiathèque"), QStringLiteral("TRUC²"),
                     QStringLiteral("01/01/2020"), QStringLiteral("31/12/2020"));
        QVERIFY2(pdf.contains(sentence), qPrintable(pdf.all()));

        // One row per session: date, code, action, format, times, hours, participants.
        QVERIFY(pdf.contains(QStringLiteral("02/03/2020 AC-2020-001 Actualité juridique "
                                            "Ac'Truc² 12 h 15 – 15 h 15 3 h 12")));
        QVERIFY(pdf.contains(QStringLiteral("01/05/2020 AC-2020-002 Actualité juridique "
                                            "Ac'Truc² 12 h 15 – 15 h 15 3 h 3")));
        QVERIFY(!pdf.contains(QStringLiteral("AC-2020-003")));
        QVERIFY(!pdf.contains(QStringLiteral("AC-2021-001")));
        // The totals row: 2 sessions, 6 h, 15 participants.
        const QString total = sharedText("Total: %n session(s)", nullptr, 2);
        QVERIFY2(pdf.contains(total + QStringLiteral(" 6 h 15")), qPrintable(pdf.all()));
        // Place and date of issue, and the signature box.
        QVERIFY(pdf.contains(sharedText("Issued in %1 on %2")
                                 .arg(QStringLiteral("Testville"), QStringLiteral("15/01/2021"))));
        QVERIFY(pdf.contains(sharedText("Signature and stamp")));
    }

    void externalSpeaker()
    {
        Agent speaker;
        speaker.firstName = QStringLiteral("Inès");
        speaker.lastName = QStringLiteral("Martin");
        speaker.external = true;
        speaker.organisation = QStringLiteral("Université Lyon 2");
        const qint64 id = must(school().agents().insert(speaker));
        const Result<Action> talk =
            school().catalogue().action(must(school().catalogue().actions(m_small->ac)).first().id);
        Session s;
        s.actionId = talk->id;
        s.startsAt = QDateTime(QDate(2020, 11, 17), QTime(17, 30));
        s.endsAt = QDateTime(QDate(2020, 11, 17), QTime(19, 0));
        s.status = SessionStatus::Held;
        s.anonymousHeadcount = 41;
        s.animators = {{id, AnimatorRole::Speaker}};
        must(school().sessions().insert(s));

        const PdfText pdf = attestation(id, k2020);
        QVERIFY(pdf.contains(QStringLiteral("Inès Martin (Université Lyon 2)")));
        QVERIFY(pdf.contains(QStringLiteral("17 h 30 – 19 h 00 1 h 30 41")));
        QVERIFY(pdf.contains(sharedText("Total: %n session(s)", nullptr, 1) +
                             QStringLiteral(" 1 h 30 41")));
    }

    void nothingToAttest()
    {
        // Cyd animated in 2021 only.
        const Result<PagedDocument> none = AnimatorAttestation::make(
            school().database(), school().settings(), m_small->cyd, k2020, kIssued);
        QVERIFY(!none);
        QVERIFY(none.errorMessage().contains(QStringLiteral("Test Cyd")));
        QVERIFY(none.errorMessage().contains(QStringLiteral("01/01/2020")));
        QVERIFY(none.errorMessage().contains(QStringLiteral("31/12/2020")));
        QVERIFY(AnimatorAttestation::make(school().database(), school().settings(), m_small->cyd,
                                          Period::calendarYear(2021), kIssued));
        QVERIFY(!AnimatorAttestation::make(school().database(), school().settings(), 987654, k2020,
                                           kIssued));
    }

    void manySessionsOverSeveralPages()
    {
        // Dan animates a workshop twice a week in 2022: 80 sessions, well over a page.
        // A title long enough to take three lines: a row cut by a page would cut it too.
        Action long_;
        long_.formatId = m_small->pr;
        long_.title = QStringLiteral("Préparation au concours de rédacteur territorial : la note "
                                     "administrative et l'entretien avec le jury");
        const qint64 action = must(school().catalogue().insertAction(long_));
        QList<Session> sessions;
        int expectedParticipants = 0;
        QStringList codes;
        for (int i = 0; i < 80; ++i) {
            Session s;
            s.actionId = action;
            s.code = sessionCode(QStringLiteral("PR"), 2022, i + 1);
            s.startsAt = QDateTime(QDate(2022, 1, 3).addDays(i * 4), QTime(9, 0));
            s.endsAt = s.startsAt.addSecs(90 * 60);
            s.status = SessionStatus::Held;
            s.anonymousHeadcount = i % 7;
            s.animators = {{m_small->dan, AnimatorRole::Animator}};
            expectedParticipants += i % 7;
            codes << s.code;
            sessions << s;
        }
        QVERIFY(school().sessions().insertSessions(sessions));
        const PdfText pdf = attestation(m_small->dan, Period::calendarYear(2022));
        const int pages = int(pdf.pageCount());
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        for (int page = 0; page < pages; ++page) {
            const QString& text = pdf.pages[page];
            QVERIFY(text.contains(flat(QCoreApplication::translate("PagedDocument", "page %1 / %2")
                                           .arg(page + 1)
                                           .arg(pages))));
            // The table's header is repeated on every page it continues on.
            if (text.contains(QStringLiteral("PR-2022-"))) {
                QVERIFY(text.contains(flat(attestationText("Participants"))));
            }
        }
        for (const QString& code : codes) {
            QCOMPARE(pdf.count(code), 1); // every row once
        }
        QCOMPARE(pdf.count(long_.title), 80); // and none cut in two
        QVERIFY(pdf.contains(sharedText("Total: %n session(s)", nullptr, 80) +
                             QStringLiteral(" 120 h ") + QString::number(expectedParticipants)));
    }

    void placeOfTheOrganisation()
    {
        QCOMPARE(AnimatorAttestation::placeOf(QStringLiteral("Ville de Caluire-et-Cuire")),
                 QStringLiteral("Caluire-et-Cuire"));
        QCOMPARE(AnimatorAttestation::placeOf(QStringLiteral("Mairie d'Antibes")),
                 QStringLiteral("Antibes"));
        QCOMPARE(AnimatorAttestation::placeOf(QStringLiteral("Ville du Havre")),
                 QStringLiteral("Le Havre"));
        QCOMPARE(AnimatorAttestation::placeOf(QStringLiteral("Syndicat des eaux")), QString());
    }

    void cleanupTestCase() { m_small.reset(); }
};

QTEST_MAIN(TestAnimatorAttestation)
#include "tst_animatorattestation.moc"
