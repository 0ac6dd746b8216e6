// libFuzzer target: any bytes given to TableReader::openData as a CSV file, read to the end.
// An input whose first byte is 0xF8 or more also forces an encoding and a separator (chosen by
// that byte) so that the forced paths are fuzzed too.

#include "import/TableReader.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <array>
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
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    truc2::TableReadOptions options;
    if (!bytes.isEmpty() && static_cast<uchar>(bytes.at(0)) >= 0xF8) {
        static const std::array<QString, 4> encodings = {
            QStringLiteral("UTF-8"), QStringLiteral("windows-1252"), QStringLiteral("UTF-16LE"),
            QStringLiteral("UTF-16BE")};
        static constexpr std::array<char, 4> separators = {';', ',', '\t', '|'};
        const auto choice = static_cast<uchar>(bytes.at(0)) - 0xF8;
        options.encoding = encodings.at(choice % 4);
        options.separator = QLatin1Char(separators.at((choice / 4) % 2 == 0 ? choice % 4 : 0));
        bytes.remove(0, 1);
    }
    auto reader = truc2::TableReader::openData(bytes, QStringLiteral("fuzz.csv"), options);
    if (reader.ok()) {
        truc2::TableRecord record;
        while ((*reader)->next(record)) {
            static_cast<void>(record.cell(0));
        }
        static_cast<void>((*reader)->position());
    }
    return 0;
}
