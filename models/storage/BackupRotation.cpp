#include "storage/BackupRotation.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace truc2 {
namespace {

class BackupRotationText
{
    Q_DECLARE_TR_FUNCTIONS(BackupRotation)

public:
    BackupRotationText() = delete;
};

/// Removes the oldest files of a kind (names sort by date), keeping `keep`.
void prune(const QDir& folder, const QRegularExpression& pattern, int keep)
{
    QStringList names;
    for (const QString& name : folder.entryList(QDir::Files, QDir::Name)) {
        if (pattern.match(name).hasMatch()) {
            names << name;
        }
    }
    while (names.size() > keep) {
        QFile::remove(folder.filePath(names.takeFirst()));
    }
}

} // namespace

QString BackupRotation::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

Result<QStringList> BackupRotation::run(const Database& database, const QDate& today,
                                        const Policy& policy)
{
    const QString base = QFileInfo(database.location()).completeBaseName();
    const QString suffix = QFileInfo(database.location()).suffix();
    const QDir folder(folderFor(database.location()));
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        return Error{
            BackupRotationText::tr("Cannot create the backup folder %1.").arg(folder.path())};
    }
    const auto name = [&](const QString& stamp) {
        return folder.filePath(base + QLatin1Char('-') + stamp +
                               (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
    };
    QStringList written;
    const QString daily = name(today.toString(QStringLiteral("yyyy-MM-dd")));
    if (!QFileInfo::exists(daily)) {
        if (Status done = database.backupTo(daily); !done) {
            return done.error();
        }
        written << daily;
    }
    const QString monthly = name(today.toString(QStringLiteral("yyyy-MM")));
    if (!QFileInfo::exists(monthly)) {
        if (!QFile::copy(daily, monthly)) {
            return Error{BackupRotationText::tr("Cannot write the backup %1.").arg(monthly)};
        }
        written << monthly;
    }
    const QString escaped = QRegularExpression::escape(base);
    const QString tail =
        suffix.isEmpty()
            ? QStringLiteral("$")
            : QStringLiteral("\\.") + QRegularExpression::escape(suffix) + QLatin1Char('$');
    prune(folder,
          QRegularExpression(QLatin1Char('^') + escaped + QStringLiteral("-\\d{4}-\\d{2}-\\d{2}") +
                             tail),
          policy.daily);
    prune(folder,
          QRegularExpression(QLatin1Char('^') + escaped + QStringLiteral("-\\d{4}-\\d{2}") + tail),
          policy.monthly);
    return written;
}

} // namespace truc2
