#include "dialogs/ConnectDialog.h"

#include "AppSettings.h"
#include "MessageBox.h"
#include "PasswordStore.h"
#include "ServerProbe.h"
#include "dialogs/FieldProblems.h"
#include "storage/Database.h"
#include "ui_ConnectDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace truc2::ui {
namespace {

/// How long "Test the connection" waits for a server that does not answer.
constexpr int kTestTimeoutSeconds = 4;

const QString kDefaultMode = QStringLiteral("prefer");

} // namespace

ConnectDialog::ConnectDialog(PasswordStore& passwords, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_passwords(passwords)
    , m_testProbe(new ServerProbe(this))
{
    m_ui->setupUi(this);
    m_problems = std::make_unique<FieldProblems>(this, m_ui->problemsLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (!login.isEmpty()) {
        m_ui->userLineEdit->setPlaceholderText(tr("your login, %1").arg(login));
    }
    m_ui->portLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,5}")), m_ui->portLineEdit));
    m_ui->formLayout->setRowVisible(m_ui->keyringLabel, false);
    fillEncryptionModes();
    fillRecent();

    connect(m_ui->tlsComboBox, &QComboBox::currentIndexChanged, this,
            &ConnectDialog::updateExplanation);
    connect(m_ui->recentComboBox, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            setLocation(m_ui->recentComboBox->itemData(index).toString());
        }
    });
    // A result shown no longer says anything once the address changes.
    for (QLineEdit* edit : {m_ui->hostLineEdit, m_ui->portLineEdit, m_ui->databaseLineEdit,
                            m_ui->userLineEdit, m_ui->passwordLineEdit}) {
        connect(edit, &QLineEdit::textEdited, m_ui->testResultLabel, &QWidget::hide);
    }
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this,
            &ConnectDialog::testConnection);
    connect(m_testProbe, &ServerProbe::finished, this, [this](const ServerProbe::Outcome& outcome) {
        showTestOutcome(outcome.connected, outcome.readOnly, outcome.error);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    // The last server used, ready to connect again.
    if (m_ui->recentComboBox->count() > 1) {
        setLocation(m_ui->recentComboBox->itemData(1).toString());
    } else {
        checkKeyring();
    }
    // A known server: only the password is left to type.
    (m_ui->hostLineEdit->text().isEmpty() ? m_ui->hostLineEdit : m_ui->passwordLineEdit)
        ->setFocus();
    adjustSize();
    fitHeight();
}

// A test under way is left to finish on its own (ServerProbe): closing never waits for it.
ConnectDialog::~ConnectDialog() = default;

bool ConnectDialog::isTesting() const
{
    return m_testProbe->isRunning();
}

void ConnectDialog::fitHeight()
{
    // Wrapped notes come and go: grow to show them whole at the present width.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height()) {
        resize(width(), needed);
    }
}

void ConnectDialog::fillRecent()
{
    m_ui->recentComboBox->addItem(QString());
    for (const QString& location : AppSettings::recentLocations()) {
        if (const Result<ServerAddress> address = ServerAddress::parse(location)) {
            m_ui->recentComboBox->addItem(address->displayName(), location);
        }
    }
    m_ui->formLayout->setRowVisible(m_ui->recentComboBox, m_ui->recentComboBox->count() > 1);
}

void ConnectDialog::fillEncryptionModes()
{
    m_ui->tlsComboBox->addItem(tr("Encrypt when the server can (prefer)"), kDefaultMode);
    m_ui->tlsComboBox->addItem(tr("Always encrypt (require)"), QStringLiteral("require"));
    m_ui->tlsComboBox->addItem(tr("Encrypt and check the server's certificate (verify-full)"),
                               QStringLiteral("verify-full"));
    m_ui->tlsComboBox->addItem(tr("Never encrypt (disable)"), QStringLiteral("disable"));
    updateExplanation();
}

