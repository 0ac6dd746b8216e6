#pragma once

#include "storage/ServerAddress.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace truc2::ui {

class FieldProblems;
class PasswordStore;
class ServerProbe;

/// Asks where a shared school lives (server, port, database, user, encryption) and the
/// password. "Test the connection" tries it without closing; OK checks the fields, keeps the
/// password in the keyring when asked (or forgets it), and closes: the caller connects with
/// location() and password(). The password is never written anywhere else.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(PasswordStore& passwords, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    /// Fills the fields from a server address (postgresql://…); ignored when it is not one.
    void setLocation(const QString& location);
    void setPassword(const QString& password);
    /// Shows why the last attempt to connect failed, as a test's result would be shown.
    void setProblem(const QString& message);

    /// The address as the fields describe it (checked by OK).
    ServerAddress address() const;
    /// The address as a location: postgresql://user@host:port/database[?sslmode=…].
    QString location() const { return address().toLocation(); }
    QString password() const;
    bool remembersPassword() const;
    /// True while "Test the connection" waits for the server.
    bool isTesting() const;

    void accept() override;
    /// Tries to open the school at the address, in the background; the result is shown below
    /// the fields and testFinished() follows.
    void testConnection();

Q_SIGNALS:
    void testFinished(bool connected);

private:
    void fitHeight();
    void fillRecent();
    void fillEncryptionModes();
    void updateExplanation();
    void checkKeyring();
    void showKeyring(bool holdsPassword, const QString& error);
    bool checkFields();
    void showResult(bool good, const QString& text);
    void showTestOutcome(bool connected, bool readOnly, const QString& error);
    void finishAccept(const QString& keyringError);
    void setBusy(bool busy);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    std::unique_ptr<FieldProblems> m_problems;
    PasswordStore& m_passwords;
    ServerProbe* m_testProbe = nullptr;
    bool m_keyringUsable = true;
};

} // namespace truc2::ui
