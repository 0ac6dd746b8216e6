#include "storage/Migrations.h"

#include <array>

namespace truc2 {

std::span<const Migration> migrations()
{
    static constexpr std::array steps{
        Migration{1, ":/sql/001_initial.sql"},
        Migration{2, ":/sql/002_closed_days.sql"},
        Migration{3, ":/sql/003_programme.sql"},
        Migration{4, ":/sql/004_format_members.sql"},
        Migration{5, ":/sql/005_survey_templates.sql"},
        Migration{6, ":/sql/006_figures_indexes.sql"},
        Migration{7, ":/sql/007_response_format_index.sql"},
        Migration{8, ":/sql/008_person_category_check.sql",
                  ":/sql/008_person_category_check.postgresql.sql"},
    };
    return steps;
}

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--"))) {
            continue;
        }
        current += rawLine + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements << current.trimmed();
    }
    return statements;
}

} // namespace truc2
