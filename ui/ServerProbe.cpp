#include "ServerProbe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

#include <utility>

namespace truc2::ui {
namespace {

/// Probes given up on and still running (main thread only).
QList<QPointer<QThread>>& abandoned()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

} // namespace

ServerProbe::ServerProbe(QObject* parent)
    : QObject(parent)
{}

ServerProbe::~ServerProbe()
{
    cancel();
}

void ServerProbe::start(const DatabaseOptions& options)
{
    if (m_thread) {
        return;
    }
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([options, outcome] {
        const Result<DatabaseProbe> probed = Database::probe(options);
        outcome->connected = bool(probed);
        outcome->readOnly = probed && probed->readOnly;
        outcome->error = probed ? QString() : probed.errorMessage();
    });
    const quint64 probe = ++m_probes;
    connect(m_thread, &QThread::finished, this, [this, probe, outcome] {
        // A cancel may have come between the thread's end and this queued call: that thread
        // is abandoned (and a newer probe may run) and this outcome is nobody's.
        if (probe != m_probes || !m_thread) {
            return;
        }
        m_thread->wait(); // it is ending: finished() comes just before
        delete m_thread;
        m_thread = nullptr;
        Q_EMIT finished(*outcome);
    });
    m_thread->start();
}

void ServerProbe::cancel()
{
    if (!m_thread) {
        return;
    }
    QThread* thread = std::exchange(m_thread, nullptr);
    ++m_probes; // its finished() may be queued already
    disconnect(thread, nullptr, this, nullptr);
    if (thread->isFinished()) {
        delete thread;
        return;
    }
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // The thread's connection must be gone before Qt SQL is: at the latest when the
    // application object is destroyed.
    static const bool registered = [] {
        qAddPostRoutine(&ServerProbe::waitForAbandoned);
        return true;
    }();
    Q_UNUSED(registered)
    abandoned().append(thread);
}

void ServerProbe::waitForAbandoned()
{
    const QList<QPointer<QThread>> threads = std::exchange(abandoned(), {});
    for (const QPointer<QThread>& thread : threads) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

std::unique_ptr<QProgressDialog> ServerProbe::progressDialog(const QString& label, QWidget* parent)
{
    // Qt's own dialog has its own Cancel button, in the language of Qt's translations.
    auto progress = std::make_unique<QProgressDialog>(parent);
    progress->setObjectName(QStringLiteral("connectProgressDialog"));
    progress->setLabelText(label);
    progress->setRange(0, 0);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    if (auto* cancel = progress->findChild<QPushButton*>()) {
        cancel->setObjectName(QStringLiteral("cancelConnectPushButton"));
    }
    progress->setMinimumDuration(0);
    progress->show();
    return progress;
}

std::optional<ServerProbe::Outcome> ServerProbe::waitFor(const DatabaseOptions& options,
                                                         QProgressDialog& progress)
{
    std::optional<Outcome> answer;
    bool cancelled = false;
    QEventLoop loop;
    ServerProbe probe;
    connect(&probe, &ServerProbe::finished, &loop, [&](const Outcome& outcome) {
        answer = outcome;
        loop.quit();
    });
    connect(&progress, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        probe.cancel();
        loop.quit();
    });
    probe.start(options);
    loop.exec();
    return cancelled ? std::nullopt : answer;
}

} // namespace truc2::ui
