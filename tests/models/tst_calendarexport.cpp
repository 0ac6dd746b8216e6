// The calendar export, read back with libical: one event per session, UIDs that survive
// exports and moves, SEQUENCE, STATUS, Paris wall-clock times through the file's own VTIMEZONE,
// escaping, folding of long UTF-8 text, CRLF, the format filter.
#include "TestSchool.h"
#include "documents/CalendarExport.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>
#include <memory>

using namespace truc2;

namespace {

struct ComponentFree
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

/// A calendar file parsed by libical.
struct Parsed
{
    Component calendar;

    explicit Parsed(const QByteArray& ics)
        : calendar(icalparser_parse_string(ics.constData()))
    {}
    bool isCalendar() const
    {
        return calendar && icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT;
    }
    QList<icalcomponent*> components(icalcomponent_kind kind) const
    {
        QList<icalcomponent*> found;
        for (icalcomponent* c = icalcomponent_get_first_component(calendar.get(), kind); c;
             c = icalcomponent_get_next_component(calendar.get(), kind)) {
            found << c;
        }
        return found;
    }
    QList<icalcomponent*> events() const { return components(ICAL_VEVENT_COMPONENT); }
    /// The event of a session, by its UID.
    icalcomponent* event(const QString& uid) const
    {
        for (icalcomponent* e : events()) {
            if (QString::fromUtf8(icalcomponent_get_uid(e)) == uid) {
                return e;
            }
        }
        return nullptr;
    }
    QString x(const char* name) const
    {
        for (icalproperty* p = icalcomponent_get_first_property(calendar.get(), ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(calendar.get(), ICAL_X_PROPERTY)) {
            if (qstrcmp(icalproperty_get_x_name(p), name) == 0) {
                return QString::fromUtf8(icalproperty_get_x(p));
            }
        }
        return {};
    }
};

QString text(icalcomponent* component, icalproperty_kind kind)
{
    icalproperty* p = icalcomponent_get_first_property(component, kind);
    return p ? QString::fromUtf8(icalproperty_get_value_as_string(p)) : QString();
}

QString summary(icalcomponent* e)
{
    return QString::fromUtf8(icalcomponent_get_summary(e));
}

QString description(icalcomponent* e)
{
    return QString::fromUtf8(icalcomponent_get_description(e));
}

QString location(icalcomponent* e)
{
    return QString::fromUtf8(icalcomponent_get_location(e));
}

QString tzidOf(icalcomponent* e, icalproperty_kind kind)
{
    icalproperty* p = icalcomponent_get_first_property(e, kind);
    icalparameter* tzid = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
    return tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString();
}

QString translated(const char* source, const char* comment = nullptr)
{
    return QCoreApplication::translate("CalendarExport", source, comment);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The physical lines of a file, without their CRLF; fails when a line ends otherwise.
QList<QByteArray> crlfLines(const QByteArray& ics)
{
    QList<QByteArray> lines = ics.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    for (QByteArray& line : lines) {
        if (!line.endsWith('\r')) {
            qWarning("A line does not end with CRLF: %s", line.constData());
            return {};
        }
        line.chop(1);
    }
    return lines;
}

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::TestSchool school;
        qint64 workshop = 0;
        qint64 conference = 0;
        qint64 anne = 0;
        qint64 paul = 0;

        Fixture()
        {
            workshop = test::addWorkshopAction(*school);
            Format format;
            format.code = QStringLiteral("AC");
            format.name = QStringLiteral("Ac'Truc²");
            Action action;
            action.formatId = *school->catalogue().insertFormat(format);
            action.title = QStringLiteral("Le droit à la déconnexion");
            conference = *school->catalogue().insertAction(action);
            anne = addPerson(QStringLiteral("Anne"), QStringLiteral("Martin"), false);
            paul = addPerson(QStringLiteral("Paul"), QStringLiteral("Petit"), true);
            if (!school->settings().setIdentity(
                    {QStringLiteral("Ville de Caluire-et-Cuire"), QStringLiteral("TRUC²"), {}})) {
                qFatal("Cannot name the school");
            }
        }
        qint64 addPerson(const QString& first, const QString& last, bool external)
        {
            Agent agent;
            agent.firstName = first;
            agent.lastName = last;
            agent.external = external;
            if (external) {
                agent.organisation = QStringLiteral("Cabinet Conseil");
            }
            const Result<qint64> id = school->agents().insert(agent);
            if (!id) {
                qFatal("%s", qPrintable(id.errorMessage()));
            }
            return *id;
        }
        Session add(qint64 action, const QDate& day, int fromHour, int toHour,
                    const QString& room = QStringLiteral("Salle A"),
                    SessionStatus status = SessionStatus::Confirmed)
        {
            Session s;
            s.actionId = action;
            s.startsAt = QDateTime(day, QTime(fromHour, 0));
            s.endsAt = QDateTime(day, QTime(toHour, 0));
            s.location = room;
            s.capacity = 12;
            s.status = status;
            if (status == SessionStatus::Cancelled) {
                s.cancelReason = QStringLiteral("Animatrice malade");
            }
            const Result<Session> saved = school->sessions().insert(s);
            if (!saved) {
                qFatal("%s", qPrintable(saved.errorMessage()));
            }
            return *saved;
        }
        QByteArray ics(const Period& period, const QString& format = {})
        {
            const Result<Calendar> calendar = buildCalendar(*school, period, format);
            if (!calendar) {
                qFatal("%s", qPrintable(calendar.errorMessage()));
            }
            return calendar->ics;
        }
        QString uid(const Session& s) { return calendarUid(s, school->database().schoolId()); }
    };

