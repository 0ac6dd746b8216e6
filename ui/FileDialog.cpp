#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>
#include <utility>

namespace truc2::ui {
namespace {

std::optional<QString> s_nextSaveFileName;

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

} // namespace truc2::ui
