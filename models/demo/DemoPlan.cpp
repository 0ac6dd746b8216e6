#include "demo/DemoPlan.h"

#include "demo/DemoData.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace truc2::demo {
namespace {

/// Weekdays (bit n for Qt's day n) on which a format meets.
int weekdays(int format)
{
    constexpr int mon = 1 << 1, tue = 1 << 2, wed = 1 << 3, thu = 1 << 4, fri = 1 << 5;
    switch (format) {
    case UT:
        return mon | tue | thu | fri; // not Wednesday: many part-time agents are off
    case AC:
        return tue | thu;
    case EC:
        return thu;
    case CM:
        return tue;
    default:
        return mon | tue | wed | thu | fri;
    }
}

struct Timing
{
    QTime start;
    QTime end;
    int slots;
};

Timing timing(int format, int durationMinutes)
{
    switch (format) {
    case UT:
        return durationMinutes >= 180 ? Timing{QTime(9, 0), QTime(12, 0), Morning}
                                      : Timing{QTime(14, 0), QTime(16, 30), Afternoon};
    case AC:
        return durationMinutes >= 90 ? Timing{QTime(17, 30), QTime(19, 0), Evening}
                                     : Timing{QTime(12, 15), QTime(13, 30), Lunch};
    case PR:
        return {QTime(9, 0), QTime(17, 0), FullDay};
    case EC:
        return {QTime(12, 15), QTime(13, 30), Lunch};
    default:
        return {QTime(14, 0), QTime(16, 0), Afternoon};
    }
}

QDate nextWorkingDay(QDate day)
{
    do {
        day = day.addDays(1);
    } while (!isWorkingDay(day));
    return day;
}

/// `count` days of the segment's window, spread evenly over its meeting days.
QList<QDate> chooseDays(const Segment& segment, DemoRandom& random)
{
    QList<QDate> candidates;
    for (QDate d = segment.from; d <= segment.to; d = d.addDays(1)) {
        if (isWorkingDay(d) && (weekdays(segment.format) & (1 << d.dayOfWeek())) != 0) {
            candidates.append(d);
        }
    }
    for (QDate d = segment.from; candidates.isEmpty() && d <= segment.to; d = d.addDays(1)) {
        if (isWorkingDay(d)) {
            candidates.append(d);
        }
    }
    QList<QDate> days;
    const qsizetype n = segment.count;
    const qsizetype c = candidates.size();
    for (qsizetype i = 0; c > 0 && i < n; ++i) {
        if (n <= c) {
            const qsizetype low = i * c / n;
            const qsizetype high = (i + 1) * c / n;
            days.append(candidates[low + random.index(high - low)]);
        } else {
            days.append(candidates[i * c / n]);
        }
    }
    return days;
}

/// Values in [mins[i], maxs[i]] adding up to exactly `total`; empty when impossible.
QList<int> partition(int total, const QList<int>& mins, const QList<int>& maxs, DemoRandom& random)
{
    QList<int> values = mins;
    int low = 0;
    int high = 0;
    for (qsizetype i = 0; i < mins.size(); ++i) {
        low += mins[i];
        high += maxs[i];
    }
    if (total < low || total > high) {
        return {};
    }
    for (int remaining = total - low; remaining > 0;) {
        const qsizetype i = random.index(values.size());
        if (values[i] < maxs[i]) {
            ++values[i];
            --remaining;
        }
    }
    return values;
}

struct Range
{
    int low;
    int high;
};

/// Participants of a held session, counting anonymous ones.
Range participantRange(int format, int capacity)
{
    switch (format) {
    case UT:
        return {3, std::max(3, capacity)};
    case AC:
        return {8, 40};
    case PR:
        return {4, 12};
    case EC:
        return {4, 10};
    default:
        return {6, 16};
    }
}

/// What a session's participants usually are, when no published figure says.
int naturalParticipants(int format, int capacity, DemoRandom& random)
{
    switch (format) {
    case UT:
        return random.between(std::max(3, capacity / 2), std::max(3, capacity));
    case AC:
        return random.between(12, 35);
    case PR:
        return random.between(5, 11);
    case EC:
        return random.between(4, 10);
    default:
        return random.between(8, 15);
    }
}

int naturalRegistrations(int format, int capacity, DemoRandom& random)
{
    switch (format) {
    case UT:
        return std::max(2, capacity - random.between(0, 3));
    case AC:
        return random.between(10, 25);
    case PR:
        return random.between(6, 11);
    case EC:
        return random.between(5, 10);
    default:
        return random.between(8, 14);
    }
}

bool covidPeriod(const QDate& day)
{
    return day >= QDate(2020, 3, 16) && day <= QDate(2021, 6, 8);
}

QString roomName(int format, qsizetype room, int site, int sites)
{
    const QString base = formatRooms(format).at(room);
    if (sites <= 1) {
        return base;
    }
    const QStringList names = siteNames();
    QString siteName = names.at(site % names.size());
    if (site >= names.size()) {
        siteName += QLatin1Char(' ') + QString::number(site / names.size() + 1);
    }
    return siteName + u" — "_s + base;
}

/// Occupancy keys: volunteers by index, then rooms, then external speakers.
constexpr qint64 kRoomKeys = 1'000'000;
constexpr qint64 kExternalKeys = 5'000'000;

/// Who is busy when: rooms and animators, by day and part of the day.
class Occupancy
{
public:
    bool isFree(qint64 who, const QDate& day, int slots) const
    {
        return (m_busy.value(key(who, day)) & slots) == 0;
    }
    void take(qint64 who, const QDate& day, int slots) { m_busy[key(who, day)] |= slots; }

private:
    static qint64 key(qint64 who, const QDate& day) { return day.toJulianDay() * 10'000'000 + who; }
    QHash<qint64, int> m_busy;
};

} // namespace