    static Period march() { return {QDate(2030, 3, 1), QDate(2030, 3, 31)}; }

private Q_SLOTS:
    void initTestCase() { TRUC2_REQUIRE_BACKEND(); }

    void writesOneEventPerSessionWithItsDetails()
    {
        Fixture f;
        Session planned = f.add(f.workshop, QDate(2030, 3, 4), 9, 12);
        planned.animators = {{f.anne, AnimatorRole::Animator}, {f.paul, AnimatorRole::Speaker}};
        planned.status = SessionStatus::Planned;
        QVERIFY(f.school->sessions().update(planned));
        QVERIFY(f.school->registrations().registerAgent(
            planned.id, f.addPerson(QStringLiteral("Chloé"), QStringLiteral("Durand"), false)));
        const Session held = f.add(f.conference, QDate(2030, 3, 5), 14, 16,
                                   QStringLiteral("Auditorium"), SessionStatus::Held);
        const Session cancelled = f.add(f.workshop, QDate(2030, 3, 6), 9, 12,
                                        QStringLiteral("Salle B"), SessionStatus::Cancelled);
        f.add(f.workshop, QDate(2030, 4, 1), 9, 12); // outside the period

        const QString path = QDir(f.school.dir()).filePath(QStringLiteral("mars.ics"));
        const Result<int> written = writeCalendar(*f.school, march(), {}, path);
        QVERIFY2(written, written ? "" : qPrintable(written.errorMessage()));
        QCOMPARE(*written, 3);
        const QByteArray ics = readFile(path);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!crlfLines(ics).isEmpty());

        const Parsed parsed(ics);
        QVERIFY(parsed.isCalendar());
        QCOMPARE(icalcomponent_count_errors(parsed.calendar.get()), 0);
        QCOMPARE(parsed.events().size(), 3);
        QCOMPARE(text(parsed.calendar.get(), ICAL_VERSION_PROPERTY), QStringLiteral("2.0"));
        QCOMPARE(text(parsed.calendar.get(), ICAL_CALSCALE_PROPERTY), QStringLiteral("GREGORIAN"));
        QCOMPARE(text(parsed.calendar.get(), ICAL_METHOD_PROPERTY), QStringLiteral("PUBLISH"));
        QCOMPARE(text(parsed.calendar.get(), ICAL_PRODID_PROPERTY),
                 QStringLiteral("-//TRUC2//NONSGML TRUC2 Programme//FR"));
        QVERIFY(parsed.x("X-WR-CALNAME").startsWith(QStringLiteral("TRUC² – ")));
        QVERIFY(parsed.x("X-WR-CALNAME").contains(QStringLiteral("01/03/2030")));
        QCOMPARE(parsed.x("X-WR-TIMEZONE"), QStringLiteral("Europe/Paris"));

