#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace truc2 {
namespace {

class ServerAddressText
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    ServerAddressText() = delete;
};

const QStringList kSslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                            QStringLiteral("prefer"),    QStringLiteral("require"),
                            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

bool ServerAddress::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || !isServerLocation(location)) {
        return Error{ServerAddressText::tr("“%1” is not a server address: write it as "
                                           "postgresql://user@host:port/database.")
                         .arg(location)};
    }
    if (!url.password().isEmpty()) {
        return Error{ServerAddressText::tr(
            "Do not write the password in the address: it would stay in the shell's history. "
            "Use PGPASSWORD or ~/.pgpass on the command line; the window keeps it in the "
            "desktop's keyring.")};
    }
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    address.user = url.userName();
    address.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (address.host.isEmpty() || address.database.isEmpty() ||
        address.database.contains(QLatin1Char('/'))) {
        return Error{ServerAddressText::tr("“%1” needs a server and a database: "
                                           "postgresql://user@host:port/database.")
                         .arg(location)};
    }
    if (!address.sslMode.isEmpty() && !kSslModes.contains(address.sslMode)) {
        return Error{ServerAddressText::tr("Unknown sslmode “%1”: use one of %2.")
                         .arg(address.sslMode, kSslModes.join(QStringLiteral(", ")))};
    }
    return address;
}

QString ServerAddress::toLocation() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty()) {
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    }
    return url.toString();
}

QString ServerAddress::displayName() const
{
    return (user.isEmpty() ? QString() : user + QLatin1Char('@')) + host + QLatin1Char(':') +
           QString::number(port) + QLatin1Char('/') + database;
}

} // namespace truc2
