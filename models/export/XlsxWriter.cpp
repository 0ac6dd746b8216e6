#include "export/XlsxWriter.h"

#include "export/ExportText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <system_error>
#include <xlsxwriter.h>

namespace truc2 {
namespace {

class XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
};

/// Excel's limit on the text of one cell.
constexpr qsizetype kMaxCellText = 32767;
constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 60;

struct WorkbookCloser
{
    void operator()(lxw_workbook* workbook) const { workbook_close(workbook); }
};

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* percentage = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
};

Formats makeFormats(lxw_workbook* workbook)
{
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    formats.integer = workbook_add_format(workbook);
    format_set_num_format(formats.integer, "0");
    formats.percentage = workbook_add_format(workbook);
    format_set_num_format(formats.percentage, "0.0%");
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "dd/mm/yyyy");
    formats.dateTime = workbook_add_format(workbook);
    format_set_num_format(formats.dateTime, "dd/mm/yyyy hh:mm");
    return formats;
}

lxw_datetime excelDateTime(const QDateTime& value)
{
    const QDate date = value.date();
    const QTime time = value.time();
    return {date.year(), date.month(), date.day(), time.hour(), time.minute(), 0.0};
}

/// Writes one cell; returns the width its text takes, in characters.
qsizetype writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const QVariant& value,
                    ExportType type, const Formats& formats, lxw_error* error)
{
    if (!value.isValid() || value.isNull()) {
        return 0;
    }
    bool ok = false;
    switch (type) {
    case ExportType::Text:
        break;
    case ExportType::Integer:
        if (const qlonglong number = value.toLongLong(&ok); ok) {
            *error = worksheet_write_number(sheet, row, column, double(number), formats.integer);
            return QString::number(number).size();
        }
        break;
    case ExportType::Decimal:
        if (const double number = value.toDouble(&ok); ok) {
            *error = worksheet_write_number(sheet, row, column, number, nullptr);
            return QString::number(number).size();
        }
        break;
    case ExportType::Percentage:
        if (const double number = value.toDouble(&ok); ok) {
            *error = worksheet_write_number(sheet, row, column, number, formats.percentage);
            return 6;
        }
        break;
    case ExportType::Date:
        if (const QDate date = exportDate(value); date.isValid() && date.year() >= 1900) {
            lxw_datetime excel = excelDateTime(date.startOfDay());
            *error = worksheet_write_datetime(sheet, row, column, &excel, formats.date);
            return 10;
        }
        break;
    case ExportType::DateTime:
        if (const QDateTime moment = exportDateTime(value);
            moment.isValid() && moment.date().year() >= 1900) {
            lxw_datetime excel = excelDateTime(moment);
            *error = worksheet_write_datetime(sheet, row, column, &excel, formats.dateTime);
            return 16;
        }
        break;
    }
    const QString text = value.toString().left(kMaxCellText);
    if (!text.isEmpty()) {
        *error = worksheet_write_string(sheet, row, column, text.toUtf8().constData(), nullptr);
    }
    // The widest line of a cell that has several.
    qsizetype width = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        width = std::max(width, line.size());
    }
    return width;
}

lxw_error writeSheet(lxw_workbook* workbook, const ExportTable& table)
{
    lxw_worksheet* sheet =
        workbook_add_worksheet(workbook, worksheetName(table.title).toUtf8().constData());
    if (!sheet) {
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    const Formats formats = makeFormats(workbook);
    const auto columnCount = std::min<qsizetype>(table.columns.size(), LXW_COL_MAX);
    const auto rowCount = std::min<qsizetype>(table.rows.size(), LXW_ROW_MAX - 1);
    QList<qsizetype> widths(columnCount, 0);
    lxw_error error = LXW_NO_ERROR;
    for (qsizetype c = 0; c < columnCount && error == LXW_NO_ERROR; ++c) {
        const QString& title = table.columns.at(c).title;
        error = worksheet_write_string(sheet, 0, lxw_col_t(c), title.toUtf8().constData(),
                                       formats.header);
        widths[c] = title.size() + 3; // The autofilter's button.
    }
    for (qsizetype r = 0; r < rowCount && error == LXW_NO_ERROR; ++r) {
        const QVariantList& row = table.rows.at(r);
        for (qsizetype c = 0; c < columnCount && c < row.size() && error == LXW_NO_ERROR; ++c) {
            const qsizetype width = writeCell(sheet, lxw_row_t(r + 1), lxw_col_t(c), row.at(c),
                                              table.columns.at(c).type, formats, &error);
            widths[c] = std::max(widths[c], width);
        }
    }
    for (qsizetype c = 0; c < columnCount && error == LXW_NO_ERROR; ++c) {
        const double width = std::clamp(double(widths.at(c)) + 1, kMinWidth, kMaxWidth);
        error = worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    if (error == LXW_NO_ERROR && columnCount > 0) {
        worksheet_freeze_panes(sheet, 1, 0);
        error = worksheet_autofilter(sheet, 0, 0, lxw_row_t(rowCount), lxw_col_t(columnCount - 1));
    }
    return error;
}

} // namespace

QString worksheetName(const QString& title)
{
    QString name = title.simplified();
    for (const QChar forbidden : {u'[', u']', u':', u'*', u'?', u'/', u'\\'}) {
        name.replace(forbidden, QLatin1Char(' '));
    }
    name = name.simplified().left(31).trimmed();
    // A name may not start or end with an apostrophe.
    while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\''))) {
        name = name.startsWith(QLatin1Char('\'')) ? name.mid(1) : name.chopped(1);
    }
    return name.isEmpty() ? QStringLiteral("Export") : name;
}

Status writeXlsx(const ExportTable& table, const QString& path)
{
    const QFileInfo target(path);
    const auto cannotWrite = [&](const QString& why) {
        return Error{XlsxText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    // libxlsxwriter writes to a path: a temporary name beside the target, renamed at the end.
    QTemporaryFile partial(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!partial.open()) {
        return cannotWrite(partial.errorString());
    }
    partial.close();
    const QByteArray partialName = QFile::encodeName(partial.fileName());
    lxw_workbook_options options{};
    const QByteArray folder = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char*>(folder.constData());
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(
        workbook_new_opt(partialName.constData(), &options));
    if (!workbook) {
        return cannotWrite(XlsxText::tr("the workbook could not be created."));
    }
    if (const lxw_error error = writeSheet(workbook.get(), table); error != LXW_NO_ERROR) {
        return cannotWrite(QString::fromUtf8(lxw_strerror(error)));
    }
    if (const lxw_error error = workbook_close(workbook.release()); error != LXW_NO_ERROR) {
        return cannotWrite(QString::fromUtf8(lxw_strerror(error)));
    }
    std::error_code renamed;
    std::filesystem::rename(std::filesystem::path(partial.fileName().toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), renamed);
    if (renamed) {
        return cannotWrite(QString::fromStdString(renamed.message()));
    }
    partial.setAutoRemove(false);
    return {};
}

} // namespace truc2
