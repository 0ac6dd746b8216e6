#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace truc2 {
struct ServerAddress;
}

namespace truc2::ui {

/// Where the window keeps the passwords of shared schools between runs: the desktop's keyring,
/// never a file of its own. Every call answers later (a keyring may ask the user to unlock it)
/// through its callback, with an error text when the keyring cannot be used; a password that
/// was never stored is an empty password, not an error.
class PasswordStore
{
public:
    using ReadDone = std::function<void(QString password, QString error)>;
    using Done = std::function<void(QString error)>;

    virtual ~PasswordStore() = default;

    virtual void read(const QString& key, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& password, Done done) = 0;
    virtual void remove(const QString& key, Done done) = 0;

    /// The key of a server's password: user@host:port/database.
    static QString keyFor(const ServerAddress& address);

    /// The store the window uses: the desktop's keyring, unless a test set another one.
    static PasswordStore& current();
    /// Tests: use this store (nullptr: the keyring again). The caller keeps it alive.
    static void setCurrent(PasswordStore* store);
};

/// The desktop's keyring through QtKeychain (Secret Service, KWallet, Windows credentials,
/// macOS keychain), under the service "truc2". Never falls back to a plain-text file.
class KeyringPasswordStore final : public PasswordStore
{
public:
    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& password, Done done) override;
    void remove(const QString& key, Done done) override;
};

/// Tests: passwords kept in memory, answering at once; or refusing every call, as a desktop
/// without a keyring does.
class MemoryPasswordStore final : public PasswordStore
{
public:
    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& password, Done done) override;
    void remove(const QString& key, Done done) override;

    /// Makes every call fail with this error (empty: work again).
    void setUnavailable(const QString& error) { m_unavailable = error; }
    const QHash<QString, QString>& passwords() const { return m_passwords; }
    int writeCount() const { return m_writes; }

private:
    QHash<QString, QString> m_passwords;
    QString m_unavailable;
    int m_writes = 0;
};

} // namespace truc2::ui
