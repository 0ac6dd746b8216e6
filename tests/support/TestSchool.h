#pragma once

#include "School.h"

#include <QTemporaryDir>

#include <memory>

namespace truc2::test {

/// A new, empty school in a temporary folder, removed with the object.
class TestSchool
{
public:
    TestSchool();

    School& operator*() { return *m_school; }
    School* operator->() { return m_school.get(); }
    School& school() { return *m_school; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    /// Closes the school, so that its file can be inspected or opened again.
    void close() { m_school.reset(); }

    /// Adds a direction with one service and returns the service id.
    qint64 addService(const QString& direction, const QString& service);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<School> m_school;
};

/// Points QSettings and QStandardPaths at a fresh temporary folder, so that a test neither
/// reads the developer's preferences nor finds those an earlier test left.
void useTemporarySettings();

/// Path of a file under tests/fixtures.
QString fixture(const QString& name);

} // namespace truc2::test