Result<QList<PlannedSession>> planSessions(const PlanInput& input, DemoRandom& random)
{
    const QList<ActionSpec>& actions = actionSpecs();
    const QList<Format> formats = formatSpecs();
    // The actions each profile animates, per format; the volunteers of each format.
    QList<QList<int>> actionsOf[FormatCount];
    QList<int> formatPool[FormatCount];
    for (int f = 0; f < FormatCount; ++f) {
        actionsOf[f].resize(kVolunteerProfiles);
        for (int a = 0; a < actions.size(); ++a) {
            if (actions[a].action.formatId == f) {
                for (int profile : actions[a].animatorProfiles) {
                    actionsOf[f][profile].append(a);
                }
            }
        }
        for (int v = 0; v < input.volunteers; ++v) {
            if (!actionsOf[f][v % kVolunteerProfiles].isEmpty()) {
                formatPool[f].append(v);
            }
        }
    }

    // Days first, in date order, so that rooms and animators are booked as time goes.
    QList<PlannedSession> plan;
    for (int s = 0; s < input.segments.size(); ++s) {
        const Segment& segment = input.segments[s];
        for (const QDate& day : chooseDays(segment, random)) {
            PlannedSession p;
            p.segment = s;
            p.format = segment.format;
            p.start = QDateTime(day, QTime(0, 0), Qt::UTC);
            p.status = segment.status;
            p.cancelReason = segment.cancelReason;
            p.twoDays = segment.twoDays;
            plan.append(p);
        }
    }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const PlannedSession& a, const PlannedSession& b) {
                         return a.start.date() < b.start.date();
                     });

    const QDate until = input.automaticStatusesUntil;
    const QStringList otherReasons{u"Animateur indisponible"_s, u"Nombre d'inscrits insuffisant"_s,
                                   u"Salle indisponible"_s};
    Occupancy occupancy;
    QHash<QString, int> rotation; // per format and pool: who animates next
    QList<int> actionTurn(input.volunteers);
    for (int v = 0; v < input.volunteers; ++v) {
        actionTurn[v] = v / kVolunteerProfiles;
    }
    int nextExternal = 0;
    // Every room of every site, booked by name: formats share some of them.
    QStringList roomNames[FormatCount];
    QList<qint64> roomKeys[FormatCount];
    QHash<QString, qint64> roomIds;
    for (int f = 0; f < FormatCount; ++f) {
        const qsizetype rooms = formatRooms(f).size();
        for (qsizetype choice = 0; choice < rooms * input.sites; ++choice) {
            const QString name = roomName(f, choice % rooms, int(choice / rooms), input.sites);
            auto id = roomIds.constFind(name);
            if (id == roomIds.constEnd()) {
                id = roomIds.insert(name, roomIds.size());
            }
            roomNames[f].append(name);
            roomKeys[f].append(kRoomKeys + *id);
        }
    }
    for (PlannedSession& p : plan) {
        const Segment& segment = input.segments[p.segment];
        const QDate day = p.start.date();
        const int f = p.format;
        if (until.isValid() && p.status == SessionStatus::Held) {
            if ((day >= QDate(2020, 3, 17) && day <= QDate(2020, 5, 10)) ||
                (day >= QDate(2020, 10, 30) && day <= QDate(2020, 12, 14))) {
                p.status = SessionStatus::Cancelled;
                p.cancelReason = u"Crise sanitaire"_s;
            } else if (day > until) {
                p.status = SessionStatus::Confirmed;
            } else if (random.chance(0.03)) {
                p.status = SessionStatus::Cancelled;
                p.cancelReason = random.pick(otherReasons);
            }
        }
        const QList<int>& pool = segment.pool.isEmpty() ? formatPool[f] : segment.pool;
        if (pool.isEmpty()) {
            return Error{QCoreApplication::translate("DemoSchool", "No animator for a format.")};
        }
        QString poolKey = QString::number(f);
        for (int v : segment.pool) {
            poolKey += QLatin1Char(',') + QString::number(v);
        }
        if (!rotation.contains(poolKey)) {
            rotation.insert(poolKey, segment.pool.isEmpty() ? int(random.index(pool.size())) : 0);
        }
        int& turn = rotation[poolKey];
        const QDate secondDay = p.twoDays ? nextWorkingDay(day) : QDate();
        const auto actionFor = [&](int v) {
            if (segment.forcedAction >= 0) {
                return segment.forcedAction;
            }
            const QList<int>& own = actionsOf[f][v % kVolunteerProfiles];
            return own.isEmpty() ? actionsOf[f][pool.first() % kVolunteerProfiles].value(0, 0)
                                 : own[actionTurn[v] % own.size()];
        };
        const auto isFree = [&](int v, int slots) {
            return occupancy.isFree(v, day, slots) &&
                   (!secondDay.isValid() || occupancy.isFree(v, secondDay, slots));
        };
        // The main animator: the next one of the pool who is free then.
        const int tries = int(std::min<qsizetype>(pool.size(), 40));
        int chosen = 0;
        for (int t = 0; t < tries; ++t) {
            const int v = pool[(turn + t) % pool.size()];
            const int a = actionFor(v);
            if (isFree(v, timing(f, actions[a].action.durationMinutes).slots) || t == tries - 1) {
                chosen = t;
                break;
            }
        }
        const int lead = pool[(turn + chosen) % pool.size()];
        turn = (turn + chosen + 1) % int(pool.size());
        p.action = actionFor(lead);
        ++actionTurn[lead];
        const Timing time = timing(f, actions[p.action].action.durationMinutes);
        p.slots = time.slots;
        // Wall-clock times, kept in UTC so that comparing and formatting them costs no
        // time-zone conversion (the stored text is the same).
        p.start = QDateTime(day, time.start, Qt::UTC);
        p.end = QDateTime(secondDay.isValid() ? secondDay : day, time.end, Qt::UTC);
        p.animators = {lead};
        // A second animator for exam preparations, sometimes for the managers' community.
        if (f == PR || (f == CM && pool.size() > 1 && random.chance(0.5))) {
            for (int t = 0; t < pool.size() - 1; ++t) {
                const int v = pool[(turn + t) % pool.size()];
                if (v != lead && isFree(v, time.slots)) {
                    p.animators.append(v);
                    break;
                }
            }
        }
        for (int v : std::as_const(p.animators)) {
            occupancy.take(v, day, time.slots);
            if (secondDay.isValid()) {
                occupancy.take(v, secondDay, time.slots);
            }
        }
        if (f == AC && input.externals > 0 &&
            (segment.externalSpeaker ||
             (until.isValid() && day >= QDate(2021, 9, 1) && random.chance(0.3)))) {
            // The next external speaker free that day, if any.
            for (int t = 0; p.external < 0 && t < input.externals; ++t) {
                const int e = (nextExternal + t) % input.externals;
                if (occupancy.isFree(kExternalKeys + e, day, time.slots)) {
                    p.external = e;
                    occupancy.take(kExternalKeys + e, day, time.slots);
                    nextExternal = e + 1;
                }
            }
        }
        // The room: on site (a free one), or on Teams during the health crisis.
        if (f != PR && covidPeriod(day) && random.chance(0.5)) {
            p.room = remoteRoom();
        } else {
            const qsizetype choices = roomNames[f].size();
            const qsizetype firstChoice = random.index(choices);
            const auto roomIsFree = [&](qint64 key) {
                return occupancy.isFree(key, day, time.slots) &&
                       (!secondDay.isValid() || occupancy.isFree(key, secondDay, time.slots));
            };
            qint64 freeKey = -1;
            for (qsizetype c = 0; freeKey < 0 && c < choices; ++c) {
                const qsizetype choice = (firstChoice + c) % choices;
                if (roomIsFree(roomKeys[f][choice])) {
                    freeKey = roomKeys[f][choice];
                    p.room = roomNames[f][choice];
                }
            }
            if (freeKey < 0) {
                p.room = remoteRoom(); // every room is taken: the session goes on Teams
            } else {
                occupancy.take(freeKey, day, time.slots);
                if (secondDay.isValid()) {
                    occupancy.take(freeKey, secondDay, time.slots);
                }
            }
        }
        p.capacity = f == UT ? actions[p.action].action.defaultCapacity : (f == PR ? 12 : 0);
    }

    // Participants: published totals shared exactly by their sessions, plausible ones elsewhere.
    QList<QList<qsizetype>> quotaSessions(input.quotas.size());
    for (qsizetype i = 0; i < plan.size(); ++i) {
        PlannedSession& p = plan[i];
        const int quota = input.segments[p.segment].quota;
        if (p.status == SessionStatus::Held && quota >= 0) {
            quotaSessions[quota].append(i);
            p.exact = true;
        } else if (p.status == SessionStatus::Held) {
            p.participants = naturalParticipants(p.format, p.capacity, random);
        } else if (p.status == SessionStatus::Confirmed) {
            p.participants = naturalRegistrations(p.format, p.capacity, random);
        } else {
            p.participants = random.chance(0.6) ? random.between(2, 6) : 0;
        }
    }
    for (qsizetype q = 0; q < quotaSessions.size(); ++q) {
        QList<int> mins;
        QList<int> maxs;
        for (qsizetype i : std::as_const(quotaSessions[q])) {
            const Range range = participantRange(plan[i].format, plan[i].capacity);
            mins.append(range.low);
            maxs.append(range.high);
        }
        const QList<int> values = partition(input.quotas[q], mins, maxs, random);
        if (values.size() != quotaSessions[q].size()) {
            return Error{QCoreApplication::translate(
                "DemoSchool", "The demo programme cannot reach its published participants.")};
        }
        for (qsizetype k = 0; k < values.size(); ++k) {
            plan[quotaSessions[q][k]].participants = values[k];
        }
    }

    // Survey answers: exact where published, about a third of the participants elsewhere.
    QList<bool> inQuota(plan.size(), false);
    for (const ResponseQuota& quota : input.responseQuotas) {
        QList<qsizetype> sessions;
        QList<int> mins;
        QList<int> maxs;
        for (qsizetype i = 0; i < plan.size(); ++i) {
            const PlannedSession& p = plan[i];
            if (p.format == quota.format && p.status == SessionStatus::Held &&
                p.start.date() >= quota.from && p.start.date() <= quota.to) {
                sessions.append(i);
                mins.append(0);
                maxs.append(p.participants);
                inQuota[i] = true;
            }
        }
        QList<int> answers;
        answers.append(QList<int>(quota.yes, 1));
        answers.append(QList<int>(quota.no, 0));
        answers.append(QList<int>(quota.blank, -1));
        random.shuffle(answers);
        const QList<int> counts = partition(int(answers.size()), mins, maxs, random);
        if (counts.size() != sessions.size()) {
            return Error{QCoreApplication::translate(
                "DemoSchool", "The demo programme cannot reach its published survey answers.")};
        }
        qsizetype next = 0;
        for (qsizetype k = 0; k < sessions.size(); ++k) {
            plan[sessions[k]].responses = answers.mid(next, counts[k]);
            next += counts[k];
        }
    }
    for (qsizetype i = 0; i < plan.size(); ++i) {
        PlannedSession& p = plan[i];
        if (inQuota[i] || p.status != SessionStatus::Held) {
            continue;
        }
        const bool open = p.format == AC || p.format == EC;
        const double rate = open ? random.real(0.15, 0.35) : random.real(0.3, 0.5);
        const int count = int(std::lround(p.participants * rate));
        for (int k = 0; k < count; ++k) {
            const double draw = random.real(0, 1);
            p.responses.append(draw < 0.84 ? 1 : (draw < 0.96 ? 0 : -1));
        }
    }

    // Codes follow the start within each format and year.
    std::stable_sort(
        plan.begin(), plan.end(),
        [](const PlannedSession& a, const PlannedSession& b) { return a.start < b.start; });
    QHash<int, int> numbers;
    for (PlannedSession& p : plan) {
        const int year = p.start.date().year();
        const int number = ++numbers[year * 16 + p.format];
        p.code = sessionCode(formats[p.format].code, year, number);
    }
    return plan;
}

} // namespace truc2::demo