void ConnectDialog::updateExplanation()
{
    const QString mode = m_ui->tlsComboBox->currentData().toString();
    QString text;
    if (mode == kDefaultMode) {
        text = tr("The connection is encrypted when the server offers it, in clear otherwise. "
                  "The usual choice inside the organisation's network.");
    } else if (mode == QLatin1String("require")) {
        text = tr("The connection is always encrypted: a server that cannot encrypt is refused. "
                  "The server's identity is not checked.");
    } else if (mode == QLatin1String("verify-full")) {
        text = tr("The safest: always encrypted, and the server must prove its name with a "
                  "certificate. The IT team installs the certificate authority on this "
                  "workstation first.");
    } else if (mode == QLatin1String("disable")) {
        text = tr("Passwords and data travel in clear: only for a server on this computer or a "
                  "test network.");
    } else {
        text = tr("Encryption mode “%1”, as the address gave it.").arg(mode);
    }
    m_ui->tlsExplanationLabel->setText(text);
    fitHeight();
}

void ConnectDialog::setLocation(const QString& location)
{
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address) {
        return;
    }
    m_ui->hostLineEdit->setText(address->host);
    m_ui->portLineEdit->setText(QString::number(address->port));
    m_ui->databaseLineEdit->setText(address->database);
    m_ui->userLineEdit->setText(address->user);
    const QString mode = address->sslMode.isEmpty() ? kDefaultMode : address->sslMode;
    int index = m_ui->tlsComboBox->findData(mode);
    if (index < 0) { // allow, verify-ca: modes the address may carry, rarely chosen here
        m_ui->tlsComboBox->addItem(mode, mode);
        index = m_ui->tlsComboBox->count() - 1;
    }
    m_ui->tlsComboBox->setCurrentIndex(index);
    m_ui->testResultLabel->hide();
    checkKeyring();
}

void ConnectDialog::setPassword(const QString& password)
{
    m_ui->passwordLineEdit->setText(password);
}

void ConnectDialog::setProblem(const QString& message)
{
    showResult(false, message);
    (m_ui->passwordLineEdit->text().isEmpty() ? m_ui->passwordLineEdit : m_ui->hostLineEdit)
        ->setFocus();
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_ui->hostLineEdit->text().trimmed();
    address.port = m_ui->portLineEdit->text().trimmed().toInt();
    address.database = m_ui->databaseLineEdit->text().trimmed();
    address.user = m_ui->userLineEdit->text().trimmed();
    const QString mode = m_ui->tlsComboBox->currentData().toString();
    address.sslMode = mode == kDefaultMode ? QString() : mode; // libpq's own default
    return address;
}

QString ConnectDialog::password() const
{
    return m_ui->passwordLineEdit->text();
}

bool ConnectDialog::remembersPassword() const
{
    return m_ui->rememberCheckBox->isChecked();
}

void ConnectDialog::checkKeyring()
{
    // Reading this server's entry says both whether the keyring works and whether it
    // already keeps a password for the server.
    QPointer<ConnectDialog> self(this);
    m_passwords.read(PasswordStore::keyFor(address()),
                     [self](const QString& stored, const QString& error) {
                         if (self) {
                             self->showKeyring(!stored.isEmpty(), error);
                         }
                     });
}

void ConnectDialog::showKeyring(bool holdsPassword, const QString& error)
{
    m_keyringUsable = error.isEmpty();
    m_ui->rememberCheckBox->setEnabled(m_keyringUsable);
    m_ui->rememberCheckBox->setChecked(m_keyringUsable && holdsPassword);
    m_ui->keyringLabel->setText(tr("The desktop's keyring cannot be used (%1): the password will "
                                   "be asked again next time.")
                                    .arg(error));
    m_ui->formLayout->setRowVisible(m_ui->keyringLabel, !m_keyringUsable);
    fitHeight();
}

