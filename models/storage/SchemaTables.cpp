#include "storage/SchemaTables.h"

namespace truc2 {
namespace {

SchemaTable table(const char* name, const char* columns, const char* key, bool identity)
{
    return {QString::fromLatin1(name),
            QString::fromLatin1(columns).split(QLatin1Char(' '), Qt::SkipEmptyParts),
            QString::fromLatin1(key).split(QLatin1Char(' '), Qt::SkipEmptyParts), identity};
}

} // namespace

const QList<SchemaTable>& schemaTables()
{
    constexpr bool kIdentity = true;
    constexpr bool kNoIdentity = false;
    static const QList<SchemaTable> tables{
        // 001_initial.sql
        table("meta", "key value", "key", kNoIdentity),
        table("setting", "key value", "key", kNoIdentity),
        table("headcount", "year permanent_agents", "year", kNoIdentity),
        table("direction", "id name active row_version", "id", kIdentity),
        table("service", "id direction_id name active row_version", "id", kIdentity),
        table("person",
              "id matricule last_name first_name email service_id category gender status grade "
              "active external organisation facilitation_trained_on row_version",
              "id", kIdentity),
        table("format",
              "id code name noun_singular noun_plural colour registration_mode position active "
              "row_version",
              "id", kIdentity),
        table("action",
              "id format_id title summary objectives audience prerequisites duration_minutes "
              "default_capacity tags active row_version",
              "id", kIdentity),
        table("series", "id label rule", "id", kIdentity),
        table("session",
              "id code action_id starts_at ends_at location capacity status cancel_reason "
              "series_id notes anonymous_headcount row_version sequence",
              "id", kIdentity),
        table("session_animator", "session_id person_id role", "session_id person_id", kNoIdentity),
        table("registration",
              "id session_id person_id status waiting_position attendance registered_at "
              "row_version",
              "id", kIdentity),
        table("attendance_halfday", "registration_id day half attendance",
              "registration_id day half", kNoIdentity),
        table("survey_import",
              "id file_name content_hash tool mapping imported_at rows_read responses_added "
              "rows_skipped",
              "id", kIdentity),
        table("survey_response",
              "id import_id external_id session_id format_id submitted_at satisfaction_raw "
              "satisfaction useful_skills would_recommend comment raw_answers response_key",
              "id", kIdentity),
        // 002_closed_days.sql
        table("closed_day", "day label", "day", kNoIdentity),
        // 004_format_members.sql
        table("format_member", "format_id person_id", "format_id person_id", kNoIdentity),
        // 005_survey_templates.sql (survey_response.response_key above)
        table("survey_template", "id name header_signature tool mapping saved_at", "id", kIdentity),
    };
    return tables;
}

QStringList schemaTableNames()
{
    QStringList names;
    for (const SchemaTable& t : schemaTables()) {
        names << t.name;
    }
    return names;
}

} // namespace truc2
