#pragma once

// A zip archive read from memory with libzip, and a QIODevice over one of its files, so that
// QXmlStreamReader can stream a part of an XLSX workbook without unpacking it whole.

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace truc2 {

/// One file of a ZipArchive, read sequentially (zip_fread): its checksum is checked as its end
/// is read, and any read error (damaged data, checksum) makes read() return -1 and failed() true.
class ZipEntryDevice final : public QIODevice
{
public:
    ZipEntryDevice(zip_file* file, qint64 size);
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    /// The uncompressed size the archive gives.
    qint64 size() const override { return m_size; }
    /// How many uncompressed bytes were read from the archive so far.
    qint64 consumed() const { return m_consumed; }
    bool failed() const { return m_failed; }
    /// Reads what is left, so that the checksum is checked; false when the file is damaged.
    bool readToEnd();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    zip_file* m_file;
    qint64 m_size;
    qint64 m_consumed = 0;
    bool m_failed = false;
    bool m_atEnd = false;
};

class ZipArchive final
{
public:
    /// The archive in `data` (kept by the archive); nullptr when it is no readable zip archive
    /// (truncated, damaged directory).
    static std::unique_ptr<ZipArchive> open(QByteArray data);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool contains(const QString& name) const;
    /// The file named `name`, opened; nullptr when it is missing or cannot be opened (check
    /// contains() to tell them apart). The device must be destroyed before the archive.
    std::unique_ptr<ZipEntryDevice> entry(const QString& name) const;

private:
    ZipArchive(QByteArray data, zip* archive);

    QByteArray m_data;
    zip* m_archive;
};

} // namespace truc2
