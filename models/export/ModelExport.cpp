#include "export/ModelExport.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>

#include <cmath>
#include <optional>

namespace truc2 {
namespace {

/// A cell as the model gives it: what it shows, and what it is when that agrees.
struct Cell
{
    QString display;
    std::optional<ExportType> type; ///< Unset: only the text is known.
    QVariant value;                 ///< The typed value when `type` is set.
};

const QString kDayFormat = QStringLiteral("dd/MM/yyyy");

std::optional<double> shownNumber(const QString& display)
{
    QString text;
    for (const QChar c : display) {
        if (!c.isSpace() && c != u'\u202F') {
            text += c == u',' ? QChar(u'.') : c;
        }
    }
    bool ok = false;
    const double number = text.toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

bool isInteger(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

bool isDecimal(const QVariant& value)
{
    const int id = value.metaType().id();
    return id == QMetaType::Double || id == QMetaType::Float;
}

Cell readCell(const QModelIndex& index, int rawRole)
{
    Cell cell;
    cell.display = index.data(Qt::DisplayRole).toString();
    if (cell.display.isEmpty()) {
        return cell;
    }
    const QVariant raw = index.data(rawRole);
    if (isInteger(raw) || isDecimal(raw)) {
        if (const std::optional<double> shown = shownNumber(cell.display);
            shown && sameNumber(*shown, raw.toDouble())) {
            cell.type = isInteger(raw) ? ExportType::Integer : ExportType::Decimal;
            cell.value = isInteger(raw) ? QVariant(raw.toLongLong()) : QVariant(raw.toDouble());
            return cell;
        }
    }
    if (raw.metaType().id() == QMetaType::QDateTime || raw.metaType().id() == QMetaType::QDate) {
        const QDateTime moment =
            raw.metaType().id() == QMetaType::QDate ? raw.toDate().startOfDay() : raw.toDateTime();
        if (moment.isValid() && cell.display.contains(moment.date().toString(kDayFormat))) {
            const bool timeShown = raw.metaType().id() == QMetaType::QDateTime &&
                                   cell.display.contains(moment.toString(QStringLiteral("HH:mm")));
            cell.type = timeShown ? ExportType::DateTime : ExportType::Date;
            cell.value = timeShown ? QVariant(moment) : QVariant(moment.date());
            return cell;
        }
    }
    // A day shown as such, whatever sorts it (a Julian day number, text).
    if (const QDate day = QDate::fromString(cell.display, kDayFormat); day.isValid()) {
        cell.type = ExportType::Date;
        cell.value = day;
    }
    return cell;
}

/// The type every filled cell of a column agrees on: integers and decimals together are
/// decimals; any cell known only by its text makes the whole column text.
ExportType columnType(const QList<Cell>& cells)
{
    std::optional<ExportType> common;
    for (const Cell& cell : cells) {
        if (cell.display.isEmpty()) {
            continue;
        }
        if (!cell.type) {
            return ExportType::Text;
        }
        if (!common || *common == *cell.type) {
            common = cell.type;
        } else if ((*common == ExportType::Integer && *cell.type == ExportType::Decimal) ||
                   (*common == ExportType::Decimal && *cell.type == ExportType::Integer)) {
            common = ExportType::Decimal;
        } else {
            return ExportType::Text;
        }
    }
    return common.value_or(ExportType::Text);
}

} // namespace

ExportTable tableFromModel(const QAbstractItemModel& model, const QList<int>& columns, int rawRole,
                           const QString& title)
{
    ExportTable table;
    table.title = title;
    const int rowCount = model.rowCount();
    table.rows.resize(rowCount);
    for (const int column : columns) {
        QList<Cell> cells;
        cells.reserve(rowCount);
        for (int row = 0; row < rowCount; ++row) {
            cells.append(readCell(model.index(row, column), rawRole));
        }
        const ExportType type = columnType(cells);
        table.addColumn(model.headerData(column, Qt::Horizontal).toString(), type);
        for (int row = 0; row < rowCount; ++row) {
            const Cell& cell = cells.at(row);
            if (cell.display.isEmpty()) {
                table.rows[row].append(QVariant());
            } else if (type == ExportType::Text) {
                table.rows[row].append(cell.display);
            } else {
                table.rows[row].append(cell.value);
            }
        }
    }
    return table;
}

} // namespace truc2
