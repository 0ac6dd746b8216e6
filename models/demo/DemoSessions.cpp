#include "demo/DemoSessions.h"

#include "School.h"
#include "demo/DemoData.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <span>

using namespace Qt::StringLiterals;

namespace truc2::demo {
namespace {

// Fixed seeds: the same plan always gives the same registrations and answers.
constexpr quint32 kRegistrationSeed = 20210531;
constexpr quint32 kSurveySeed = 416;

/// The translation context of the demo school's messages.
struct DemoSchoolText
{
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)
};

/// Generated times are the school's wall-clock times; they are kept in UTC only so that no
/// time-zone conversion runs for each of the many rows (the stored text is the same).
QDateTime at(const QDate& day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

/// Writes the planned sessions with their animators, registrations and survey answers.
class SessionWriter
{
public:
    SessionWriter(School& school, const Directory& directory, QList<qint64> formatIds,
                  QList<qint64> actionIds)
        : m_school(school)
        , m_dir(directory)
        , m_formatIds(std::move(formatIds))
        , m_actionIds(std::move(actionIds))
    {}

    /// Writes the whole programme, a batch of sessions at a time; `progress` gets the number
    /// of sessions written.
    Status writeAll(const QList<PlannedSession>& plan, const std::function<void(int)>& progress);

private:
    /// The session to save; `named` gets how many participants come with their names.
    Session sessionOf(const PlannedSession& p, int& named);
    Status writeRegistrations(const PlannedSession& p, qint64 sessionId, int named);
    /// Writes the registrations and answers still buffered.
    Status flush();

    struct Attendee
    {
        int person;
        RegistrationStatus status;
        Attendance attendance;
        int waitingPosition = 0;
    };

    /// A possible participant from `pool` (the engaged agents most often), still at the city
    /// that day and not yet in `taken`; -1 when none is found.
    int draw(const QList<int>& pool, const QDate& day, QSet<int>& taken, bool preferEngaged);
    QList<int> drawMany(const QList<int>& pool, int count, const QDate& day, QSet<int>& taken,
                        bool preferEngaged);
    QList<int>& cycleGroup(const PlannedSession& p);
    QList<Attendee> attendees(const PlannedSession& p, int named, QSet<int>& taken);
    Status addResponses(const PlannedSession& p, qint64 sessionId, int participants);

    School& m_school;
    const Directory& m_dir;
    QList<qint64> m_formatIds;
    QList<qint64> m_actionIds;
    DemoRandom m_random{kRegistrationSeed};
    DemoRandom m_survey{kSurveySeed};
    QList<Registration> m_registrations; ///< Buffered for the bulk insert.
    QList<SurveyResponse> m_responses;
    QHash<QString, QList<int>> m_cycleGroups;
    QHash<QString, int> m_cycleSessions;
};

int SessionWriter::draw(const QList<int>& pool, const QDate& day, QSet<int>& taken,
                        bool preferEngaged)
{
    for (int attempt = 0; attempt < 60 && !pool.isEmpty(); ++attempt) {
        const bool engaged = preferEngaged && !m_dir.engaged.isEmpty() && m_random.chance(0.8);
        const int person = m_random.pick(engaged ? m_dir.engaged : pool);
        const QDate leftOn = m_dir.people[person].leftOn;
        if (!taken.contains(person) && (!leftOn.isValid() || day < leftOn)) {
            taken.insert(person);
            return person;
        }
    }
    return -1;
}

QList<int> SessionWriter::drawMany(const QList<int>& pool, int count, const QDate& day,
                                   QSet<int>& taken, bool preferEngaged)
{
    QList<int> result;
    if (pool.size() > 3 * count) {
        while (result.size() < count) {
            const int person = draw(pool, day, taken, preferEngaged);
            if (person < 0) {
                break;
            }
            result.append(person);
        }
        return result;
    }
    // A small pool (members, candidates): go through it in a shuffled order.
    QList<int> order = pool;
    m_random.shuffle(order);
    for (int person : std::as_const(order)) {
        const QDate leftOn = m_dir.people[person].leftOn;
        if (result.size() < count && !taken.contains(person) &&
            (!leftOn.isValid() || day < leftOn)) {
            taken.insert(person);
            result.append(person);
        }
    }
    return result;
}

QList<int>& SessionWriter::cycleGroup(const PlannedSession& p)
{
    // A cycle is the sessions of one preparation in one school year, four at most.
    const QDate day = p.start.date();
    const int schoolYear = day.month() >= 9 ? day.year() : day.year() - 1;
    const QString base = u"%1/%2"_s.arg(p.action).arg(schoolYear);
    const int ordinal = m_cycleSessions[base]++;
    return m_cycleGroups[base + u"/%1"_s.arg(ordinal / 4)];
}

QList<SessionWriter::Attendee> SessionWriter::attendees(const PlannedSession& p, int named,
                                                        QSet<int>& taken)
{
    QList<Attendee> list;
    const QDate day = p.start.date();
    const auto add = [&](const QList<int>& people, RegistrationStatus status,
                         Attendance attendance) {
        for (int person : people) {
            list.append({person, status, attendance});
        }
    };
    const bool held = p.status == SessionStatus::Held;
    const Attendance unknown = Attendance::Unknown;
    const RegistrationStatus registered = RegistrationStatus::Registered;
    if (p.status == SessionStatus::Cancelled) {
        const QList<int>& pool = p.format == CM ? m_dir.managers : m_dir.everyone;
        add(drawMany(pool, p.participants, day, taken, p.format != CM),
            RegistrationStatus::Cancelled, unknown);
        return list;
    }
    if (p.format == PR) {
        // Exam preparations: the cycle's group registers once and comes to each session.
        QList<int>& group = cycleGroup(p);
        const QList<int>& candidates = m_dir.prepCandidates.value(p.action);
        const int spare = group.isEmpty() ? m_random.between(1, 3) : 0;
        QList<int> members;
        for (int round = 0; round < 3; ++round) {
            members.clear();
            for (int person : std::as_const(group)) {
                const QDate leftOn = m_dir.people[person].leftOn;
                if (!taken.contains(person) && (!leftOn.isValid() || day < leftOn)) {
                    members.append(person);
                }
            }
            const int missing = named + spare - int(members.size());
            if (missing <= 0) {
                break;
            }
            QSet<int> exclude = taken;
            exclude.unite(QSet<int>(group.begin(), group.end()));
            const QList<int> more =
                drawMany(round == 0 && !candidates.isEmpty() ? candidates : m_dir.everyone, missing,
                         day, exclude, false);
            group.append(more);
        }
        m_random.shuffle(members);
        for (int k = 0; k < members.size(); ++k) {
            const bool present = k < named;
            const Attendance attendance =
                !held
                    ? unknown
                    : (present ? Attendance::Present
                               : (m_random.chance(0.6) ? Attendance::Excused : Attendance::Absent));
            list.append({members[k], registered, attendance});
            taken.insert(members[k]);
        }
        return list;
    }
    if (p.format == CM) {
        add(drawMany(m_dir.managers, named, day, taken, false), registered,
            held ? Attendance::Present : unknown);
        if (held) {
            add(drawMany(m_dir.managers, m_random.between(1, 3), day, taken, false), registered,
                Attendance::Excused);
            add(drawMany(m_dir.managers, m_random.between(0, 1), day, taken, false), registered,
                Attendance::Absent);
        }
        return list;
    }
    const QList<int> present = drawMany(m_dir.everyone, named, day, taken, true);
    for (int person : present) {
        const bool walkIn = held && p.format == AC && m_random.chance(0.3);
        list.append({person, walkIn ? RegistrationStatus::WalkIn : registered,
                     held ? Attendance::Present : unknown});
    }
    if (!held) {
        if (p.format == UT && named >= p.capacity) {
            const QList<int> waiting =
                drawMany(m_dir.everyone, m_random.between(0, 2), day, taken, true);
            for (int k = 0; k < waiting.size(); ++k) {
                list.append({waiting[k], RegistrationStatus::Waitlisted, unknown, k + 1});
            }
        }
        return list;
    }
    int absent = 0;
    int excused = 0;
    int waitlisted = 0;
    int cancelled = 0;
    if (p.format == UT) {
        const int room = std::max(0, p.capacity - named);
        absent = std::min(m_random.between(0, 2), room);
        excused = std::min(m_random.between(0, 1), room - absent);
        waitlisted = named + absent + excused >= p.capacity ? m_random.between(1, 3) : 0;
        cancelled = m_random.chance(0.3) ? 1 : 0;
    } else if (p.format == AC) {
        absent = m_random.between(0, 3);
        cancelled = m_random.chance(0.2) ? 1 : 0;
    } else {
        absent = m_random.between(0, 1);
    }
    add(drawMany(m_dir.everyone, absent, day, taken, true), registered, Attendance::Absent);
    add(drawMany(m_dir.everyone, excused, day, taken, true), registered, Attendance::Excused);
    add(drawMany(m_dir.everyone, cancelled, day, taken, true), RegistrationStatus::Cancelled,
        unknown);
    const QList<int> waiting = drawMany(m_dir.everyone, waitlisted, day, taken, true);
    for (int k = 0; k < waiting.size(); ++k) {
        list.append({waiting[k], RegistrationStatus::Waitlisted, unknown, k + 1});
    }
    return list;
}

Status SessionWriter::writeAll(const QList<PlannedSession>& plan,
                               const std::function<void(int)>& progress)
{
    constexpr qsizetype kBatch = 500;
    for (qsizetype first = 0; first < plan.size(); first += kBatch) {
        const QList<PlannedSession> batch = plan.mid(first, kBatch);
        QList<Session> sessions;
        QList<int> named(batch.size());
        for (qsizetype k = 0; k < batch.size(); ++k) {
            sessions.append(sessionOf(batch[k], named[k]));
        }
        const Result<QList<qint64>> ids = m_school.sessions().insertSessions(sessions);
        if (!ids) {
            return ids.error();
        }
        for (qsizetype k = 0; k < batch.size(); ++k) {
            if (Status ok = writeRegistrations(batch[k], ids->at(k), named[k]); !ok) {
                return Error{
                    DemoSchoolText::tr("Session %1: %2").arg(batch[k].code, ok.errorMessage())};
            }
        }
        if (Status ok = flush(); !ok) {
            return ok;
        }
        if (progress) {
            progress(int(first + batch.size()));
        }
    }
    return {};
}

Session SessionWriter::sessionOf(const PlannedSession& p, int& named)
{
    Session s;
    s.code = p.code;
    s.actionId = m_actionIds[p.action];
    s.startsAt = p.start;
    s.endsAt = p.end;
    s.location = p.room;
    s.capacity = p.capacity;
    s.status = p.status;
    s.cancelReason = p.cancelReason;
    QStringList notes;
    if (p.twoDays) {
        notes.append(u"Session sur deux jours (4 demi-journées)."_s);
    }
    if (p.room == remoteRoom()) {
        notes.append(u"Lien Teams envoyé aux inscrits la veille."_s);
    }
    // Open formats count part of their audience without names.
    named = p.participants;
    if (p.status == SessionStatus::Held && p.format == AC) {
        named = int(std::lround(p.participants * m_random.real(0.35, 0.6)));
    } else if (p.status == SessionStatus::Held && p.format == EC) {
        named = p.participants - m_random.between(0, std::min(2, p.participants));
    }
    s.anonymousHeadcount = p.status == SessionStatus::Held ? p.participants - named : 0;

    if (p.external >= 0) {
        const Agent& speaker = m_dir.externals[p.external].agent;
        s.animators.append({speaker.id, AnimatorRole::Speaker});
        notes.append(u"Intervention de %1 %2 (%3)."_s.arg(speaker.firstName, speaker.lastName,
                                                          speaker.organisation));
    }
    for (int k = 0; k < p.animators.size(); ++k) {
        const int person = m_dir.volunteers[p.animators[k]];
        const AnimatorRole role =
            k > 0 || p.external >= 0
                ? AnimatorRole::CoAnimator
                : (p.format == AC ? AnimatorRole::Speaker : AnimatorRole::Animator);
        s.animators.append({m_dir.people[person].agent.id, role});
    }
    s.notes = notes.join(QLatin1Char(' '));
    return s;
}

Status SessionWriter::writeRegistrations(const PlannedSession& p, qint64 sessionId, int named)
{
    QSet<int> taken; // an animator never registers for their own session
    for (int v : p.animators) {
        taken.insert(m_dir.volunteers[v]);
    }
    const QList<Attendee> list = attendees(p, named, taken);
    const int present = int(std::count_if(list.cbegin(), list.cend(), [](const Attendee& a) {
        return a.attendance == Attendance::Present;
    }));
    if (p.exact && present != named) {
        return Error{DemoSchoolText::tr("Not enough agents to fill the session.")};
    }
    for (const Attendee& a : list) {
        Registration r;
        r.sessionId = sessionId;
        r.personId = m_dir.people[a.person].agent.id;
        r.status = a.status;
        r.attendance = a.attendance;
        r.waitingPosition = a.waitingPosition;
        r.registeredAt = a.status == RegistrationStatus::WalkIn
                             ? p.start
                             : at(p.start.date().addDays(-m_random.between(2, 30)),
                                  m_random.between(8, 17), m_random.between(0, 59));
        if (!p.twoDays || p.status != SessionStatus::Held) {
            m_registrations.append(r);
            continue;
        }
        // A session over two days: its registrations' ids for the half-day attendance.
        if (Status ok = flush(); !ok) {
            return ok;
        }
        const Result<qint64> id = m_school.sessions().insertRegistration(r);
        if (!id) {
            return id.error();
        }
        const int missed = a.attendance == Attendance::Present && m_random.chance(0.25)
                               ? m_random.between(0, 3)
                               : -1;
        const QDate days[2] = {p.start.date(), p.end.date()};
        for (int half = 0; half < 4; ++half) {
            const Attendance attendance = half == missed ? Attendance::Absent : a.attendance;
            if (Status ok = m_school.sessions().insertHalfDayAttendance(*id, days[half / 2],
                                                                        half % 2, attendance);
                !ok) {
                return ok;
            }
        }
    }
    // A small school may not fill a session as planned: no more answers than participants.
    return addResponses(p, sessionId, present + p.participants - named);
}

Status SessionWriter::flush()
{
    if (Status ok = m_school.sessions().insertRegistrations(m_registrations); !ok) {
        return ok;
    }
    m_registrations.clear();
    if (Status ok = m_school.sessions().insertResponses(m_responses); !ok) {
        return ok;
    }
    m_responses.clear();
    return {};
}

Status SessionWriter::addResponses(const PlannedSession& p, qint64 sessionId, int participants)
{
    static const QStringList positive = positiveComments();
    static const QStringList mixed = mixedComments();
    static constexpr int kPleased[5] = {1, 3, 10, 41, 45};
    static constexpr int kDisappointed[5] = {5, 20, 45, 25, 5};
    for (int useful : p.responses.mid(0, participants)) {
        SurveyResponse r;
        r.sessionId = sessionId;
        r.formatId = m_formatIds[p.format];
        r.submittedAt = at(p.end.date().addDays(m_survey.between(1, 6)), m_survey.between(8, 19),
                           m_survey.between(0, 59));
        int score = 0;
        if (!m_survey.chance(0.02)) {
            score = int(m_survey.weighted(useful == 0 ? std::span<const int>(kDisappointed)
                                                      : std::span<const int>(kPleased))) +
                    1;
            r.satisfactionRaw = QString::number(score);
            r.satisfaction = (score - 1) / 4.0;
        }
        if (useful >= 0) {
            r.usefulSkills = useful == 1;
        }
        if (!m_survey.chance(0.05)) {
            r.wouldRecommend = m_survey.chance(score >= 4 ? 0.95 : (score == 3 ? 0.6 : 0.2));
        }
        if (m_survey.chance(0.3)) {
            r.comment = m_survey.pick(score >= 4 || score == 0 ? positive : mixed);
        }
        m_responses.append(r);
    }
    return {};
}

} // namespace

Status saveProgramme(School& school, const Directory& directory, const QList<PlannedSession>& plan,
                     const QList<qint64>& formatIds, const QList<qint64>& actionIds,
                     const std::function<void(int)>& progress)
{
    SessionWriter writer(school, directory, formatIds, actionIds);
    return writer.writeAll(plan, progress);
}

} // namespace truc2::demo
