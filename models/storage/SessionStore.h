#pragma once

#include "core/FieldProblem.h"
#include "core/Result.h"
#include "domain/Programme.h"
#include "domain/Recurrence.h"
#include "domain/Session.h"

#include <QHash>
#include <QObject>
#include <QSqlQuery>

#include <optional>

namespace truc2 {

class Database;

/// Sessions of the programme with their animators and registrations.
class SessionStore : public QObject
{
    Q_OBJECT

public:
    explicit SessionStore(Database& database, QObject* parent = nullptr);

    /// The next free code for a format and year: UT-2021-014 after UT-2021-013.
    Result<QString> nextCode(qint64 formatId, int year) const;

    /// Inserts a session and its animators in one transaction. A session without a code gets
    /// the next one of its format and year; a code once given never changes.
    Result<Session> insert(const Session& session);
    Result<Session> session(qint64 id) const;
    /// Saves a session read at session.rowVersion, its animators included; refused when
    /// another workstation changed it meanwhile. The code never changes.
    Result<Session> update(const Session& session);
    Result<QList<SessionAnimator>> animators(qint64 sessionId) const;
    /// Removes a session nobody registered for and nobody answered a survey about (the undo
    /// of its creation); otherwise says to cancel it instead.
    Status remove(qint64 id);

    /// Several sessions at once, all or none (a series, the undo of its removal).
    Result<QList<Session>> insert(const QList<Session>& sessions);
    /// Saves several sessions, each read at its rowVersion, all or none.
    Result<QList<Session>> update(const QList<Session>& sessions);
    Status remove(const QList<qint64>& ids);

    /// Creates a recurring series: the series and one session per date of the rule that is not
    /// a closed day, each a copy of `pattern` at the rule's times. All or none.
    Result<QList<Session>> insertSeries(const Session& pattern, const Recurrence& rule,
                                        const QString& label);
    /// The sessions of a series that start at or after a moment, in order.
    Result<QList<Session>> seriesSessions(qint64 seriesId, const QDateTime& from) const;
    /// The rule of a series, when it has a readable one.
    std::optional<Recurrence> seriesRule(qint64 seriesId) const;

    /// The sessions that take place, even partly, between two dates (both included), in order
    /// of start, with their action, format, animators and counts.
    Result<QList<ProgrammeEntry>> programme(const QDate& from, const QDate& to) const;
    Result<ProgrammeEntry> programmeEntry(qint64 id) const;
    /// The session as the programme would show it once saved (title, format, animators' names).
    Result<ProgrammeEntry> preview(const Session& session) const;
    /// What collides with a session being edited: the same room or an animator at
    /// overlapping times. Sessions that merely touch, and cancelled ones, do not.
    Result<QList<SessionConflict>> conflicts(const Session& session) const;
    /// What is wrong with a session before it is saved: end before start, a capacity below 1
    /// where the format counts seats, a day the school is closed, an inactive animator, a
    /// cancellation without a reason. Empty when nothing is.
    QList<FieldProblem> problems(const Session& session) const;

    /// Adds a registration (bulk loaders reuse one prepared statement).
    Result<qint64> insertRegistration(const Registration& registration);
    Result<QList<Registration>> registrations(qint64 sessionId) const;
    /// Records the attendance of one half-day (half 0: morning, 1: afternoon) of a session that
    /// spans several; the registration's own attendance stays the summary.
    Status insertHalfDayAttendance(qint64 registrationId, const QDate& day, int half,
                                   Attendance attendance);

    /// Adds one anonymous survey response.
    Result<qint64> insertResponse(const SurveyResponse& response);

    /// Bulk loaders (the demo, imports): many rows in few multi-row statements, all or none;
    /// no signal inside a transaction. Sessions must have their codes; their ids come back in
    /// the same order. Registrations and responses come back without ids.
    Result<QList<qint64>> insertSessions(const QList<Session>& sessions);
    Status insertRegistrations(const QList<Registration>& registrations);
    Status insertResponses(const QList<SurveyResponse>& responses);

Q_SIGNALS:
    void sessionInserted(qint64 id);
    void sessionUpdated(qint64 id);
    void sessionRemoved(qint64 id);
    void registrationsChanged(qint64 sessionId);
    void responsesChanged();

private:
    Result<QList<ProgrammeEntry>>
    readProgramme(const QString& where, const QList<std::pair<QString, QVariant>>& values) const;
    Status insertAnimators(qint64 sessionId, const QList<SessionAnimator>& animators);

    Database& m_db;
    mutable std::optional<QSqlQuery> m_insertRegistration;
    mutable std::optional<QSqlQuery> m_insertAnimator;
    mutable std::optional<QSqlQuery> m_insertResponse;
    std::optional<QSqlQuery> m_insertSession;
    std::optional<QSqlQuery> m_insertHalfDay;
    QHash<int, QSqlQuery> m_bulkRegistrations; ///< By rows per statement.
    QHash<int, QSqlQuery> m_bulkResponses;
    QHash<int, QSqlQuery> m_bulkSessions;
    QHash<int, QSqlQuery> m_bulkAnimators;
};

} // namespace truc2
