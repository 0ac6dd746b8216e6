#include "storage/ProgrammeLookups.h"

#include "core/TextKey.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QMap>

namespace truc2 {

ProgrammeLookups::ProgrammeLookups(const Database& database)
    : m_db(database)
{}

Result<QStringList> ProgrammeLookups::knownRooms() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT location, COUNT(*) FROM session WHERE location <> '' "
                                 "GROUP BY location"));
    if (Status ran = execQuery(query); !ran) {
        return ran.error();
    }
    QHash<QString, int> uses; // by spelling, surrounding and doubled spaces removed
    while (query.next()) {
        const QString room = query.value(0).toString().simplified();
        if (!room.isEmpty()) {
            uses[room] += query.value(1).toInt();
        }
    }
    QMap<QString, QString> byKey; // the spelling most used, by folded text (so, sorted)
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        const QString key = foldedText(it.key());
        const auto best = byKey.constFind(key);
        if (best == byKey.cend() || it.value() > uses.value(*best) ||
            (it.value() == uses.value(*best) && it.key() < *best)) {
            byKey.insert(key, it.key());
        }
    }
    QStringList rooms;
    rooms.reserve(byKey.size());
    for (const QString& room : std::as_const(byKey)) {
        rooms << room;
    }
    return rooms;
}

} // namespace truc2