bool ConnectDialog::checkFields()
{
    QList<FieldProblem> problems;
    const ServerAddress typed = address();
    static const QRegularExpression kNotInHost(QStringLiteral("[\\s/@?#]"));
    if (typed.host.isEmpty()) {
        problems.append({QStringLiteral("host"), tr("Write the server's name or address.")});
    } else if (typed.host.contains(kNotInHost)) {
        problems.append({QStringLiteral("host"),
                         tr("The server's name cannot contain spaces or the characters / @ ? #.")});
    }
    bool isNumber = false;
    const int port = m_ui->portLineEdit->text().trimmed().toInt(&isNumber);
    if (!isNumber || port < 1 || port > 65535) {
        problems.append(
            {QStringLiteral("port"), tr("The port is a number from 1 to 65535 (usually 5432).")});
    }
    if (typed.database.isEmpty()) {
        problems.append({QStringLiteral("database"), tr("Write the name of the database.")});
    } else if (typed.database.contains(QLatin1Char('/'))) {
        problems.append(
            {QStringLiteral("database"), tr("The database's name cannot contain “/”.")});
    }
    if (problems.isEmpty()) {
        // What the fields hold must survive the trip through an address unchanged.
        const Result<ServerAddress> parsed = ServerAddress::parse(typed.toLocation());
        if (!parsed) {
            problems.append({QStringLiteral("host"), parsed.errorMessage()});
        } else if (!(*parsed == typed)) {
            problems.append({QStringLiteral("user"),
                             tr("These names hold characters an address cannot carry.")});
        }
    }
    const bool good = m_problems->show(problems);
    fitHeight();
    return good;
}

void ConnectDialog::showResult(bool good, const QString& text)
{
    m_ui->testResultLabel->setText(
        QStringLiteral("<span style='color:%1'>%2 %3</span>")
            .arg(good ? QStringLiteral("#1e7b34") : QStringLiteral("#c0392b"),
                 good ? QStringLiteral("✔") : QStringLiteral("✘"), text.toHtmlEscaped()));
    m_ui->testResultLabel->show();
    fitHeight();
}

void ConnectDialog::testConnection()
{
    if (isTesting() || !checkFields()) {
        return;
    }
    DatabaseOptions options;
    options.location = location();
    options.password = password();
    options.connectTimeoutSeconds = kTestTimeoutSeconds;
    // The probe connects in its own thread, so that the window keeps answering while a server
    // that does not answer is waited for; it changes nothing on the server.
    m_ui->testConnectionPushButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Connecting to %1…").arg(address().displayName()));
    m_ui->testResultLabel->show();
    m_testProbe->start(options);
}

void ConnectDialog::showTestOutcome(bool connected, bool readOnly, const QString& error)
{
    m_ui->testConnectionPushButton->setEnabled(m_ui->buttonBox->isEnabled());
    if (!connected) {
        showResult(false, error);
    } else if (readOnly) {
        showResult(true, tr("Connected to %1. Your account may only read this school: ask the "
                            "administrator for write access to change it.")
                             .arg(address().displayName()));
    } else {
        showResult(true, tr("Connected to %1. Your account may read and change this school.")
                             .arg(address().displayName()));
    }
    Q_EMIT testFinished(connected);
}

void ConnectDialog::setBusy(bool busy)
{
    m_ui->buttonBox->setEnabled(!busy);
    m_ui->testConnectionPushButton->setEnabled(!busy && !isTesting());
}

void ConnectDialog::accept()
{
    if (!m_ui->buttonBox->isEnabled() || !checkFields()) {
        return;
    }
    const QString key = PasswordStore::keyFor(address());
    if (remembersPassword() && !password().isEmpty()) {
        setBusy(true);
        QPointer<ConnectDialog> self(this);
        m_passwords.write(key, password(), [self](const QString& error) {
            if (self) {
                self->finishAccept(error);
            }
        });
        return;
    }
    if (!remembersPassword() && m_keyringUsable) {
        m_passwords.remove(key, [](const QString&) {}); // nothing to forget is fine too
    }
    QDialog::accept();
}

void ConnectDialog::finishAccept(const QString& keyringError)
{
    setBusy(false);
    if (!keyringError.isEmpty()) {
        MessageBox::warning(this, tr("Password not remembered"),
                            tr("The desktop's keyring could not keep the password (%1): it "
                               "will be asked again next time.")
                                .arg(keyringError));
    }
    QDialog::accept();
}

} // namespace truc2::ui
