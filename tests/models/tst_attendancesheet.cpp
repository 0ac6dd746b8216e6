// The attendance sheet, written to PDF and read back as text: the session on every page, every
// registrant once in name order and no one waiting, the pages a sheet of 0, 1, 25 and 120
// registrants takes, no lone row on a page, a multi-day session's half-day columns across the
// page, and the animators' block.
#include "PdfText.h"
#include "TestSchool.h"
#include "documents/AttendanceSheet.h"
#include "documents/DocumentText.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QPdfDocument>
#include <QRegularExpression>
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

QString sheetText(const char* source, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("AttendanceSheet", source, comment, n);
}

/// "NOM007": the last name of the pool's agent `i`, as the sheet prints it.
QString printedName(int i)
{
    return QStringLiteral("NOM%1").arg(i, 3, 10, QLatin1Char('0'));
}

const QDate kDay(2021, 3, 16); // a Tuesday

} // namespace

class TestAttendanceSheet : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestSchool> m_school;
    qint64 m_action = 0;
    qint64 m_animator = 0;
    qint64 m_speaker = 0;
    QList<qint64> m_pool; ///< 130 agents, NOM000 … NOM129, in name order.
    int m_sessions = 0;

    School& school() { return **m_school; }

    /// A session on kDay (9:00–12:00 unless said otherwise), with the first `registered` agents
    /// of the pool registered, and the next `waiting` on the waiting list.
    qint64 session(int registered, int waiting = 0, const QDateTime& start = {},
                   const QDateTime& end = {})
    {
        Session s;
        s.actionId = m_action;
        s.startsAt = start.isValid() ? start : QDateTime(kDay.addDays(7 * m_sessions), QTime(9, 0));
        s.endsAt = end.isValid() ? end : s.startsAt.addSecs(3 * 3600);
        s.location = QStringLiteral("Salle du conseil");
        s.capacity = std::max(1, registered);
        s.status = SessionStatus::Confirmed;
        s.animators = {{m_animator, AnimatorRole::Animator}, {m_speaker, AnimatorRole::Speaker}};
        ++m_sessions;
        const qint64 id = must(school().sessions().insert(s)).id;
        QList<Registration> registrations;
        for (int i = 0; i < registered + waiting; ++i) {
            Registration r;
            r.sessionId = id;
            r.personId = m_pool[i];
            r.status =
                i < registered ? RegistrationStatus::Registered : RegistrationStatus::Waitlisted;
            r.waitingPosition = i < registered ? 0 : i - registered + 1;
            registrations << r;
        }
        if (Status done = school().sessions().insertRegistrations(registrations); !done) {
            qFatal("%s", qPrintable(done.errorMessage()));
        }
        return id;
    }

    PdfText sheet(qint64 sessionId, int blankRows = AttendanceSheet::DefaultBlankRows,
                  QSizeF* pageSize = nullptr)
    {
        const PagedDocument document = must(
            AttendanceSheet::make(school().database(), school().settings(), sessionId, blankRows));
        const QString path = QDir(m_school->dir()).filePath(QStringLiteral("sheet.pdf"));
        if (Status written = document.writePdf(path); !written) {
            qFatal("%s", qPrintable(written.errorMessage()));
        }
        if (pageSize) {
            QPdfDocument pdf;
            pdf.load(path);
            *pageSize = pdf.pagePointSize(0);
        }
        const PdfText text = test::readPdf(path);
        if (!text.loaded) {
            qFatal("The sheet cannot be read back");
        }
        return text;
    }

    /// How many of the pool's names a page holds.
    static int namesOn(const QString& page)
    {
        static const QRegularExpression name(QStringLiteral("\\bNOM\\d{3}\\b"));
        return int(page.count(name));
    }

    /// Checks what every page of a sheet of the standard session says.
    static void checkHeaderOnEveryPage(const PdfText& pdf, const QString& code)
    {
        const int pages = int(pdf.pageCount());
        for (int i = 0; i < pages; ++i) {
            const QString& page = pdf.pages[i];
            const auto has = [&page](const QString& text) {
                return page.contains(flat(text));
            };
            QVERIFY2(has(QStringLiteral("Ville de Testville")), qPrintable(page));
            QVERIFY(has(sheetText("Attendance sheet")));
            QVERIFY(has(code));
            QVERIFY(has(QStringLiteral("Excel : tableaux croisés dynamiques")));
            QVERIFY(has(QStringLiteral("Salle du conseil")));
            QVERIFY(has(timeText(QTime(9, 0))));
            QVERIFY(has(QStringLiteral("Marie Dupont, Inès Martin (CNFPT)")));
            QVERIFY(has(sheetText("Last name")));
            QVERIFY(has(sheetText("Direction / Service")));
            QVERIFY2(has(QCoreApplication::translate("PagedDocument", "page %1 / %2")
                             .arg(i + 1)
                             .arg(pages)),
                     qPrintable(page));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        TRUC2_REQUIRE_BACKEND();
        installTranslations(Language::French);
        m_school = std::make_unique<test::TestSchool>();
        QVERIFY(school().settings().setIdentity(
            {QStringLiteral("Ville de Testville"), QStringLiteral("TRUC²"), QByteArray()}));
        Format f;
        f.code = QStringLiteral("UT");
        f.name = QStringLiteral("Un truc² en +");
        f.colour = QColor(QStringLiteral("#2e7d32"));
        Action a;
        a.formatId = must(school().catalogue().insertFormat(f));
        a.title = QStringLiteral("Excel : tableaux croisés dynamiques");
        m_action = must(school().catalogue().insertAction(a));

        const qint64 library = m_school->addService(QStringLiteral("Direction de la culture"),
                                                    QStringLiteral("Médiathèque"));
        const qint64 roads = m_school->addService(QStringLiteral("Direction des services "
                                                                 "techniques"),
                                                  QStringLiteral("Voirie"));
        Agent animator;
        animator.lastName = QStringLiteral("Dupont");
        animator.firstName = QStringLiteral("Marie");
        animator.serviceId = library;
        m_animator = must(school().agents().insert(animator));
        Agent speaker;
        speaker.lastName = QStringLiteral("Martin");
        speaker.firstName = QStringLiteral("Inès");
        speaker.external = true;
        speaker.organisation = QStringLiteral("CNFPT");
        m_speaker = must(school().agents().insert(speaker));
        QVERIFY(school().database().transaction([&]() -> Status {
            for (int i = 0; i < 130; ++i) {
                Agent agent;
                agent.lastName = QStringLiteral("Nom%1").arg(i, 3, 10, QLatin1Char('0'));
                agent.firstName = QStringLiteral("Prénom%1").arg(i);
                agent.serviceId = i % 2 ? library : roads;
                const Result<qint64> id = school().agents().insertBulk(agent);
                if (!id) {
                    return id.error();
                }
                m_pool << *id;
            }
            return {};
        }));
    }

    void init() { installTranslations(Language::French); }

    void sourceSortsByNameWithoutWaitingList()
    {
        Agent eddy;
        eddy.lastName = QStringLiteral("Eddy");
        eddy.firstName = QStringLiteral("Paul");
        Agent ecrivain;
        ecrivain.lastName = QStringLiteral("Écrivain");
        ecrivain.firstName = QStringLiteral("Zoé");
        Agent ecrivainToo = ecrivain;
        ecrivainToo.firstName = QStringLiteral("Anne");
        Agent durand;
        durand.lastName = QStringLiteral("durand");
        durand.firstName = QStringLiteral("Luc");
        Session s;
        s.actionId = m_action;
        s.startsAt = QDateTime(QDate(2021, 1, 5), QTime(14, 0));
        s.endsAt = QDateTime(QDate(2021, 1, 5), QTime(16, 0));
        s.status = SessionStatus::Planned;
        const qint64 id = must(school().sessions().insert(s)).id;
        QList<qint64> people;
        for (const Agent& agent : {eddy, ecrivain, ecrivainToo, durand}) {
            people << must(school().agents().insert(agent));
        }
        const RegistrationStatus statuses[] = {
            RegistrationStatus::Registered, RegistrationStatus::WalkIn,
            RegistrationStatus::Registered, RegistrationStatus::Registered};
        for (int i = 0; i < people.size(); ++i) {
            Registration r;
            r.sessionId = id;
            r.personId = people[i];
            r.status = statuses[i];
            must(school().sessions().insertRegistration(r));
        }
        for (const auto status : {RegistrationStatus::Waitlisted, RegistrationStatus::Cancelled}) {
            Registration r;
            r.sessionId = id;
            r.personId = m_pool[status == RegistrationStatus::Waitlisted ? 0 : 1];
            r.status = status;
            r.waitingPosition = status == RegistrationStatus::Waitlisted ? 1 : 0;
            must(school().sessions().insertRegistration(r));
        }

        const AttendanceSheetReader reader(school().database(), school().settings());
        const AttendanceSheetSource source = must(reader.read(id));
        QCOMPARE(source.session.code, must(school().sessions().session(id)).code);
        QCOMPARE(source.actionTitle, QStringLiteral("Excel : tableaux croisés dynamiques"));
        QCOMPARE(source.formatName, QStringLiteral("Un truc² en +"));
        QStringList names;
        for (const SheetPerson& p : source.registrants) {
            names << p.lastName + QLatin1Char(' ') + p.firstName;
        }
        // É sorts with E, case aside; then the first name.
        QCOMPARE(names, (QStringList{QStringLiteral("durand Luc"), QStringLiteral("Écrivain Anne"),
                                     QStringLiteral("Écrivain Zoé"), QStringLiteral("Eddy Paul")}));
        QVERIFY(source.registrants[2].walkIn);
        QCOMPARE(must(reader.sessionIdOf(source.session.code)), id);
        const Result<qint64> unknown = reader.sessionIdOf(QStringLiteral("XX-1999-001"));
        QVERIFY(!unknown);
        QVERIFY(unknown.errorMessage().contains(QStringLiteral("XX-1999-001")));
        QVERIFY(!reader.read(987654));
    }

    void sheetReadBack()
    {
        const qint64 id = session(25, 4);
        const QString code = must(school().sessions().session(id)).code;
        QSizeF size;
        const PdfText pdf = sheet(id, AttendanceSheet::DefaultBlankRows, &size);
        QVERIFY(size.height() > size.width()); // one half-day: portrait
        QCOMPARE(pdf.title, sheetText("Attendance sheet"));
        QCOMPARE(pdf.pageCount(), 2);
        checkHeaderOnEveryPage(pdf, code);
        QVERIFY(pdf.contains(longDateText(kDay.addDays(7 * (m_sessions - 1)))));
        QVERIFY(pdf.contains(timeRangeText(QTime(9, 0), QTime(12, 0))));
        // Every registrant once, in name order, with first name, direction and service.
        qsizetype last = -1;
        const QString all = pdf.all();
        for (int i = 0; i < 25; ++i) {
            QCOMPARE(pdf.count(printedName(i)), 1);
            const qsizetype at = all.indexOf(printedName(i));
            QVERIFY(at > last);
            last = at;
        }
        QVERIFY(pdf.contains(printedName(3) + QStringLiteral(" Prénom3 Direction de la culture "
                                                             "Médiathèque")));
        // The waiting list is not on the sheet.
        for (int i = 25; i < 29; ++i) {
            QVERIFY2(!pdf.contains(printedName(i)), qPrintable(printedName(i)));
        }
        // Blank rows numbered on after the registrants, then the animators.
        QVERIFY(pdf.contains(QStringLiteral("Voirie 26 27 28 29 30")));
        QVERIFY(!pdf.contains(QStringLiteral(" 31 ")));
        const QString led = sheetText("%1 certifies having led the session.");
        QVERIFY(pdf.contains(led.arg(QStringLiteral("Marie Dupont"))));
        QVERIFY(pdf.contains(led.arg(QStringLiteral("Inès Martin (CNFPT)"))));
        QCOMPARE(pdf.pageOf(led.arg(QStringLiteral("Marie Dupont"))), 1);
        // One signature column: "Signature" over "Morning" on each page.
        QCOMPARE(pdf.count(HalfDay::tr("Morning")), 2);
        QCOMPARE(pdf.count(HalfDay::tr("Afternoon")), 0);
        QCOMPARE(pdf.count(sheetText("Participants (%n registered)", nullptr, 25)), 2);
    }

    void pageCounts_data()
    {
        QTest::addColumn<int>("registrants");
        QTest::addColumn<int>("pages");
        QTest::newRow("none") << 0 << 1;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("25") << 25 << 2;
        QTest::newRow("120") << 120 << 7;
    }

    void pageCounts()
    {
        QFETCH(int, registrants);
        QFETCH(int, pages);
        const qint64 id = session(registrants, 3);
        const PdfText pdf = sheet(id);
        QCOMPARE(pdf.pageCount(), pages);
        checkHeaderOnEveryPage(pdf, must(school().sessions().session(id)).code);
        int printed = 0;
        for (int i = 0; i < pdf.pageCount(); ++i) {
            const int names = namesOn(pdf.pages[i]);
            printed += names;
            // Every page but the last full: as many rows as the first holds.
            if (i > 0 && i + 1 < pdf.pageCount()) {
                QCOMPARE(names, namesOn(pdf.pages[0]));
            }
        }
        QCOMPARE(printed, registrants);
        for (int i = 0; i < registrants; ++i) {
            QCOMPARE(pdf.count(printedName(i)), 1);
        }
        // Blank rows numbered from registrants + 1.
        const QString rows = QStringLiteral("%1 %2 %3 %4 %5")
                                 .arg(registrants + 1)
                                 .arg(registrants + 2)
                                 .arg(registrants + 3)
                                 .arg(registrants + 4)
                                 .arg(registrants + 5);
        QVERIFY2(pdf.pages.last().contains(rows), qPrintable(pdf.pages.last()));
        QVERIFY(pdf.pages.last().contains(flat(sheetText("%1 certifies having led the session.")
                                                   .arg(QStringLiteral("Marie "
                                                                       "Dupont")))));
    }

    void noLoneRow()
    {
        // Around the count that fills the first page exactly, the rows left for the last page
        // would be one, or the animators' block alone: each page keeps at least two.
        const PdfText full = sheet(session(60), 0);
        const int perPage = namesOn(full.pages[0]);
        QVERIFY(perPage > 10);
        for (int registrants = perPage - 2; registrants <= perPage + 2; ++registrants) {
            const PdfText pdf = sheet(session(registrants), 0);
            int printed = 0;
            for (int i = 0; i < pdf.pageCount(); ++i) {
                const int names = namesOn(pdf.pages[i]);
                QVERIFY2(names >= 2, qPrintable(QStringLiteral("%1 registrants: %2 on page %3")
                                                    .arg(registrants)
                                                    .arg(names)
                                                    .arg(i + 1)));
                printed += names;
            }
            QCOMPARE(printed, registrants);
            QVERIFY(pdf.pageCount() <= 2);
            if (registrants == perPage) {
                // A full first page would leave the animators alone, or with one row.
                QCOMPARE(pdf.pageCount(), 2);
                QCOMPARE(namesOn(pdf.pages.last()), 2);
            }
            // The animators end the sheet, under the last registrants.
            QCOMPARE(pdf.pageOf(sheetText("Animation")), int(pdf.pageCount()) - 1);
        }
    }

    void severalDaysAcrossThePage()
    {
        // Monday 9:00 to Wednesday 17:00: six half-days, more than a portrait page takes.
        const QDate monday(2021, 9, 13);
        const qint64 id = session(12, 0, QDateTime(monday, QTime(9, 0)),
                                  QDateTime(monday.addDays(2), QTime(17, 0)));
        QSizeF size;
        const PdfText pdf = sheet(id, 3, &size);
        QVERIFY(size.width() > size.height());
        checkHeaderOnEveryPage(pdf, must(school().sessions().session(id)).code);
        QVERIFY(pdf.pageCount() > 1);
        int printed = 0;
        for (const QString& page : pdf.pages) {
            // The date over its two half-days, on every page.
            QCOMPARE(page.count(flat(HalfDay::tr("Morning"))), 3);
            QCOMPARE(page.count(flat(HalfDay::tr("Afternoon"))), 3);
            for (int day = 0; day < 3; ++day) {
                const QString date =
                    QLocale().toString(monday.addDays(day), QStringLiteral("dddd dd/MM"));
                QVERIFY2(page.contains(flat(date)), qPrintable(date));
            }
            printed += namesOn(page);
        }
        QCOMPARE(printed, 12);
        const QString page = pdf.pages.first();
        QVERIFY(
            page.contains(flat(sheetText("from %1 to %2", "the first and last days of a "
                                                          "session")
                                   .arg(longDateText(monday), longDateText(monday.addDays(2))))));
        QVERIFY(page.contains(flat(timeRangeText(QTime(9, 0), QTime(17, 0)))));

        // Two days (four half-days) still fit across a portrait page.
        const qint64 two = session(3, 0, QDateTime(monday, QTime(9, 0)),
                                   QDateTime(monday.addDays(1), QTime(17, 0)));
        const PdfText twoDays = sheet(two, 3, &size);
        QVERIFY(size.height() > size.width());
        QCOMPARE(twoDays.count(HalfDay::tr("Morning")), 2);
    }

    void noRegistrantPrintsBlankRows()
    {
        const PdfText pdf = sheet(session(0, 2), 8);
        QCOMPARE(pdf.pageCount(), 1);
        QCOMPARE(namesOn(pdf.all()), 0);
        QVERIFY2(pdf.contains(QStringLiteral("1 2 3 4 5 6 7 8")), qPrintable(pdf.all()));
        QVERIFY(!pdf.contains(QStringLiteral("7 8 9")));
    }

    void noAnimatorLeavesALineToFillIn()
    {
        Session s;
        s.actionId = m_action;
        s.startsAt = QDateTime(QDate(2021, 2, 2), QTime(14, 0));
        s.endsAt = QDateTime(QDate(2021, 2, 2), QTime(17, 0));
        const qint64 id = must(school().sessions().insert(s)).id;
        const PdfText pdf = sheet(id, 2);
        QCOMPARE(pdf.count(HalfDay::tr("Afternoon")), 1);
        QVERIFY(pdf.contains(
            sheetText("%1 certifies having led the session.").arg(QString(24, QChar(0x2026)))));
    }

    void cancelledSessionHasNoSheet()
    {
        Session s = must(school().sessions().session(session(2)));
        s.status = SessionStatus::Cancelled;
        s.cancelReason = QStringLiteral("Animatrice absente");
        s = must(school().sessions().update(s));
        const Result<PagedDocument> none =
            AttendanceSheet::make(school().database(), school().settings(), s.id);
        QVERIFY(!none);
        QVERIFY(none.errorMessage().contains(s.code));
    }

    void fileName()
    {
        AttendanceSheetSource source;
        source.session.code = QStringLiteral("UT-2021-014");
        source.session.startsAt = QDateTime(kDay, QTime(9, 0));
        QCOMPARE(AttendanceSheet::fileName(source),
                 sheetText("Attendance sheet - %1 - %2")
                         .arg(QStringLiteral("UT-2021-014"), QStringLiteral("2021-03-16")) +
                     QStringLiteral(".pdf"));
    }
};

QTEST_MAIN(TestAttendanceSheet)
#include "tst_attendancesheet.moc"
