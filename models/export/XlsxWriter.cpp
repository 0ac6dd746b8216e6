#include "export/XlsxWriter.h"

#include "export/ExportText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <system_error>
#include <xlsxwriter.h>

// libxlsxwriter zips with the system's minizip; the XLSX reader of the imports uses libzip
// (functions named zip_…), so both live in one program. A zip library that exports minizip's
// function names with other arguments could not: one of the two would call the other's.

namespace truc2 {
namespace {

class XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
};

/// Excel's limits: the text of one cell, rows and columns of a sheet.
constexpr qsizetype kMaxCellText = 32767;
constexpr qsizetype kMaxRows = 1048576;
constexpr qsizetype kMaxColumns = 16384;
constexpr qsizetype kMinWidth = 8;
constexpr qsizetype kMaxWidth = 60;

/// Text as a cell holds it: text that looks like Excel's _xHHHH_ escape keeps its underscore
/// (_x005F_), or Excel would read it as the character; libxlsxwriter escapes the characters XML
/// cannot carry.
QByteArray cellText(const QString& text)
{
    static const QRegularExpression escapeLike(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    QString result = text.left(kMaxCellText);
    if (result.contains(QLatin1String("_x"))) {
        result.replace(escapeLike, QStringLiteral("_x005F_\\1"));
    }
    return result.left(kMaxCellText).toUtf8();
}

/// Days since 30 December 1899, the day count Excel stores (valid from March 1900).
double excelSerial(const QDateTime& moment)
{
    return double(QDate(1899, 12, 30).daysTo(moment.date())) +
           double(moment.time().msecsSinceStartOfDay()) / 86'400'000.0;
}

/// A cell as the worksheet stores it: a number (with its format) or text.
struct Cell
{
    enum Kind
    {
        Empty,
        Number,
        Text
    } kind = Empty;
    double number = 0;
    QString text;
    qsizetype width = 0; ///< The characters it shows.
};

/// The kinds of number formats, indexes of SheetWriter::m_formats.
enum Style
{
    IntegerStyle,
    DateStyle,
    DateTimeStyle,
    PercentageStyle,
    DecimalStyle,
    TextStyle,
    StyleCount
};

Cell cellOf(const QVariant& value, ExportType type)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    bool ok = false;
    switch (type) {
    case ExportType::Text:
        break;
    case ExportType::Integer:
        if (const qlonglong n = value.toLongLong(&ok); ok) {
            return {Cell::Number, double(n), {}, QString::number(n).size()};
        }
        break;
    case ExportType::Decimal:
        if (const double n = value.toDouble(&ok); ok && std::isfinite(n)) {
            return {Cell::Number, n, {}, QString::number(n, 'g', 15).size()};
        }
        break;
    case ExportType::Percentage:
        if (const double n = value.toDouble(&ok); ok && std::isfinite(n)) {
            return {Cell::Number, n, {}, 7};
        }
        break;
    case ExportType::Date:
        if (const QDate day = exportDate(value); day.isValid() && day >= QDate(1900, 3, 1)) {
            return {Cell::Number, excelSerial(day.startOfDay()), {}, 10};
        }
        break;
    case ExportType::DateTime:
        if (const QDateTime moment = exportDateTime(value);
            moment.isValid() && moment.date() >= QDate(1900, 3, 1)) {
            // To the minute, as the CSV shows it.
            const QDateTime minute(moment.date(),
                                   QTime(moment.time().hour(), moment.time().minute()));
            return {Cell::Number, excelSerial(minute), {}, 16};
        }
        break;
    }
    const QString text = value.toString();
    if (text.isEmpty()) {
        return {};
    }
    qsizetype width = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        width = std::max(width, line.size());
    }
    return {Cell::Text, 0, text, width};
}

Style styleOf(ExportType type)
{
    switch (type) {
    case ExportType::Integer:
        return IntegerStyle;
    case ExportType::Date:
        return DateStyle;
    case ExportType::DateTime:
        return DateTimeStyle;
    case ExportType::Percentage:
        return PercentageStyle;
    case ExportType::Decimal:
        return DecimalStyle;
    case ExportType::Text:
        break;
    }
    return TextStyle;
}

