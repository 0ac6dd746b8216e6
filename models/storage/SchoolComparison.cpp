// SchoolCopier's check that two schools are the same: rows per table, then figures.
#include "documents/FiguresReport.h"
#include "stats/PeriodFigures.h"
#include "storage/Database.h"
#include "storage/DbValues.h"
#include "storage/SchemaTables.h"
#include "storage/SchoolCopier.h"
#include "storage/SettingsStore.h"
#include "storage/SqlError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace truc2 {
namespace {

class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(SchoolCopier)

public:
    Comparison() = delete;

    static QString text(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Undefined:
            return tr("nothing");
        case QJsonValue::Object:
            return QString::fromUtf8(
                QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        case QJsonValue::Array:
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        default:
            return value.toVariant().toString();
        }
    }

    /// Where two figures differ first ("totals.participants: 165 in the source, 164 in the
    /// copy"); empty when they are the same.
    static QString firstDifference(const QJsonValue& source, const QJsonValue& copy,
                                   const QString& path)
    {
        if (source == copy) {
            return {};
        }
        if (source.isObject() && copy.isObject()) {
            const QJsonObject left = source.toObject();
            const QJsonObject right = copy.toObject();
            QStringList keys = left.keys();
            for (const QString& key : right.keys()) {
                if (!keys.contains(key)) {
                    keys << key;
                }
            }
            for (const QString& key : keys) {
                const QString inner =
                    firstDifference(left.value(key), right.value(key),
                                    path.isEmpty() ? key : path + QLatin1Char('.') + key);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        } else if (source.isArray() && copy.isArray()) {
            const QJsonArray left = source.toArray();
            const QJsonArray right = copy.toArray();
            for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
                // A format is named by its code rather than its place in the list.
                const QString code = left.at(i).toObject().value(QLatin1String("code")).toString();
                const QString inner = firstDifference(
                    left.at(i), right.at(i),
                    path + QLatin1Char('[') + (code.isEmpty() ? QString::number(i) : code) +
                        QLatin1Char(']'));
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return tr("%1: %2 in the source, %3 in the copy").arg(path, text(source), text(copy));
    }

    /// The calendar years with sessions, oldest first, and the span from the first session to
    /// the last.
    static Result<QList<std::pair<QString, Period>>> periods(const Database& database)
    {
        QList<std::pair<QString, Period>> result;
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT DISTINCT substr(starts_at, 1, 4) FROM session "
                                     "ORDER BY 1"));
        if (Status ran = execQuery(query); !ran) {
            return ran.error();
        }
        while (query.next()) {
            const QString year = query.value(0).toString();
            result.append({year, Period::calendarYear(year.toInt())});
        }
        query.prepare(QStringLiteral("SELECT MIN(starts_at), MAX(starts_at) FROM session"));
        if (Status ran = execQuery(query); !ran) {
            return ran.error();
        }
        if (query.next() && !query.isNull(0)) {
            const Period span{db::toDate(query.value(0)), db::toDate(query.value(1))};
            result.append(
                {span.from.toString(Qt::ISODate) + QLatin1Char('/') + span.to.toString(Qt::ISODate),
                 span});
        }
        return result;
    }
};

} // namespace

Result<QList<TableRows>> SchoolCopier::rowCounts(const Database& database)
{
    QList<TableRows> counts;
    for (const SchemaTable& table : schemaTables()) {
        QSqlQuery query(database.connection());
        // The name comes from schemaTables(), never from data.
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + table.name);
        if (Status ran = execQuery(query); !ran) {
            return Error{tr("Table %1 cannot be read: %2").arg(table.name, ran.errorMessage())};
        }
        counts.append({table.name, query.next() ? query.value(0).toLongLong() : 0});
    }
    return counts;
}

Status SchoolCopier::compare(Database& source, Database& copy, QStringList* periods)
{
    const Result<QList<TableRows>> sourceRows = rowCounts(source);
    if (!sourceRows) {
        return sourceRows.error();
    }
    const Result<QList<TableRows>> copyRows = rowCounts(copy);
    if (!copyRows) {
        return copyRows.error();
    }
    for (qsizetype i = 0; i < sourceRows->size(); ++i) {
        if (sourceRows->at(i).rows != copyRows->at(i).rows) {
            return Error{tr("Table %1 has %2 rows in the source but %3 in the copy.")
                             .arg(sourceRows->at(i).table)
                             .arg(sourceRows->at(i).rows)
                             .arg(copyRows->at(i).rows)};
        }
    }

    const Result<QList<std::pair<QString, Period>>> compared = Comparison::periods(source);
    if (!compared) {
        return compared.error();
    }
    const SettingsStore sourceSettings(source);
    const SettingsStore copySettings(copy);
    const FiguresCalculator sourceFigures(source, sourceSettings);
    const FiguresCalculator copyFigures(copy, copySettings);
    for (const auto& [name, period] : *compared) {
        const Result<PeriodFigures> left = sourceFigures.compute(period);
        if (!left) {
            return left.error();
        }
        const Result<PeriodFigures> right = copyFigures.compute(period);
        if (!right) {
            return right.error();
        }
        const QByteArray leftJson = figuresJson(*left);
        const QByteArray rightJson = figuresJson(*right);
        if (leftJson != rightJson) {
            const QString difference =
                Comparison::firstDifference(QJsonDocument::fromJson(leftJson).object(),
                                            QJsonDocument::fromJson(rightJson).object(), {});
            return Error{
                tr("The figures of %1 differ between the two sides, at %2.").arg(name, difference)};
        }
        if (periods) {
            periods->append(name);
        }
    }
    return {};
}

} // namespace truc2
