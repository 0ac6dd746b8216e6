#include "TestSchool.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

namespace truc2::test {

TestSchool::TestSchool()
    : m_path(m_dir.filePath(QStringLiteral("school.truc2")))
{
    Result<std::unique_ptr<School>> opened =
        School::open({m_path, DatabaseOptions::IfMissing::Create});
    if (!opened) {
        qFatal("Cannot create a test school: %s", qPrintable(opened.errorMessage()));
    }
    m_school = std::move(opened).value();
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

} // namespace truc2::test
