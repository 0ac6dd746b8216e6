#include "ZipWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtDebug>

#include <zip.h>

namespace truc2::test {

bool writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& entries, bool compress)
{
    int code = 0;
    zip_t* archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (archive == nullptr) {
        qWarning() << "cannot create" << path << "libzip error" << code;
        return false;
    }
    for (const auto& [name, contents] : entries) {
        // libzip reads the buffer at zip_close(): `entries` outlives it.
        zip_source_t* source = zip_source_buffer(archive, contents.constData(),
                                                 static_cast<zip_uint64_t>(contents.size()), 0);
        const zip_int64_t index = source == nullptr
                                      ? -1
                                      : zip_file_add(archive, name.toUtf8().constData(), source,
                                                     ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            qWarning() << "cannot add" << name << "to" << path << zip_strerror(archive);
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                                 compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) != 0) {
        qWarning() << "cannot write" << path << zip_strerror(archive);
        zip_discard(archive);
        return false;
    }
    return true;
}

QByteArray zipBytes(const QList<QPair<QString, QByteArray>>& entries, bool compress)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.zip"));
    QFile file(path);
    if (!dir.isValid() || !writeZip(path, entries, compress) || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QList<QPair<QString, QByteArray>> folderEntries(const QString& folder)
{
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList names;
    while (it.hasNext()) {
        names << root.relativeFilePath(it.next());
    }
    names.sort();
    QList<QPair<QString, QByteArray>> entries;
    for (const QString& name : std::as_const(names)) {
        QFile file(root.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning() << "cannot read" << file.fileName();
            return {};
        }
        entries.append({name, file.readAll()});
    }
    return entries;
}

QByteArray readZipEntry(const QString& path, const QString& name)
{
    int code = 0;
    zip_t* archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (archive == nullptr) {
        qWarning() << "cannot open" << path << "libzip error" << code;
        return {};
    }
    QByteArray contents;
    zip_stat_t stat;
    zip_stat_init(&stat);
    zip_file_t* file = zip_stat(archive, name.toUtf8().constData(), 0, &stat) == 0
                           ? zip_fopen(archive, name.toUtf8().constData(), 0)
                           : nullptr;
    if (file == nullptr) {
        qWarning() << "cannot open" << name << "in" << path << zip_strerror(archive);
    } else {
        QByteArray data(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, data.data(), stat.size);
        // A read past the end checks the checksum.
        char extra = 0;
        if (read == static_cast<zip_int64_t>(stat.size) && zip_fread(file, &extra, 1) == 0) {
            contents = data;
        } else {
            qWarning() << "cannot read" << name << "in" << path << zip_file_strerror(file);
        }
        zip_fclose(file);
    }
    zip_discard(archive);
    return contents;
}

} // namespace truc2::test
