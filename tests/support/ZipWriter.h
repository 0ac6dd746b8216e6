#pragma once

// Zip archives for the tests, with libzip (as the XLSX reader): workbooks built from XML parts,
// and the parts of a written workbook read back.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace truc2::test {

/// Writes a zip archive of `entries` (name in the archive, contents), in their order, deflated
/// or stored; false (with a warning) when it cannot be written.
bool writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& entries,
              bool compress = true);

/// The bytes of such an archive; empty when it cannot be built.
QByteArray zipBytes(const QList<QPair<QString, QByteArray>>& entries, bool compress = true);

/// Every file under `folder` (hidden ones included: _rels/.rels), sorted by name
/// ("[Content_Types].xml" first, as Excel writes it), as entries for writeZip().
QList<QPair<QString, QByteArray>> folderEntries(const QString& folder);

/// The contents of the file `name` in the archive at `path`; a null QByteArray (with a warning)
/// when the archive or the file cannot be read.
QByteArray readZipEntry(const QString& path, const QString& name);

} // namespace truc2::test