        icalcomponent* p = parsed.event(f.uid(planned));
        QVERIFY(p);
        QCOMPARE(summary(p), QStringLiteral("Un truc² en + – Excel"));
        QCOMPARE(location(p), QStringLiteral("Salle A"));
        QCOMPARE(icalcomponent_get_status(p), ICAL_STATUS_TENTATIVE);
        QCOMPARE(text(p, ICAL_TRANSP_PROPERTY), QStringLiteral("OPAQUE"));
        QCOMPARE(text(p, ICAL_CATEGORIES_PROPERTY), QStringLiteral("Un truc² en +"));
        const QStringList lines = description(p).split(QLatin1Char('\n'));
        QVERIFY2(lines.contains(
                     translated("Animated by %1").arg(QStringLiteral("Anne Martin, Paul Petit"))),
                 qPrintable(description(p)));
        QVERIFY(lines.contains(QCoreApplication::translate(
                                   "CalendarExport", "%1 registered for %n seat(s)", nullptr, 12)
                                   .arg(1)));
        QVERIFY(lines.contains(translated("Session %1").arg(planned.code)));
        QVERIFY(icaltime_is_utc(icalcomponent_get_dtstamp(p)));

        icalcomponent* h = parsed.event(f.uid(held));
        QVERIFY(h);
        QCOMPARE(summary(h), QStringLiteral("Ac'Truc² – Le droit à la déconnexion"));
        QCOMPARE(icalcomponent_get_status(h), ICAL_STATUS_CONFIRMED);

        icalcomponent* c = parsed.event(f.uid(cancelled));
        QVERIFY(c);
        QCOMPARE(icalcomponent_get_status(c), ICAL_STATUS_CANCELLED);
        QCOMPARE(text(c, ICAL_TRANSP_PROPERTY), QStringLiteral("TRANSPARENT"));
        QCOMPARE(summary(c), translated("CANCELLED – %1", "summary of a cancelled session")
                                 .arg(QStringLiteral("Un truc² en + – Excel")));
        QVERIFY(description(c).startsWith(
            translated("This session is cancelled: %1").arg(QStringLiteral("Animatrice malade"))));
    }

    void theTimeZoneIsTheCompactOneOutlookReads()
    {
        Fixture f;
        const QByteArray ics = f.ics(march());
        const Parsed parsed(ics);
        const QList<icalcomponent*> zones = parsed.components(ICAL_VTIMEZONE_COMPONENT);
        QCOMPARE(zones.size(), 1);
        QCOMPARE(text(zones.first(), ICAL_TZID_PROPERTY), QStringLiteral("Europe/Paris"));
        QVERIFY(!ics.contains("X-LIC-LOCATION"));
        QVERIFY(!ics.contains("freeassociation"));
        QCOMPARE(icalcomponent_count_components(zones.first(), ICAL_XSTANDARD_COMPONENT), 1);
        QCOMPARE(icalcomponent_count_components(zones.first(), ICAL_XDAYLIGHT_COMPONENT), 1);
        for (const auto& [kind, month, from, to] :
             {std::tuple{ICAL_XSTANDARD_COMPONENT, 10, 7200, 3600},
              std::tuple{ICAL_XDAYLIGHT_COMPONENT, 3, 3600, 7200}}) {
            icalcomponent* o = icalcomponent_get_first_component(zones.first(), kind);
            const icalrecurrencetype rule =
                icalproperty_get_rrule(icalcomponent_get_first_property(o, ICAL_RRULE_PROPERTY));
            QCOMPARE(rule.freq, ICAL_YEARLY_RECURRENCE);
            QCOMPARE(int(rule.by_month[0]), month);
            QCOMPARE(int(rule.by_month[1]), int(ICAL_RECURRENCE_ARRAY_MAX));
            QCOMPARE(icalrecurrencetype_day_day_of_week(rule.by_day[0]), ICAL_SUNDAY_WEEKDAY);
            QCOMPARE(icalrecurrencetype_day_position(rule.by_day[0]), -1);
            QCOMPARE(icalproperty_get_tzoffsetfrom(
                         icalcomponent_get_first_property(o, ICAL_TZOFFSETFROM_PROPERTY)),
                     from);
            QCOMPARE(icalproperty_get_tzoffsetto(
                         icalcomponent_get_first_property(o, ICAL_TZOFFSETTO_PROPERTY)),
                     to);
            QCOMPARE(icalcomponent_get_dtstart(o).year, 1970);
        }
    }

