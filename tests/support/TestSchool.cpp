#include "TestSchool.h"

#include "storage/ServerAddress.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

namespace truc2::test {
namespace {

QString serverAdminLocation()
{
    return qEnvironmentVariable("TRUC2_TEST_PG");
}

/// A raw connection to the server's maintenance database, as its administrator.
bool withAdmin(const std::function<bool(QSqlDatabase&)>& work, QString* error)
{
    const Result<ServerAddress> admin = ServerAddress::parse(serverAdminLocation());
    if (!admin) {
        if (error) {
            *error = admin.errorMessage();
        }
        return false;
    }
    const QString name = QStringLiteral("truc2-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin->host);
        db.setPort(admin->port);
        db.setUserName(admin->user);
        db.setDatabaseName(admin->database);
        if (!db.open()) {
            if (error) {
                *error = db.lastError().text();
            }
        } else {
            ok = work(db);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

SqlDialect::Backend testBackend()
{
    return qEnvironmentVariable("TRUC2_TEST_BACKEND") == QLatin1String("postgresql")
               ? SqlDialect::Backend::PostgreSQL
               : SqlDialect::Backend::SQLite;
}

bool onPostgres()
{
    return testBackend() == SqlDialect::Backend::PostgreSQL;
}

QString backendUnavailableReason()
{
    if (!onPostgres()) {
        return {};
    }
    if (serverAdminLocation().isEmpty()) {
        return QStringLiteral("TRUC2_TEST_PG is not set: run the suite with scripts/test.sh, "
                              "which starts a PostgreSQL cluster");
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return QStringLiteral("Qt's PostgreSQL driver is missing (libqt6sql6-psql)");
    }
    return {};
}

bool serverAdminExec(const QString& sql, QString* error)
{
    return withAdmin(
        [&](QSqlDatabase& db) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                if (error) {
                    *error = query.lastError().text();
                }
                return false;
            }
            return true;
        },
        error);
}

void serverAdminExecIn(const QString& location, const QStringList& statements)
{
    const QString name = QStringLiteral("truc2-test-in");
    {
        const ServerAddress address = *ServerAddress::parse(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setUserName(address.user);
        db.setDatabaseName(address.database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 addWorkshopAction(School& school)
{
    Format format;
    format.code = QStringLiteral("UT");
    format.name = QStringLiteral("Un truc² en +");
    format.nounSingular = QStringLiteral("atelier");
    format.nounPlural = QStringLiteral("ateliers");
    Action action;
    action.formatId = *school.catalogue().insertFormat(format);
    action.title = QStringLiteral("Excel");
    return *school.catalogue().insertAction(action);
}

QString createServerDatabase()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("truc2_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    QString error;
    // Identifiers cannot be bound: this one is made here of digits and letters only.
    if (!serverAdminExec(QStringLiteral("CREATE DATABASE ") + name, &error)) {
        qFatal("Cannot create a test database: %s", qPrintable(error));
    }
    ServerAddress address = *ServerAddress::parse(serverAdminLocation());
    address.database = name;
    return address.toLocation();
}

void dropServerDatabase(const QString& location)
{
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (address) {
        serverAdminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + address->database +
                        QStringLiteral(" WITH (FORCE)"));
    }
}

TestSchool::TestSchool()
{
    if (onPostgres()) {
        m_location = createServerDatabase();
        m_serverDatabase = m_location;
    } else {
        m_location = m_dir.filePath(QStringLiteral("school.truc2"));
    }
    Result<std::unique_ptr<School>> opened =
        School::open({m_location, DatabaseOptions::IfMissing::Create});
    if (!opened) {
        qFatal("Cannot create a test school: %s", qPrintable(opened.errorMessage()));
    }
    m_school = std::move(opened).value();
}

TestSchool::~TestSchool()
{
    m_school.reset();
    if (!m_serverDatabase.isEmpty()) {
        dropServerDatabase(m_serverDatabase);
    }
}

std::unique_ptr<School> TestSchool::openAgain() const
{
    Result<std::unique_ptr<School>> opened = School::open({m_location});
    if (!opened) {
        qFatal("Cannot open the test school again: %s", qPrintable(opened.errorMessage()));
    }
    return std::move(opened).value();
}

qint64 TestSchool::addService(const QString& direction, const QString& service)
{
    const Result<qint64> id = m_school->organisation().ensureService(direction, service);
    if (!id) {
        qFatal("Cannot add a service: %s", qPrintable(id.errorMessage()));
    }
    return *id;
}

void useTemporarySettings()
{
    // A new folder at each call: whatever a previous test remembered is gone.
    static std::vector<std::unique_ptr<QTemporaryDir>> folders;
    folders.push_back(std::make_unique<QTemporaryDir>());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folders.back()->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folders.back()->path());
}

QString fixture(const QString& name)
{
    return QStringLiteral(TRUC2_FIXTURES_DIR "/") + name;
}

QStringList tableIndexes(const Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    query.prepare(onPostgres()
                      ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE "
                                       "tablename = :table ORDER BY indexname")
                      : QStringLiteral("SELECT name, coalesce(sql, '') FROM sqlite_schema WHERE "
                                       "type = 'index' AND tbl_name = :table ORDER BY name"));
    query.bindValue(QStringLiteral(":table"), table);
    if (!query.exec()) {
        qWarning("%s", qPrintable(query.lastError().text()));
    }
    QStringList found;
    while (query.next()) {
        found << query.value(0).toString() + QStringLiteral(": ") + query.value(1).toString();
    }
    return found;
}

} // namespace truc2::test
