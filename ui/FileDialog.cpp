#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>
#include <utility>

namespace truc2::ui {
namespace {

std::optional<QString> s_nextSaveFileName;
std::optional<QString> s_nextOpenFileName;

} // namespace

QString FileDialog::saveFileName(QWidget* parent, const QString& title,
                                 const QString& suggestedName, const QString& filter,
                                 const QString& extension)
{
    QString path;
    if (s_nextSaveFileName) {
        path = *std::exchange(s_nextSaveFileName, std::nullopt);
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName),
                                            filter);
    }
    if (!path.isEmpty() && !path.endsWith(extension, Qt::CaseInsensitive)) {
        path += extension;
    }
    return path;
}

void FileDialog::setNextSaveFileName(const QString& path)
{
    s_nextSaveFileName = path;
}

QString FileDialog::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_nextOpenFileName) {
        return *std::exchange(s_nextOpenFileName, std::nullopt);
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

void FileDialog::setNextOpenFileName(const QString& path)
{
    s_nextOpenFileName = path;
}

} // namespace truc2::ui