    void timesAreParisWallClockThroughTheFilesOwnZone_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("utcHour");
        QTest::newRow("winter") << QDate(2030, 1, 15) << 8;
        QTest::newRow("summer") << QDate(2030, 7, 15) << 7;
        QTest::newRow("spring forward day") << QDate(2030, 3, 31) << 7;
        QTest::newRow("fall back day") << QDate(2030, 10, 27) << 8;
        QTest::newRow("day before fall back") << QDate(2030, 10, 26) << 7;
    }

    void timesAreParisWallClockThroughTheFilesOwnZone()
    {
        QFETCH(QDate, day);
        QFETCH(int, utcHour);
        Fixture f;
        const Session s = f.add(f.workshop, day, 9, 12);
        const Parsed parsed(f.ics({day, day}));
        QCOMPARE(parsed.events().size(), 1);
        icalcomponent* e = parsed.events().first();
        QCOMPARE(tzidOf(e, ICAL_DTSTART_PROPERTY), QStringLiteral("Europe/Paris"));
        QCOMPARE(tzidOf(e, ICAL_DTEND_PROPERTY), QStringLiteral("Europe/Paris"));
        QCOMPARE(text(e, ICAL_DTSTART_PROPERTY), day.toString(u"yyyyMMdd") + u"T090000");
        QCOMPARE(text(e, ICAL_DTEND_PROPERTY), day.toString(u"yyyyMMdd") + u"T120000");

        // Through the VTIMEZONE of the file itself, not a zone libical knows by heart.
        icaltimezone* zone = icalcomponent_get_timezone(parsed.calendar.get(), "Europe/Paris");
        QVERIFY(zone);
        QCOMPARE(icaltimezone_get_component(zone),
                 parsed.components(ICAL_VTIMEZONE_COMPONENT).first());
        icaltimetype start =
            icalproperty_get_dtstart(icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY));
        start = icaltime_set_timezone(&start, zone);
        const icaltimetype utc = icaltime_convert_to_zone(start, icaltimezone_get_utc_timezone());
        QCOMPARE(utc.year, day.year());
        QCOMPARE(utc.month, day.month());
        QCOMPARE(utc.day, day.day());
        QCOMPARE(utc.hour, utcHour);
        QCOMPARE(utc.minute, 0);
        // The same instant as the system's own Paris zone gives.
        const QDateTime paris(day, QTime(9, 0), QTimeZone("Europe/Paris"));
        QCOMPARE(paris.toUTC().time().hour(), utcHour);
        QCOMPARE(s.startsAt.time(), QTime(9, 0));
    }

    void uidsStayAndSequenceRisesWhenASessionMoves()
    {
        Fixture f;
        const Session a = f.add(f.workshop, QDate(2030, 3, 4), 9, 12);
        const Session b = f.add(f.workshop, QDate(2030, 3, 5), 9, 12);
        QVERIFY(f.uid(a).startsWith(a.code + u'@'));
        QVERIFY(f.uid(a) != f.uid(b));
        QVERIFY(!f.school->database().schoolId().isEmpty());
        QVERIFY(f.uid(a).endsWith(f.school->database().schoolId()));

        const Parsed first(f.ics(march()));
        const Parsed second(f.ics(march()));
        QStringList firstUids;
        QStringList secondUids;
        for (icalcomponent* e : first.events()) {
            firstUids << QString::fromUtf8(icalcomponent_get_uid(e));
            QCOMPARE(icalcomponent_get_sequence(e), 0);
        }
        for (icalcomponent* e : second.events()) {
            secondUids << QString::fromUtf8(icalcomponent_get_uid(e));
        }
        QCOMPARE(firstUids, secondUids);
        QCOMPARE(firstUids, (QStringList{f.uid(a), f.uid(b)}));

        // Moved to the afternoon, then to another room: same event, a newer version each time.
        Session moved = *f.school->sessions().session(a.id);
        moved.startsAt = QDateTime(QDate(2030, 3, 6), QTime(14, 0));
        moved.endsAt = QDateTime(QDate(2030, 3, 6), QTime(17, 0));
        QVERIFY(f.school->sessions().update(moved));
        const Parsed afterMove(f.ics(march()));
        icalcomponent* e = afterMove.event(f.uid(a));
        QVERIFY(e);
        QCOMPARE(icalcomponent_get_sequence(e), 1);
        QCOMPARE(text(e, ICAL_DTSTART_PROPERTY), QStringLiteral("20300306T140000"));
        QCOMPARE(icalcomponent_get_sequence(afterMove.event(f.uid(b))), 0);

        moved = *f.school->sessions().session(a.id);
        moved.location = QStringLiteral("Salle du conseil");
        QVERIFY(f.school->sessions().update(moved));
        const Parsed afterRoom(f.ics(march()));
        QCOMPARE(icalcomponent_get_sequence(afterRoom.event(f.uid(a))), 2);
        QCOMPARE(location(afterRoom.event(f.uid(a))), QStringLiteral("Salle du conseil"));
        QCOMPARE(afterRoom.events().size(), 2);
    }

    void anotherSchoolsSameCodeIsAnotherEvent()
    {
        Fixture one;
        Fixture two;
        const Session a = one.add(one.workshop, QDate(2030, 3, 4), 9, 12);
        const Session b = two.add(two.workshop, QDate(2030, 3, 4), 9, 12);
        QCOMPARE(a.code, b.code);
        QVERIFY(one.uid(a) != two.uid(b));
        // The identifier is the school's, not its name's: renaming keeps the UIDs.
        const QString before = one.uid(a);
        QVERIFY(one.school->settings().setIdentity(
            {QStringLiteral("Ville nouvelle"), QStringLiteral("École"), {}}));
        QVERIFY(Parsed(one.ics(march())).event(before));
    }

    void textIsEscapedAndComesBackExactly()
    {
        Fixture f;
        Session s = f.add(f.workshop, QDate(2030, 3, 4), 9, 12);
        const QString room = QStringLiteral("Bâtiment A; salle 2, étage \\ 3");
        const QString notes = QStringLiteral("Apporter : PC, chargeur; clé USB\\sauvegarde\n"
                                             "Deuxième ligne, avec « guillemets »");
        s = *f.school->sessions().session(s.id);
        s.location = room;
        s.notes = notes;
        QVERIFY(f.school->sessions().update(s));

        const QByteArray ics = f.ics(march());
        QVERIFY(ics.contains("LOCATION:Bâtiment A\\; salle 2\\, étage \\\\ 3\r\n"));
        const Parsed parsed(ics);
        icalcomponent* e = parsed.event(f.uid(s));
        QVERIFY(e);
        QCOMPARE(location(e), room);
        QVERIFY2(description(e).contains(notes), qPrintable(description(e)));
        QVERIFY(description(e).split(u'\n').contains(
            QStringLiteral("Deuxième ligne, avec « guillemets »")));
    }

    void longUtf8TextIsFoldedBetweenCharacters()
    {
        Fixture f;
        const QString base = QStringLiteral(
            "Cet atelier présente les fonctions avancées du tableur : tableaux croisés "
            "dynamiques, mises en forme conditionnelles, références absolues ; élaboré avec "
            "l’équipe des finances – qui a préparé des exercices à partir de données réelles "
            "anonymisées. Prévoir une clé USB, un ordinateur chargé et de la patience 𝄞 éèàù");
        QVERIFY(base.size() >= 300);
        // Shifted by 0 to 3 characters, so that folds fall on every byte of the multi-byte ones.
        QList<Session> sessions;
        for (int shift = 0; shift < 4; ++shift) {
            Session s = f.add(f.workshop, QDate(2030, 3, 4 + shift), 9, 12);
            s = *f.school->sessions().session(s.id);
            s.notes = QString(shift, u'x') + base;
            QVERIFY(f.school->sessions().update(s));
            sessions << s;
        }
        const QByteArray ics = f.ics(march());
        const QList<QByteArray> lines = crlfLines(ics);
        QVERIFY(!lines.isEmpty());
        int continued = 0;
        for (const QByteArray& line : lines) {
            QVERIFY2(line.size() <= 75, line.constData());
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder.decode(line);
            QVERIFY2(!decoder.hasError(), line.constData()); // no character cut in two
            QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
            continued += line.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(continued >= 4 * 4); // each description spans several lines
        const Parsed parsed(ics);
        for (int shift = 0; shift < 4; ++shift) {
            const QString d = description(parsed.event(f.uid(sessions.at(shift))));
            QVERIFY2(d.contains(QString(shift, u'x') + base), qPrintable(d));
        }
    }

    void formatFilterAndEmptyPeriod()
    {
        Fixture f;
        f.add(f.workshop, QDate(2030, 3, 4), 9, 12);
        f.add(f.workshop, QDate(2030, 3, 5), 9, 12);
        const Session talk = f.add(f.conference, QDate(2030, 3, 5), 14, 16, QStringLiteral("B"));

        const Result<Calendar> conferences =
            buildCalendar(*f.school, march(), QStringLiteral("ac"));
        QVERIFY(conferences);
        QCOMPARE(conferences->events, 1);
        const Parsed parsed(conferences->ics);
        QCOMPARE(parsed.events().size(), 1);
        QVERIFY(parsed.event(f.uid(talk)));
        QVERIFY(parsed.x("X-WR-CALNAME").contains(QStringLiteral("Ac'Truc²")));
        QCOMPARE(Parsed(f.ics(march(), QStringLiteral("UT"))).events().size(), 2);
        QCOMPARE(Parsed(f.ics(march())).events().size(), 3);

        const Result<Calendar> unknown = buildCalendar(*f.school, march(), QStringLiteral("XX"));
        QVERIFY(!unknown);
        QVERIFY(unknown.errorMessage().contains(QStringLiteral("XX")));
        QVERIFY(unknown.errorMessage().contains(QStringLiteral("AC")));
        QVERIFY(unknown.errorMessage().contains(QStringLiteral("UT")));
        QVERIFY(!checkCalendarFormat(*f.school, QStringLiteral("XX")));
        QVERIFY(checkCalendarFormat(*f.school, QStringLiteral("ut")));
        QVERIFY(!buildCalendar(*f.school, {QDate(2030, 3, 2), QDate(2030, 3, 1)}));

        const QByteArray empty = f.ics({QDate(2031, 1, 1), QDate(2031, 1, 31)});
        const Parsed none(empty);
        QVERIFY(none.isCalendar());
        QCOMPARE(icalcomponent_count_errors(none.calendar.get()), 0);
        QCOMPARE(none.events().size(), 0);
        QCOMPARE(none.components(ICAL_VTIMEZONE_COMPONENT).size(), 1);
        QVERIFY(!crlfLines(empty).isEmpty());
    }

    void anUnwritableFileIsNamedAndNothingIsLeft()
    {
        Fixture f;
        f.add(f.workshop, QDate(2030, 3, 4), 9, 12);
        const QString path =
            QDir(f.school.dir()).filePath(QStringLiteral("missing-folder/calendar.ics"));
        const Result<int> written = writeCalendar(*f.school, march(), {}, path);
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().contains(QDir::toNativeSeparators(path)),
                 qPrintable(written.errorMessage()));
        QVERIFY(!QFile::exists(path));

        // An existing calendar is replaced whole.
        const QString existing = QDir(f.school.dir()).filePath(QStringLiteral("old.ics"));
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100'000, 'x'));
        old.close();
        QVERIFY(writeCalendar(*f.school, march(), {}, existing));
        const QByteArray now = readFile(existing);
        QVERIFY(now.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(!now.contains("xxxx"));
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
