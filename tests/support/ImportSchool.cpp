#include "ImportSchool.h"

#include "storage/SchemaTables.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace truc2::test {

ImportSchool::ImportSchool()
{
    const qint64 action = addWorkshopAction(*school);
    for (int i = 1; i <= 3; ++i) {
        Session s;
        s.actionId = action;
        s.code = QStringLiteral("UT-2021-%1").arg(i, 3, 10, QLatin1Char('0'));
        s.startsAt = QDateTime(QDate(2021, 3, i), QTime(12, 15));
        s.endsAt = s.startsAt.addSecs(75 * 60);
        s.capacity = 12;
        Result<Session> saved = school->sessions().insert(s);
        if (!saved) {
            qFatal("%s", qPrintable(saved.errorMessage()));
        }
        sessions << saved->id;
    }
}

QMap<QString, qint64> ImportSchool::rowCounts()
{
    QMap<QString, qint64> counts;
    for (const SchemaTable& table : schemaTables()) {
        QSqlQuery query(school->database().connection());
        // The table's name comes from the program's own list.
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table.name) || !query.next()) {
            qFatal("Cannot count %s", qPrintable(table.name));
        }
        counts.insert(table.name, query.value(0).toLongLong());
    }
    return counts;
}

QStringList ImportSchool::allText()
{
    QStringList texts;
    for (const SchemaTable& table : schemaTables()) {
        QSqlQuery query(school->database().connection());
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table.name)) {
            qFatal("Cannot read %s", qPrintable(table.name));
        }
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                texts << query.value(i).toString();
            }
        }
    }
    return texts;
}

Table tableOf(const QList<QStringList>& rows, const QString& path)
{
    Table table;
    table.path = path;
    qint64 line = 0;
    for (const QStringList& row : rows) {
        TableRecord record;
        for (const QString& cell : row) {
            record.cells << (cell == QStringLiteral("\x01") ? QString() : cell);
        }
        record.line = ++line;
        table.records << record;
    }
    return table;
}

} // namespace truc2::test
