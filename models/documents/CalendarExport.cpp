#include "documents/CalendarExport.h"

#include "School.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

#include <libical/ical.h>
#include <memory>
#include <optional>

namespace truc2 {
namespace {

/// The translation context of the calendar's texts.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    CalendarExport() = delete;
};

// Names the program that wrote the file, not the organisation: it never changes.
constexpr auto kProductId = "-//TRUC2//NONSGML TRUC2 Programme//FR";

struct ComponentFree
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

/// Text as a calendar value holds it: one kind of line break (libical writes it as \n), no
/// other control character (RFC 5545 forbids them), nothing dangling at either end.
QByteArray text(QString value)
{
    value.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), u'\n');
    value.removeIf([](QChar c) {
        return (c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f;
    });
    return value.trimmed().toUtf8();
}

icalproperty* named(icalproperty* property, const char* xName)
{
    icalproperty_set_x_name(property, xName);
    return property;
}

/// A wall-clock time of the school, written with TZID=Europe/Paris.
icalproperty* inSchoolZone(icalproperty* property)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(kCalendarTimeZone));
    return property;
}

icaltimetype wallClock(const QDateTime& at)
{
    icaltimetype time = icaltime_null_time();
    time.year = at.date().year();
    time.month = at.date().month();
    time.day = at.date().day();
    time.hour = at.time().hour();
    time.minute = at.time().minute();
    time.second = at.time().second();
    time.is_date = 0;
    time.zone = nullptr;
    return time;
}

/// One rule of the zone: from `start` (a local time of 1970) on, every year as `rule` says,
/// the offset goes from `from` to `to` seconds east of UTC.
icalcomponent* observance(icalcomponent_kind kind, const char* name, int from, int to,
                          const char* start, const char* rule)
{
    icalcomponent* component = icalcomponent_new(kind);
    icalcomponent_add_property(component, icalproperty_new_tzname(name));
    icalcomponent_add_property(component, icalproperty_new_tzoffsetfrom(from));
    icalcomponent_add_property(component, icalproperty_new_tzoffsetto(to));
    icalcomponent_add_property(component, icalproperty_new_dtstart(icaltime_from_string(start)));
    icalcomponent_add_property(component,
                               icalproperty_new_rrule(icalrecurrencetype_from_string(rule)));
    return component;
}

