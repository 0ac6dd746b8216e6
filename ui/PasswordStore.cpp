#include "PasswordStore.h"

#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace truc2::ui {
namespace {

const QString kService = QStringLiteral("truc2");

PasswordStore* g_current = nullptr;

class PasswordStoreText
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)

public:
    PasswordStoreText() = delete;
};

/// Why a keyring job failed, in words for the connection dialog.
QString jobError(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordStoreText::tr("this desktop has no keyring");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return PasswordStoreText::tr("the keyring refused access");
    default:
        // Typically no keyring service on the session bus (a desktop without one, a remote
        // session): QtKeychain then only says "Unknown error".
        return PasswordStoreText::tr("no keyring service answered: %1").arg(job.errorString());
    }
}

/// Starts a job on its own: it deletes itself once it has called `finished`.
template <typename Job>
Job* newJob(const QString& key)
{
    auto* job = new Job(kService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keyring
    job->setKey(key);
    return job;
}

} // namespace

QString PasswordStore::keyFor(const ServerAddress& address)
{
    return address.displayName();
}

PasswordStore& PasswordStore::current()
{
    static KeyringPasswordStore keyring;
    return g_current ? *g_current : keyring;
}

void PasswordStore::setCurrent(PasswordStore* store)
{
    g_current = store;
}

void KeyringPasswordStore::read(const QString& key, ReadDone done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, done = std::move(done)] { done(job->textData(), jobError(*job)); });
    job->start();
}

void KeyringPasswordStore::write(const QString& key, const QString& password, Done done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, done = std::move(done)] { done(jobError(*job)); });
    job->start();
}

void KeyringPasswordStore::remove(const QString& key, Done done)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, done = std::move(done)] { done(jobError(*job)); });
    job->start();
}

void MemoryPasswordStore::read(const QString& key, ReadDone done)
{
    if (!m_unavailable.isEmpty()) {
        done({}, m_unavailable);
        return;
    }
    done(m_passwords.value(key), {});
}

void MemoryPasswordStore::write(const QString& key, const QString& password, Done done)
{
    if (!m_unavailable.isEmpty()) {
        done(m_unavailable);
        return;
    }
    ++m_writes;
    m_passwords.insert(key, password);
    done({});
}

void MemoryPasswordStore::remove(const QString& key, Done done)
{
    if (!m_unavailable.isEmpty()) {
        done(m_unavailable);
        return;
    }
    m_passwords.remove(key);
    done({});
}

} // namespace truc2::ui
