#include "import/ZipArchive.h"

#include <algorithm>
#include <zip.h>

namespace truc2 {

ZipEntryDevice::ZipEntryDevice(zip_file* file, qint64 size)
    : m_file(file)
    , m_size(size)
{
    QIODevice::open(QIODevice::ReadOnly);
}

ZipEntryDevice::~ZipEntryDevice()
{
    zip_fclose(m_file);
}

qint64 ZipEntryDevice::bytesAvailable() const
{
    return std::max<qint64>(0, m_size - m_consumed) + QIODevice::bytesAvailable();
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    if (m_failed) {
        return -1;
    }
    if (m_atEnd || maxSize <= 0) {
        return 0;
    }
    const zip_int64_t read = zip_fread(m_file, data, static_cast<zip_uint64_t>(maxSize));
    if (read < 0) {
        m_failed = true;
        setErrorString(QString::fromUtf8(zip_file_strerror(m_file)));
        return -1;
    }
    m_atEnd = read == 0;
    m_consumed += read;
    return read;
}

bool ZipEntryDevice::readToEnd()
{
    char buffer[16384];
    while (read(buffer, sizeof buffer) > 0) {
    }
    return !m_failed;
}

ZipArchive::ZipArchive(QByteArray data, zip* archive)
    : m_data(std::move(data))
    , m_archive(archive)
{}

ZipArchive::~ZipArchive()
{
    zip_discard(m_archive); // opened read-only: nothing to write back
}

std::unique_ptr<ZipArchive> ZipArchive::open(QByteArray data)
{
    zip_error_t error;
    zip_error_init(&error);
    // The buffer is not copied: the archive keeps `data` (implicitly shared, never detached).
    zip_source_t* source = zip_source_buffer_create(
        data.constData(), static_cast<zip_uint64_t>(data.size()), 0, &error);
    zip_error_fini(&error);
    if (source == nullptr) {
        return nullptr;
    }
    zip_error_init(&error);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (archive == nullptr) {
        zip_source_free(source); // still ours when the archive could not be opened
        return nullptr;
    }
    return std::unique_ptr<ZipArchive>(new ZipArchive(std::move(data), archive));
}

bool ZipArchive::contains(const QString& name) const
{
    return zip_name_locate(m_archive, name.toUtf8().constData(), 0) >= 0;
}

std::unique_ptr<ZipEntryDevice> ZipArchive::entry(const QString& name) const
{
    const zip_int64_t index = zip_name_locate(m_archive, name.toUtf8().constData(), 0);
    if (index < 0) {
        return nullptr;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
        (stat.valid & ZIP_STAT_SIZE) == 0) {
        return nullptr;
    }
    zip_file_t* file = zip_fopen_index(m_archive, static_cast<zip_uint64_t>(index), 0);
    if (file == nullptr) {
        return nullptr;
    }
    return std::make_unique<ZipEntryDevice>(file, static_cast<qint64>(stat.size));
}

} // namespace truc2
