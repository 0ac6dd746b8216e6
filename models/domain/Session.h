#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace truc2 {

enum class SessionStatus
{
    Planned,
    Confirmed,
    Held,
    Cancelled
};
QString sessionStatusCode(SessionStatus status);
SessionStatus sessionStatusFromCode(const QString& code);

enum class AnimatorRole
{
    Animator,
    CoAnimator,
    Speaker
};
QString animatorRoleCode(AnimatorRole role);
AnimatorRole animatorRoleFromCode(const QString& code);

struct SessionAnimator
{
    qint64 personId = 0;
    AnimatorRole role = AnimatorRole::Animator;
    bool operator==(const SessionAnimator&) const = default;
};

/// One dated occurrence of a catalogue action. Times are the school's local wall-clock time.
struct Session
{
    qint64 id = 0;
    QString code; ///< Stable and human-readable: UT-2021-014. Given once, at creation.
    qint64 actionId = 0;
    QDateTime startsAt;
    QDateTime endsAt;
    QString location;
    int capacity = 0; ///< 0 when not limited.
    SessionStatus status = SessionStatus::Planned;
    QString cancelReason;
    qint64 seriesId = 0;
    QString notes;
    int anonymousHeadcount = 0; ///< Participants counted without names (open conferences).
    int rowVersion = 1;
    /// Raised each time the time, place or status change: the SEQUENCE of its calendar event.
    int sequence = 0;
    QList<SessionAnimator> animators;

    /// Whole hours and minutes between start and end.
    int durationMinutes() const { return int(startsAt.secsTo(endsAt) / 60); }

    bool operator==(const Session&) const = default;
};

/// "<FORMAT CODE>-<YEAR>-<NNN>", e.g. UT-2021-014.
QString sessionCode(const QString& formatCode, int year, int number);

enum class RegistrationStatus
{
    Registered,
    Waitlisted,
    Cancelled,
    WalkIn
};
QString registrationStatusCode(RegistrationStatus status);
RegistrationStatus registrationStatusFromCode(const QString& code);

enum class Attendance
{
    Unknown,
    Present,
    Absent,
    Excused
};
QString attendanceCode(Attendance attendance);
Attendance attendanceFromCode(const QString& code);

struct Registration
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 personId = 0;
    RegistrationStatus status = RegistrationStatus::Registered;
    int waitingPosition = 0; ///< 1-based place on the waiting list; 0 when not waiting.
    Attendance attendance = Attendance::Unknown;
    QDateTime registeredAt;
    int rowVersion = 1;

    bool operator==(const Registration&) const = default;
};

/// One anonymous answer to a satisfaction survey, for a session or, failing that, a format.
struct SurveyResponse
{
    qint64 id = 0;
    qint64 importId = 0;
    QString externalId;
    qint64 sessionId = 0;
    qint64 formatId = 0;
    QDateTime submittedAt;
    QString satisfactionRaw;
    std::optional<double> satisfaction; ///< Normalised to 0–1.
    std::optional<bool> usefulSkills;
    std::optional<bool> wouldRecommend;
    QString comment;
    /// The answers the import mapped, as read: a JSON object (header → text) in UTF-8, as it is
    /// stored; never a name or e-mail.
    QByteArray rawAnswers;
    /// What recognises the response when a file or a later export brings it again (ASCII: the
    /// import writes 40 hex digits); empty for responses that were not imported.
    QByteArray responseKey;
};

} // namespace truc2

// Its members are all relocatable: a list of 100,000 imported responses grows by realloc
// instead of moving each response into new memory.
Q_DECLARE_TYPEINFO(truc2::SurveyResponse, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(truc2::Session)
