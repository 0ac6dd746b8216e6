#pragma once

// XLSX workbooks (Microsoft Forms exports only that), read with libzip and QXmlStreamReader: the
// workbook's sheet list, shared strings and styles are read whole, the worksheet is streamed
// row by row. Rows without any value are not records, as blank CSV lines are not.
//
// Cells: shared strings (rich text runs joined), inline strings, formula strings, booleans
// ("TRUE"/"FALSE"), errors ("#N/A"), numbers as C-locale text ("3", "4.5"), and numbers styled
// as dates or times as ISO text ("2024-03-12", "2024-03-12T09:30:00", "09:30:00"). A record's
// cells sit in their columns ("C7" is the third); the cells between are null strings.

#include "import/TableReader.h"
#include "import/XlsxParts.h"
#include "import/ZipArchive.h"

#include <QIODevice>
#include <QXmlStreamReader>

namespace truc2 {

class XlsxReader final : public TableReader
{
public:
    /// Reads the chosen (or first) worksheet of the workbook in `device` (the reader owns it).
    static Result<std::unique_ptr<TableReader>>
    create(std::unique_ptr<QIODevice> device, const QString& path, const TableReadOptions& options);

    ~XlsxReader() override;

    bool next(TableRecord& record) override;
    qint64 position() const override;
    qint64 size() const override;

private:
    XlsxReader(QString path, TableFormat format);

    /// Reads the <row> the XML reader is on into `record`; false for a row without values or
    /// on an error.
    bool readRow(TableRecord& record);
    QString cellText(const QString& type, int style, const QString& value, bool hasValue,
                     const QString& reference);
    void fail(const QString& message);
    static QString damaged(const QString& path);

    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<ZipEntryDevice> m_sheet;
    QXmlStreamReader m_xml;
    QStringList m_sharedStrings;
    QList<xlsx::DateKind> m_styles;
    bool m_date1904 = false;
    qint64 m_sheetSize = 0;
    qint64 m_row = 0;
    bool m_inSheetData = false;
    bool m_finished = false;
};

} // namespace truc2
