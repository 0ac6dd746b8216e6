#include "export/CsvWriter.h"

#include "export/ExportText.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace truc2 {
namespace {

constexpr QChar kSeparator = u';';

class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};

/// A number the way French Excel reads one: a decimal comma, no thousands separator, no
/// exponent.
QString frenchNumber(double value)
{
    QString text = QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

/// Text that Excel would read as a number, a date, a time or a percentage.
bool looksLikeNumberToExcel(const QString& text)
{
    static const QRegularExpression numeric(
        QStringLiteral("^[0-9][0-9 \\x{00A0}\\x{202F}.,/:%-]*$|^[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+$"
                       "|^\\([0-9][0-9 .,]*\\)$"));
    return numeric.match(text).hasMatch();
}

QString quoted(const QString& field)
{
    static const QRegularExpression special(QStringLiteral("[;\"\\r\\n\\t]"));
    if (!field.contains(special)) {
        return field;
    }
    QString text = field;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString cellText(const QVariant& value, ExportType type)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (type) {
    case ExportType::Text:
        break;
    case ExportType::Integer:
        if (bool ok = false; value.toLongLong(&ok), ok) {
            return QString::number(value.toLongLong());
        }
        break;
    case ExportType::Decimal:
        if (bool ok = false; value.toDouble(&ok), ok) {
            return frenchNumber(value.toDouble());
        }
        break;
    case ExportType::Percentage:
        if (bool ok = false; value.toDouble(&ok), ok) {
            // Rounded to the millionth of a percent: 0.855 is "85,5%", not "85,49999999999999%".
            return frenchNumber(std::round(value.toDouble() * 1e8) / 1e6) + QLatin1Char('%');
        }
        break;
    case ExportType::Date:
        if (const QDate date = exportDate(value); date.isValid()) {
            return date.toString(QStringLiteral("dd/MM/yyyy"));
        }
        break;
    case ExportType::DateTime:
        if (const QDateTime dateTime = exportDateTime(value); dateTime.isValid()) {
            return dateTime.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        }
        break;
    }
    return csvTextCell(value.toString());
}

void appendRecord(QString& text, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            text += kSeparator;
        }
        text += quoted(fields.at(i));
    }
    text += QLatin1String("\r\n");
}

} // namespace

QString csvTextCell(const QString& text)
{
    if (startsLikeFormula(text)) {
        return QLatin1Char('\'') + text;
    }
    if (looksLikeNumberToExcel(text)) {
        return QLatin1Char('\t') + text;
    }
    return text;
}

namespace {

void appendTable(QString& text, const ExportTable& table)
{
    QStringList fields;
    for (const ExportColumn& column : table.columns) {
        fields.append(csvTextCell(column.title));
    }
    appendRecord(text, fields);
    for (const QVariantList& row : table.rows) {
        fields.clear();
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            fields.append(c < row.size() ? cellText(row.at(c), table.columns.at(c).type)
                                         : QString());
        }
        appendRecord(text, fields);
    }
}

Status writeBytes(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{CsvText::tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace

QByteArray csvBytes(const ExportTable& table)
{
    QString text;
    appendTable(text, table);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray csvBytes(const QList<ExportTable>& tables)
{
    QString text;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (i > 0) {
            text += QLatin1String("\r\n");
        }
        appendRecord(text, {csvTextCell(tables.at(i).title)});
        appendTable(text, tables.at(i));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Status writeCsv(const ExportTable& table, const QString& path)
{
    return writeBytes(csvBytes(table), path);
}

Status writeCsv(const QList<ExportTable>& tables, const QString& path)
{
    return writeBytes(csvBytes(tables), path);
}

} // namespace truc2
