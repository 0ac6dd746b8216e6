#pragma once

#include "School.h"

#include <QTemporaryDir>

#include <memory>

namespace truc2::test {

/// The backend a test runs on: SQLite unless TRUC2_TEST_BACKEND=postgresql, in which case
/// TRUC2_TEST_PG names the server (scripts/pg-cluster.sh starts one).
SqlDialect::Backend testBackend();
bool onPostgres();
/// Why the chosen backend cannot be used here (empty when it can): tests QSKIP with it.
QString backendUnavailableReason();

/// A new, empty school removed with the object: a file in a temporary folder, or a database
/// of its own on the test server.
class TestSchool
{
public:
    TestSchool();
    ~TestSchool();

    School& operator*() { return *m_school; }
    School* operator->() { return m_school.get(); }
    School& school() { return *m_school; }
    /// The file path, or the server address (postgresql://…).
    QString path() const { return m_location; }
    /// A temporary folder for files the test writes.
    QString dir() const { return m_dir.path(); }

    /// Closes the school, so that its file can be inspected or opened again.
    void close() { m_school.reset(); }
    /// Opens another connection to the same school, as a second workstation would.
    std::unique_ptr<School> openAgain() const;

    /// Adds a direction with one service and returns the service id.
    qint64 addService(const QString& direction, const QString& service);

private:
    QTemporaryDir m_dir;
    QString m_location;
    QString m_serverDatabase; ///< On PostgreSQL: the database made for this school.
    std::unique_ptr<School> m_school;
};

/// Creates an empty database on the test server and returns its address (for tests that
/// build their own school there); dropDatabase removes it.
QString createServerDatabase();
void dropServerDatabase(const QString& location);

/// Runs SQL as the server's administrator (roles, privileges, dropping connections).
bool serverAdminExec(const QString& sql, QString* error = nullptr);
/// Runs statements as the administrator inside one school's database (grants, triggers,
/// tampering the way another program would); fails the test on an error.
void serverAdminExecIn(const QString& location, const QStringList& statements);

/// Adds a format "UT — Un truc² en +" with one action "Excel" and returns the action's id.
qint64 addWorkshopAction(School& school);

/// Points QSettings and QStandardPaths at a fresh temporary folder, so that a test neither
/// reads the developer's preferences nor finds those an earlier test left.
void useTemporarySettings();

/// Path of a file under tests/fixtures.
QString fixture(const QString& name);

/// Every index of a table as "name: definition" (SQLite's statement, empty for a constraint's
/// own index; PostgreSQL's indexdef), sorted by name.
QStringList tableIndexes(const Database& db, const QString& table);

} // namespace truc2::test

/// In initTestCase(): skips the whole test when its backend is not available here.
#define TRUC2_REQUIRE_BACKEND()                                                                    \
    do {                                                                                           \
        if (const QString why = truc2::test::backendUnavailableReason(); !why.isEmpty()) {         \
            QSKIP(qPrintable(why));                                                                \
        }                                                                                          \
    } while (false)