/// Europe/Paris as Outlook wants it: the present rules only (since 1996, the last Sunday of
/// March and of October), each a yearly RRULE from 1970. libical's built-in zone would write
/// every historic change since 1891 under a TZID of its own ("/freeassociation.sourceforge.net/
/// Europe/Paris") with an X-LIC-LOCATION, which Outlook does not match to its own zones.
icalcomponent* parisZone()
{
    icalcomponent* zone = icalcomponent_new_vtimezone();
    icalcomponent_add_property(zone, icalproperty_new_tzid(kCalendarTimeZone));
    icalcomponent_add_component(zone,
                                observance(ICAL_XDAYLIGHT_COMPONENT, "CEST", 3600, 7200,
                                           "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    icalcomponent_add_component(zone,
                                observance(ICAL_XSTANDARD_COMPONENT, "CET", 7200, 3600,
                                           "19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    return zone;
}

icalproperty_status eventStatus(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return ICAL_STATUS_TENTATIVE;
    case SessionStatus::Confirmed:
    case SessionStatus::Held:
        return ICAL_STATUS_CONFIRMED;
    case SessionStatus::Cancelled:
        return ICAL_STATUS_CANCELLED;
    }
    return ICAL_STATUS_TENTATIVE;
}

QString summary(const ProgrammeEntry& entry)
{
    const QString title = entry.formatName.isEmpty()
                              ? entry.actionTitle
                              : entry.formatName + QStringLiteral(" – ") + entry.actionTitle;
    // Outlook shows a cancelled event like any other: the summary says it too.
    return entry.isCancelled()
               ? CalendarExport::tr("CANCELLED – %1", "summary of a cancelled session").arg(title)
               : title;
}

QString description(const ProgrammeEntry& entry)
{
    QStringList lines;
    if (entry.isCancelled()) {
        lines << (entry.session.cancelReason.trimmed().isEmpty()
                      ? CalendarExport::tr("This session is cancelled.")
                      : CalendarExport::tr("This session is cancelled: %1")
                            .arg(entry.session.cancelReason.trimmed()));
    }
    if (!entry.animators.isEmpty()) {
        lines << CalendarExport::tr("Animated by %1").arg(entry.animatorNames());
    }
    if (entry.session.capacity > 0) {
        lines << CalendarExport::tr("%1 registered for %n seat(s)", nullptr, entry.session.capacity)
                     .arg(entry.registered);
    } else if (entry.registered > 0) {
        lines << CalendarExport::tr("%n registered", nullptr, entry.registered);
    }
    if (entry.waitlisted > 0) {
        lines << CalendarExport::tr("%n on the waiting list", nullptr, entry.waitlisted);
    }
    if (const QString notes = entry.session.notes.trimmed(); !notes.isEmpty()) {
        lines << notes;
    }
    lines << CalendarExport::tr("Session %1").arg(entry.session.code);
    return lines.join(QLatin1Char('\n'));
}

/// A category is a list item: libical writes its commas and semicolons as they are, where they
/// would split it, so they become spaces.
QByteArray category(QString name)
{
    name.replace(QLatin1Char(','), QLatin1Char(' ')).replace(QLatin1Char(';'), QLatin1Char(' '));
    return text(name.simplified());
}

icalcomponent* event(const ProgrammeEntry& entry, const CalendarInfo& info, icaltimetype stamp)
{
    const Session& session = entry.session;
    icalcomponent* vevent = icalcomponent_new_vevent();
    auto add = [vevent](icalproperty* property) {
        icalcomponent_add_property(vevent, property);
    };
    add(icalproperty_new_uid(calendarUid(session, info.schoolId).toUtf8().constData()));
    add(icalproperty_new_dtstamp(stamp));
    add(inSchoolZone(icalproperty_new_dtstart(wallClock(session.startsAt))));
    add(inSchoolZone(icalproperty_new_dtend(wallClock(session.endsAt))));
    add(icalproperty_new_sequence(session.sequence));
    add(icalproperty_new_status(eventStatus(session.status)));
    // A cancelled session no longer takes the time of those who had it in their calendar.
    add(icalproperty_new_transp(entry.isCancelled() ? ICAL_TRANSP_TRANSPARENT
                                                    : ICAL_TRANSP_OPAQUE));
    add(icalproperty_new_summary(text(summary(entry)).constData()));
    if (const QByteArray location = text(session.location); !location.isEmpty()) {
        add(icalproperty_new_location(location.constData()));
    }
    add(icalproperty_new_description(text(description(entry)).constData()));
    if (const QByteArray name = category(entry.formatName); !name.isEmpty()) {
        add(icalproperty_new_categories(name.constData()));
    }
    return vevent;
}

QString calendarName(const SchoolIdentity& identity, const Period& period,
                     const QString& formatName)
{
    QString name = !identity.schoolName.trimmed().isEmpty() ? identity.schoolName.trimmed()
                   : !identity.organisationName.trimmed().isEmpty()
                       ? identity.organisationName.trimmed()
                       : QStringLiteral("TRUC²");
    if (!formatName.isEmpty()) {
        name += QStringLiteral(" – ") + formatName;
    }
    const QString day = QStringLiteral("dd/MM/yyyy");
    return CalendarExport::tr("%1 – programme from %2 to %3")
        .arg(name, period.from.toString(day), period.to.toString(day));
}

/// The format a code names (any case); none for an empty code.
Result<std::optional<Format>> findFormat(School& school, const QString& code)
{
    if (code.trimmed().isEmpty()) {
        return std::optional<Format>();
    }
    const Result<QList<Format>> formats = school.catalogue().formats();
    if (!formats) {
        return formats.error();
    }
    QStringList codes;
    for (const Format& format : *formats) {
        if (format.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0) {
            return std::optional<Format>(format);
        }
        codes << format.code;
    }
    if (codes.isEmpty()) {
        return Error{CalendarExport::tr("Unknown format “%1”: the school has no format yet.")
                         .arg(code.trimmed())};
    }
    return Error{CalendarExport::tr("Unknown format “%1”: the school's formats are %2.")
                     .arg(code.trimmed(), codes.join(QStringLiteral(", ")))};
}

/// The school's identifier, or for a school opened read-only that never got one, one made of
/// its organisation's name (stable as long as the name is).
QString schoolIdOf(School& school, const SchoolIdentity& identity)
{
    if (const QString id = school.database().schoolId(); !id.isEmpty()) {
        return id;
    }
    const QByteArray name = identity.organisationName.trimmed().toUtf8();
    return QStringLiteral("org-") +
           QString::fromLatin1(
               QCryptographicHash::hash(name, QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

QString calendarUid(const Session& session, const QString& schoolId)
{
    return session.code + QLatin1Char('@') + schoolId;
}

QByteArray calendarIcs(const QList<ProgrammeEntry>& entries, const CalendarInfo& info)
{
    Component calendar(icalcomponent_new_vcalendar());
    auto add = [&calendar](icalproperty* property) {
        icalcomponent_add_property(calendar.get(), property);
    };
    add(icalproperty_new_prodid(kProductId));
    add(icalproperty_new_version("2.0"));
    add(icalproperty_new_calscale("GREGORIAN"));
    add(icalproperty_new_method(ICAL_METHOD_PUBLISH));
    // Outlook and Google take the calendar's name and zone from these.
    if (const QByteArray name = text(info.name); !name.isEmpty()) {
        add(named(icalproperty_new_x(name.constData()), "X-WR-CALNAME"));
    }
    add(named(icalproperty_new_x(kCalendarTimeZone), "X-WR-TIMEZONE"));
    icalcomponent_add_component(calendar.get(), parisZone());

    const QDateTime stampedAt =
        info.stampedAt.isValid() ? info.stampedAt : QDateTime::currentDateTimeUtc();
    const icaltimetype stamp = icaltime_from_timet_with_zone(time_t(stampedAt.toSecsSinceEpoch()),
                                                             0, icaltimezone_get_utc_timezone());
    for (const ProgrammeEntry& entry : entries) {
        icalcomponent_add_component(calendar.get(), event(entry, info, stamp));
    }
    char* written = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray ics(written);
    icalmemory_free_buffer(written);
    return ics;
}

Status checkCalendarFormat(School& school, const QString& formatCode)
{
    const Result<std::optional<Format>> format = findFormat(school, formatCode);
    if (!format) {
        return format.error();
    }
    return {};
}

Result<Calendar> buildCalendar(School& school, const Period& period, const QString& formatCode)
{
    if (!period.isValid()) {
        return Error{CalendarExport::tr("The period ends before it starts.")};
    }
    const Result<std::optional<Format>> format = findFormat(school, formatCode);
    if (!format) {
        return format.error();
    }
    Result<QList<ProgrammeEntry>> entries = school.sessions().programme(period.from, period.to);
    if (!entries) {
        return entries.error();
    }
    if (*format) {
        const qint64 formatId = (*format)->id;
        entries->removeIf([formatId](const ProgrammeEntry& e) { return e.formatId != formatId; });
    }
    const Result<SchoolIdentity> identity = school.settings().identity();
    if (!identity) {
        return identity.error();
    }
    CalendarInfo info;
    info.name = calendarName(*identity, period, *format ? (*format)->name : QString());
    info.schoolId = schoolIdOf(school, *identity);
    return Calendar{calendarIcs(*entries, info), int(entries->size())};
}

Result<int> writeCalendar(School& school, const Period& period, const QString& formatCode,
                          const QString& path)
{
    const Result<Calendar> calendar = buildCalendar(school, period, formatCode);
    if (!calendar) {
        return calendar.error();
    }
    // Written beside the target and renamed over it once complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar->ics) != calendar->ics.size() ||
        !file.commit()) {
        return Error{CalendarExport::tr("Cannot write the calendar %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return calendar->events;
}

} // namespace truc2
