#include "domain/Session.h"

#include "core/CodeTable.h"

namespace truc2 {
namespace {

constexpr std::array kSessionStatuses{
    std::pair{SessionStatus::Planned, "planned"},
    std::pair{SessionStatus::Confirmed, "confirmed"},
    std::pair{SessionStatus::Held, "held"},
    std::pair{SessionStatus::Cancelled, "cancelled"},
};

constexpr std::array kAnimatorRoles{
    std::pair{AnimatorRole::Animator, "animator"},
    std::pair{AnimatorRole::CoAnimator, "co_animator"},
    std::pair{AnimatorRole::Speaker, "speaker"},
};

constexpr std::array kRegistrationStatuses{
    std::pair{RegistrationStatus::Registered, "registered"},
    std::pair{RegistrationStatus::Waitlisted, "waitlisted"},
    std::pair{RegistrationStatus::Cancelled, "cancelled"},
    std::pair{RegistrationStatus::WalkIn, "walk_in"},
};

constexpr std::array kAttendances{
    std::pair{Attendance::Unknown, "unknown"},
    std::pair{Attendance::Present, "present"},
    std::pair{Attendance::Absent, "absent"},
    std::pair{Attendance::Excused, "excused"},
};

} // namespace

QString sessionStatusCode(SessionStatus status)
{
    return codeOf(kSessionStatuses, status);
}

SessionStatus sessionStatusFromCode(const QString& code)
{
    return valueOf(kSessionStatuses, code);
}

QString animatorRoleCode(AnimatorRole role)
{
    return codeOf(kAnimatorRoles, role);
}

AnimatorRole animatorRoleFromCode(const QString& code)
{
    return valueOf(kAnimatorRoles, code);
}

QString registrationStatusCode(RegistrationStatus status)
{
    return codeOf(kRegistrationStatuses, status);
}

RegistrationStatus registrationStatusFromCode(const QString& code)
{
    return valueOf(kRegistrationStatuses, code);
}

QString attendanceCode(Attendance attendance)
{
    return codeOf(kAttendances, attendance);
}

Attendance attendanceFromCode(const QString& code)
{
    return valueOf(kAttendances, code);
}

QString sessionCode(const QString& formatCode, int year, int number)
{
    return QStringLiteral("%1-%2-%3")
        .arg(formatCode)
        .arg(year)
        .arg(number, 3, 10, QLatin1Char('0'));
}

} // namespace truc2
