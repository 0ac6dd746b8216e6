#pragma once

#include "storage/Database.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QProgressDialog;
class QThread;
class QWidget;

namespace truc2::ui {

/// Looks at a shared school in a thread of its own (Database::probe: the server answers, takes
/// the password, holds a TRUC² school of a schema this program can open), so that the window
/// keeps answering while a server that does not answer is waited for. Qt SQL connections belong
/// to the thread that made them: the window opens its own connection once the probe succeeded.
///
/// A probe cannot be interrupted (the driver waits up to the connection timeout): cancel()
/// stops waiting for it, and the thread finishes on its own; the program waits for such
/// threads before it ends (waitForAbandoned(), also run when the application object goes).
class ServerProbe : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool connected = false;
        /// Connected, for reading only (a role without write rights, a read-only file).
        bool readOnly = false;
        QString error;
    };

    explicit ServerProbe(QObject* parent = nullptr);
    /// Cancels a probe under way.
    ~ServerProbe() override;

    /// Starts probing; finished() follows, unless cancel() comes first. Ignored while a probe
    /// is under way.
    void start(const DatabaseOptions& options);
    bool isRunning() const { return m_thread != nullptr; }
    /// Stops waiting for the probe under way: finished() will not come for it.
    void cancel();

    /// Waits for the probes that were cancelled and are still waiting for their server.
    static void waitForAbandoned();

    /// A progress dialog for waiting on a server: modal, with its Cancel button, shown at once.
    static std::unique_ptr<QProgressDialog> progressDialog(const QString& label, QWidget* parent);
    /// Probes while `progress` (from progressDialog()) is shown and the event loop runs; nothing
    /// when the user cancelled.
    static std::optional<Outcome> waitFor(const DatabaseOptions& options,
                                          QProgressDialog& progress);

Q_SIGNALS:
    void finished(const truc2::ui::ServerProbe::Outcome& outcome);

private:
    QThread* m_thread = nullptr;
    quint64 m_probes = 0; ///< Started or cancelled probes: a late answer is known.
};

} // namespace truc2::ui
