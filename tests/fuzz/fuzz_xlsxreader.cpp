// libFuzzer target: any bytes given to TableReader::openData as an .xlsx workbook, its first
// worksheet read to the end. The seed workbooks are stored uncompressed, so that mutations reach
// the XML; xlsx.dict holds the workbook's tokens.

#include "import/TableReader.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // Qt warns about broken inputs (XML, devices): silence, not findings.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto reader = truc2::TableReader::openData(bytes, QStringLiteral("fuzz.xlsx"));
    if (reader.ok()) {
        truc2::TableRecord record;
        while ((*reader)->next(record)) {
            static_cast<void>(record.cell(0));
        }
        static_cast<void>((*reader)->position());
    }
    return 0;
}
