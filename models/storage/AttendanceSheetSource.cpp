#include "storage/AttendanceSheetSource.h"

#include "core/TextKey.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SqlError.h"

#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace truc2 {
namespace {

/// A person with the key the sheet sorts by: last name, then first name, folded.
struct Sorted
{
    SheetPerson person;
    QString lastKey;
    QString firstKey;
};

Sorted personFromQuery(const QSqlQuery& q)
{
    Sorted s;
    SheetPerson& p = s.person;
    p.personId = q.value(0).toLongLong();
    p.lastName = q.value(1).toString();
    p.firstName = q.value(2).toString();
    p.external = q.value(3).toBool();
    p.organisation = q.value(4).toString();
    p.directionName = q.value(5).toString();
    p.serviceName = q.value(6).toString();
    s.lastKey = foldedText(p.lastName);
    s.firstKey = foldedText(p.firstName);
    return s;
}

bool byName(const Sorted& a, const Sorted& b)
{
    return std::tie(a.lastKey, a.firstKey, a.person.personId) <
           std::tie(b.lastKey, b.firstKey, b.person.personId);
}

int roleOrder(AnimatorRole role)
{
    switch (role) {
    case AnimatorRole::Animator:
        return 0;
    case AnimatorRole::CoAnimator:
        return 1;
    case AnimatorRole::Speaker:
        return 2;
    }
    return 3;
}

/// The person columns of both lists, after the person's id.
const QString kPersonColumns =
    QStringLiteral("p.last_name, p.first_name, p.external, p.organisation, d.name, v.name");
const QString kPersonJoins = QStringLiteral("JOIN person p ON p.id = x.person_id "
                                            "LEFT JOIN service v ON v.id = p.service_id "
                                            "LEFT JOIN direction d ON d.id = v.direction_id ");

} // namespace

AttendanceSheetReader::AttendanceSheetReader(const Database& database,
                                             const SettingsStore& settings)
    : m_db(database)
    , m_settings(settings)
{}

Result<qint64> AttendanceSheetReader::sessionIdOf(const QString& code) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id FROM session WHERE code = :code"));
    query.bindValue(QStringLiteral(":code"), code.trimmed());
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{tr("No session has the code “%1”. Session codes look like UT-2021-014: the "
                        "Programme page shows them.")
                         .arg(code.trimmed())};
    }
    return query.value(0).toLongLong();
}

Result<AttendanceSheetSource> AttendanceSheetReader::read(qint64 sessionId) const
{
    AttendanceSheetSource source;
    Result<SchoolIdentity> identity = m_settings.identity();
    if (!identity) {
        return identity.error();
    }
    source.identity = std::move(identity).value();

    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT s.id, s.code, s.action_id, s.starts_at, s.ends_at, s.location, s.capacity, "
        "s.status, s.anonymous_headcount, a.title, f.name, f.colour, f.registration_mode "
        "FROM session s JOIN action a ON a.id = s.action_id JOIN format f ON f.id = a.format_id "
        "WHERE s.id = :id"));
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{tr("This session is no longer in the programme.")};
    }
    Session& s = source.session;
    s.id = query.value(0).toLongLong();
    s.code = query.value(1).toString();
    s.actionId = query.value(2).toLongLong();
    s.startsAt = db::toDateTime(query.value(3));
    s.endsAt = db::toDateTime(query.value(4));
    s.location = query.value(5).toString();
    s.capacity = query.value(6).toInt();
    s.status = sessionStatusFromCode(query.value(7).toString());
    s.anonymousHeadcount = query.value(8).toInt();
    source.actionTitle = query.value(9).toString();
    source.formatName = query.value(10).toString();
    source.formatColour = QColor(query.value(11).toString());
    source.registrationMode = registrationModeFromCode(query.value(12).toString());

    query.prepare(QStringLiteral("SELECT x.person_id, ") + kPersonColumns +
                  QStringLiteral(", x.role FROM session_animator x ") + kPersonJoins +
                  QStringLiteral("WHERE x.session_id = :id"));
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<Sorted> animators;
    while (query.next()) {
        Sorted animator = personFromQuery(query);
        animator.person.role = animatorRoleFromCode(query.value(7).toString());
        animators.append(animator);
    }
    std::sort(animators.begin(), animators.end(), [](const Sorted& a, const Sorted& b) {
        const int ra = roleOrder(a.person.role);
        const int rb = roleOrder(b.person.role);
        return ra != rb ? ra < rb : byName(a, b);
    });
    for (const Sorted& a : std::as_const(animators)) {
        source.animators.append(a.person);
    }

    // Seats only: the waiting list and cancellations have no line to sign.
    query.prepare(QStringLiteral("SELECT x.person_id, ") + kPersonColumns +
                  QStringLiteral(", x.status FROM registration x ") + kPersonJoins +
                  QStringLiteral("WHERE x.session_id = :id AND x.status IN ('registered', "
                                 "'walk_in')"));
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (Status done = execQuery(query); !done) {
        return done.error();
    }
    QList<Sorted> registrants;
    while (query.next()) {
        Sorted registrant = personFromQuery(query);
        registrant.person.walkIn =
            registrationStatusFromCode(query.value(7).toString()) == RegistrationStatus::WalkIn;
        registrants.append(registrant);
    }
    // In reading order on every backend (É with E), whatever the server's collation.
    std::sort(registrants.begin(), registrants.end(), byName);
    for (const Sorted& r : std::as_const(registrants)) {
        source.registrants.append(r.person);
    }
    return source;
}

} // namespace truc2
