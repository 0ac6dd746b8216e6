#pragma once

// The truc2 program run as a scheduled job runs it. Each test target defines TRUC2_BINARY, the
// program's path.
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
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
/// under it, so a test never touches the user's own. `input` is its standard input (a pipe,
/// closed after it; under 64 KiB, the pipe's buffer).
inline VerbRun runTruc2(const QStringList& arguments, const QString& home = {},
                        const QByteArray& input = {})
{
    QProcess process;
    if (!home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg"));
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(TRUC2_BINARY), arguments);
    if (process.waitForStarted() && !input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000)) {
        qWarning("truc2 did not finish");
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// What the verbs' tests share: a folder of their own, the program run with it as home, and
/// the demo school made in it (makeDemo(), from initTestCase).
class VerbTest : public QObject
{
protected:
    QTemporaryDir m_dir;
    QString m_demo;

    VerbRun truc2(const QStringList& arguments, const QByteArray& input = {})
    {
        return runTruc2(arguments, m_dir.path(), input);
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// Makes the demo school at m_demo; what the program said when it could not.
    QString makeDemo()
    {
        if (!m_dir.isValid()) {
            return QStringLiteral("no temporary folder");
        }
        m_demo = path(QStringLiteral("demo.truc2"));
        const VerbRun demo = truc2({QStringLiteral("--database"), m_demo, QStringLiteral("demo")});
        return demo.exitCode == 0 ? QString() : QStringLiteral("demo: ") + demo.err;
    }
};

} // namespace truc2::test