/// The workbook being written; closing it writes the file.
class Workbook
{
public:
    explicit Workbook(const QString& path)
        : m_path(QFile::encodeName(path))
    {
        // Each row goes to a temporary file as it is written, so that a large table does not
        // stay in memory; strings are then written inline, never as formulas.
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        m_workbook = workbook_new_opt(m_path.constData(), &options);
    }
    ~Workbook()
    {
        if (m_workbook != nullptr) {
            lxw_workbook_free(m_workbook); // after a failure: nothing is written
        }
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() const { return m_workbook; }
    lxw_error close()
    {
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        return error;
    }

private:
    QByteArray m_path;
    lxw_workbook* m_workbook = nullptr;
};

lxw_error writeSheet(lxw_workbook* workbook, const ExportTable& table, const QString& name)
{
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
    if (sheet == nullptr) {
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    std::array<lxw_format*, StyleCount> formats{};
    for (lxw_format*& format : formats) {
        format = workbook_add_format(workbook);
    }
    format_set_num_format_index(formats[IntegerStyle], 1); // "0"
    format_set_num_format(formats[DateStyle], "dd/mm/yyyy");
    format_set_num_format(formats[DateTimeStyle], "dd/mm/yyyy hh:mm");
    format_set_num_format(formats[PercentageStyle], "0.0%");

    const qsizetype columns = std::min(table.columns.size(), kMaxColumns);
    const qsizetype rows = std::min(table.rows.size(), kMaxRows - 1);
    // Widths first: in constant-memory mode rows are written once, in order.
    QList<qsizetype> widths(columns, 0);
    for (qsizetype c = 0; c < columns; ++c) {
        widths[c] = table.columns.at(c).title.size() + 3; // the autofilter's button
    }
    for (qsizetype r = 0; r < rows; ++r) {
        const QVariantList& row = table.rows.at(r);
        for (qsizetype c = 0; c < columns && c < row.size(); ++c) {
            widths[c] = std::max(widths.at(c), cellOf(row.at(c), table.columns.at(c).type).width);
        }
    }
    for (qsizetype c = 0; c < columns; ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        const double width = double(std::clamp(widths.at(c) + 1, kMinWidth, kMaxWidth));
        if (const lxw_error error = worksheet_set_column(sheet, column, column, width, nullptr)) {
            return error;
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);

    for (qsizetype c = 0; c < columns; ++c) {
        const QString& title = table.columns.at(c).title;
        if (title.isEmpty()) {
            continue;
        }
        if (const lxw_error error = worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c),
                                                           cellText(title).constData(), header)) {
            return error;
        }
    }
    for (qsizetype r = 0; r < rows; ++r) {
        const QVariantList& row = table.rows.at(r);
        const auto line = static_cast<lxw_row_t>(r + 1);
        for (qsizetype c = 0; c < columns && c < row.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            const Cell cell = cellOf(row.at(c), table.columns.at(c).type);
            lxw_error error = LXW_NO_ERROR;
            if (cell.kind == Cell::Number) {
                const Style style = styleOf(table.columns.at(c).type);
                error = worksheet_write_number(sheet, line, column, cell.number,
                                               style == DecimalStyle ? nullptr : formats[style]);
            } else if (cell.kind == Cell::Text) {
                // A string, never a formula, whatever it starts with ("=", "+", "@").
                error = worksheet_write_string(sheet, line, column, cellText(cell.text).constData(),
                                               nullptr);
            }
            if (error != LXW_NO_ERROR) {
                return error;
            }
        }
    }
    if (columns > 0) {
        return worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows),
                                    static_cast<lxw_col_t>(columns - 1));
    }
    return LXW_NO_ERROR;
}

/// Why libxlsxwriter failed, in the user's words.
QString reason(lxw_error error)
{
    switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return XlsxText::tr("the workbook could not be created.");
    default:
        return XlsxText::tr("the disk may be full.");
    }
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
    return writeXlsx(QList<ExportTable>{table}, path);
}

Status writeXlsx(const QList<ExportTable>& tables, const QString& path)
{
    const auto cannotWrite = [&](const QString& why) {
        return Error{XlsxText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
    };
    // Written under a temporary name beside the target, renamed over it at the end.
    const QFileInfo target(path);
    QTemporaryFile partial(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!partial.open()) {
        return cannotWrite(partial.errorString());
    }
    partial.close();

    Workbook workbook(partial.fileName());
    if (workbook.get() == nullptr) {
        return cannotWrite(XlsxText::tr("the workbook could not be created."));
    }
    QStringList names;
    for (const ExportTable& table : tables) {
        // Excel compares sheet names without case.
        const QString base = worksheetName(table.title);
        QString name = base;
        for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = base.left(31 - suffix.size()).trimmed() + suffix;
        }
        names.append(name);
        if (const lxw_error error = writeSheet(workbook.get(), table, name)) {
            return cannotWrite(reason(error));
        }
    }
    if (const lxw_error error = workbook.close()) {
        return cannotWrite(reason(error));
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
