#pragma once

// The truc2 program run as a scheduled job runs it. Each test target defines TRUC2_BINARY, the
// program's path.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace truc2::test {

/// What a run of the program gave back.
struct VerbRun
{
    int exitCode = -1; ///< -2 when it crashed, -1 when it did not finish within two minutes.
    QString out;
    QString err;
};

/// Runs truc2 with `arguments`. With a `home`, the program's data and settings folders are
/// under it, so a test never touches the user's own.
inline VerbRun runTruc2(const QStringList& arguments, const QString& home = {})
{
    QProcess process;
    if (!home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg"));
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(TRUC2_BINARY), arguments);
    if (!process.waitForFinished(120'000)) {
        qWarning("truc2 did not finish");
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace truc2::test
