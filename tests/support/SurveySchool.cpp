#include "SurveySchool.h"

#include "import/SurveyMapping.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace truc2::test {
namespace {

/// A mapping as the importer stores it (JSON), from (header, role) pairs.
QString mappingJson(SurveyTool tool, const QList<std::pair<QString, SurveyRole>>& columns,
                    const QString& sessionCode = {})
{
    SurveyMapping mapping;
    mapping.tool = tool;
    mapping.sessionCode = sessionCode;
    for (const auto& [header, role] : columns) {
        mapping.columns.append({header, role});
    }
    return mapping.toJson();
}

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        qFatal("SurveySchool: %s", qPrintable(result.errorMessage()));
    }
    return std::move(result).value();
}

QVariant optionalBool(std::optional<bool> value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

qint64 execReturningId(QSqlQuery& query)
{
    if (!query.exec() || !query.next()) {
        qFatal("SurveySchool: %s", qPrintable(query.lastError().text()));
    }
    return query.value(0).toLongLong();
}

QString iso(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace

qint64 SurveySchool::addImport(const QString& fileName, const QString& tool, const QDateTime& at,
                               int read, int added, int skipped, const QString& mapping)
{
    QSqlQuery query(school->database().connection());
    query.prepare(QStringLiteral(
        "INSERT INTO survey_import (file_name, content_hash, tool, mapping, imported_at, "
        "rows_read, responses_added, rows_skipped) VALUES (:file, :hash, :tool, :mapping, :at, "
        ":read, :added, :skipped) RETURNING id"));
    query.bindValue(QStringLiteral(":file"), fileName);
    query.bindValue(QStringLiteral(":hash"), QString(QStringLiteral("sha256:") + fileName));
    query.bindValue(QStringLiteral(":tool"), tool);
    query.bindValue(QStringLiteral(":mapping"), mapping);
    query.bindValue(QStringLiteral(":at"), iso(at));
    query.bindValue(QStringLiteral(":read"), read);
    query.bindValue(QStringLiteral(":added"), added);
    query.bindValue(QStringLiteral(":skipped"), skipped);
    return execReturningId(query);
}

qint64 SurveySchool::respond(qint64 importId, qint64 sessionId, qint64 formatId,
                             const QDateTime& submitted, std::optional<double> satisfaction,
                             const QString& raw, std::optional<bool> useful,
                             std::optional<bool> recommend, const QString& comment)
{
    QSqlQuery query(school->database().connection());
    query.prepare(QStringLiteral(
        "INSERT INTO survey_response (import_id, session_id, format_id, submitted_at, "
        "satisfaction_raw, satisfaction, useful_skills, would_recommend, comment) VALUES "
        "(:import, :session, :format, :submitted, :raw, :satisfaction, :useful, :recommend, "
        ":comment) RETURNING id"));
    const auto idOrNull = [](qint64 id) {
        return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
    };
    query.bindValue(QStringLiteral(":import"), idOrNull(importId));
    query.bindValue(QStringLiteral(":session"), idOrNull(sessionId));
    query.bindValue(QStringLiteral(":format"), idOrNull(formatId));
    query.bindValue(QStringLiteral(":submitted"), submitted.isValid()
                                                      ? QVariant(iso(submitted))
                                                      : QVariant(QMetaType(QMetaType::QString)));
    query.bindValue(QStringLiteral(":raw"),
                    raw.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(raw));
    query.bindValue(QStringLiteral(":satisfaction"), satisfaction
                                                         ? QVariant(*satisfaction)
                                                         : QVariant(QMetaType(QMetaType::Double)));
    query.bindValue(QStringLiteral(":useful"), optionalBool(useful));
    query.bindValue(QStringLiteral(":recommend"), optionalBool(recommend));
    query.bindValue(QStringLiteral(":comment"), comment.isNull() ? QStringLiteral("") : comment);
    return execReturningId(query);
}

qint64 SurveySchool::sessionId(const QString& code)
{
    QSqlQuery query(school->database().connection());
    query.prepare(QStringLiteral("SELECT id FROM session WHERE code = :code"));
    query.bindValue(QStringLiteral(":code"), code);
    return execReturningId(query);
}

SurveySchool::SurveySchool()
{
    School& s = *school;
    ac1 = sessionId(QStringLiteral("AC-2020-001"));
    ac2 = sessionId(QStringLiteral("AC-2020-002"));
    pr1 = sessionId(QStringLiteral("PR-2020-001"));

    Action meetup;
    meetup.formatId = ec;
    meetup.title = QStringLiteral("Fresque du climat");
    Session held;
    held.actionId = must(s.catalogue().insertAction(meetup));
    held.startsAt = QDateTime(QDate(2020, 11, 17), QTime(12, 15));
    held.endsAt = held.startsAt.addSecs(90 * 60);
    held.status = SessionStatus::Held;
    held.anonymousHeadcount = 8;
    held.animators.append({gus, AnimatorRole::Animator});
    ec1 = must(s.sessions().insert(held)).id;
    for (qint64 person : {ann, gus}) {
        Registration r;
        r.sessionId = ec1;
        r.personId = person;
        r.attendance = Attendance::Present;
        must(s.sessions().insertRegistration(r));
    }

    limeImport = addImport(QStringLiteral("ac-2020-002.csv"), QStringLiteral("limesurvey"),
                           QDateTime(QDate(2020, 5, 20), QTime(10, 0)), 4, 3, 1,
                           mappingJson(SurveyTool::LimeSurvey,
                                       {{QStringLiteral("code de session"), SurveyRole::Session},
                                        {QStringLiteral("Q1"), SurveyRole::Satisfaction},
                                        {QStringLiteral("Q2"), SurveyRole::UsefulSkills},
                                        {QStringLiteral("Q3"), SurveyRole::Ignored},
                                        {QStringLiteral("Q4"), SurveyRole::Comment}}));
    const QDateTime may(QDate(2020, 5, 4), QTime(9, 0));
    respond(limeImport, ac2, 0, may, 1.0, QStringLiteral("5"), true, true,
            QStringLiteral("Très clair, merci à l'intervenante !"));
    respond(limeImport, ac2, 0, may.addSecs(600), 0.75, QStringLiteral("4"), true, true,
            QStringLiteral("Un peu rapide sur la partie « marchés publics »."));
    respond(limeImport, ac2, 0, may.addSecs(1200), 0.5, QStringLiteral("3"), false, std::nullopt,
            QStringLiteral("   "));

    formsImport = addImport(QStringLiteral("eco-truc2.xlsx"), QStringLiteral("microsoftforms"),
                            QDateTime(QDate(2020, 12, 1), QTime(9, 30)), 8, 7, 1,
                            mappingJson(SurveyTool::MicrosoftForms,
                                        {{QStringLiteral("Note globale"), SurveyRole::Satisfaction},
                                         {QStringLiteral("Remarques"), SurveyRole::Comment}},
                                        QStringLiteral("EC-2020-001")));
    const QDateTime november(QDate(2020, 11, 18), QTime(8, 30));
    const QString veryPleased = QStringLiteral("Très satisfait(e)");
    const QString neutral = QStringLiteral("Moyennement satisfait(e)");
    respond(formsImport, ec1, ec, november, 1.0, veryPleased, true, true,
            QStringLiteral("Événement très sympa, l'équipe était accueillante"));
    respond(formsImport, ec1, ec, november.addSecs(60), 1.0, veryPleased, true, true,
            QStringLiteral("Idée géniale, à refaire"));
    respond(formsImport, ec1, ec, november.addSecs(120), 1.0, veryPleased, true, true);
    respond(formsImport, ec1, ec, november.addSecs(180), 0.5, neutral, true, false);
    respond(formsImport, ec1, ec, november.addSecs(240), 0.5, neutral, false, false,
            QStringLiteral("Le café était froid"));
    respond(formsImport, ec1, ec, november.addSecs(300), 0.5, neutral, std::nullopt, false);
    hyperlinkResponse = respond(formsImport, 0, ec, QDateTime(QDate(2020, 11, 20), QTime(14, 0)),
                                0.25, QStringLiteral("2"), false, std::nullopt,
                                QStringLiteral("=HYPERLINK(\"http://x\")"));
}

} // namespace truc2::test
