#include "import/XlsxParts.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace truc2::xlsx {
namespace {

/// Excel's last column, XFD.
constexpr int kMaxColumns = 16384;
/// 9999-12-31, the last day Excel shows, in the 1900 system.
constexpr double kMaxSerial = 2958465.0;

bool isTrue(QStringView value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

} // namespace

bool parseWorkbook(QXmlStreamReader& xml, Workbook& workbook)
{
    bool sawWorkbook = false;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"workbook") {
            sawWorkbook = true;
        } else if (name == u"workbookPr") {
            workbook.date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
        } else if (name == u"sheet") {
            const QXmlStreamAttributes attributes = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.name() == u"id") { // r:id, whatever the prefix
                    id = attribute.value().toString();
                }
            }
            workbook.sheets.append({attributes.value(QLatin1String("name")).toString(), id});
        }
    }
    return sawWorkbook && !xml.hasError();
}

bool parseRelationships(QXmlStreamReader& xml, QList<Relationship>& relationships)
{
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            relationships.append({attributes.value(QLatin1String("Id")).toString(),
                                  attributes.value(QLatin1String("Type")).toString(),
                                  attributes.value(QLatin1String("Target")).toString()});
        }
    }
    return !xml.hasError();
}

QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t") {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.name() == u"rPh") {
                xml.skipCurrentElement(); // phonetic reading of Japanese text
            } else {
                ++depth;
            }
        }
    }
    return text.contains(QLatin1String("_x")) ? decodeEscapes(text) : text;
}

QString decodeEscapes(const QString& text)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString decoded;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = escape.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).sliced(last, match.capturedStart() - last);
        decoded += QChar(static_cast<char16_t>(match.capturedView(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    decoded += QStringView(text).sliced(last);
    return decoded;
}

bool parseSharedStrings(QXmlStreamReader& xml, QStringList& strings)
{
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            strings.append(readStringItem(xml));
        }
    }
    return !xml.hasError();
}

bool parseStyles(QXmlStreamReader& xml, QList<DateKind>& styles)
{
    QHash<int, DateKind> customFormats;
    bool inCellXfs = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt") {
            customFormats.insert(
                attributes.value(QLatin1String("numFmtId")).toInt(),
                customFormatKind(attributes.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            styles.append(customFormats.contains(id) ? customFormats.value(id)
                                                     : builtinFormatKind(id));
        }
    }
    return !xml.hasError();
}

QString resolveTarget(const QString& target)
{
    if (target.startsWith(QLatin1Char('/'))) {
        return QDir::cleanPath(target.mid(1));
    }
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

DateKind builtinFormatKind(int numFmtId)
{
    if (numFmtId >= 14 && numFmtId <= 17) {
        return DateKind::Date;
    }
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47)) {
        return DateKind::Time;
    }
    return numFmtId == 22 ? DateKind::DateTime : DateKind::None;
}

DateKind customFormatKind(const QString& code)
{
    bool day = false;
    bool month = false;
    bool year = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char(';')) {
            break; // the first section (positive numbers) tells
        }
        if (c == QLatin1Char('"')) {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            // [h], [mm], [ss]: elapsed time; [Red], [$-40C], [>100]: not date parts.
            static const QRegularExpression elapsed(QStringLiteral("^(h+|m+|s+)$"));
            time = time || elapsed.match(inside).hasMatch();
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is shown as it is, or is padding
        } else if (c == QLatin1Char('d')) {
            day = true;
        } else if (c == QLatin1Char('y')) {
            year = true;
        } else if (c == QLatin1Char('m')) {
            month = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            time = true;
        }
    }
    // "m" is the month unless hours or seconds make it minutes.
    const bool date = day || year || (month && !time);
    if (date && time) {
        return DateKind::DateTime;
    }
    return date ? DateKind::Date : time ? DateKind::Time : DateKind::None;
}

QString serialToIso(double serial, DateKind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > kMaxSerial) {
        return {};
    }
    auto days = static_cast<qint64>(std::floor(serial));
    auto seconds = static_cast<int>(std::llround((serial - std::floor(serial)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QString time = QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss"));
    if (kind == DateKind::Time) {
        return time;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days >= 1 && days < 60) {
        date = QDate(1899, 12, 31).addDays(days);
    } else if (days > 60) {
        // Excel counts a 29 February 1900 that never was (Lotus 1-2-3's bug); serial 60 is it.
        date = QDate(1899, 12, 30).addDays(days);
    }
    if (!date.isValid() || date.year() > 9999) {
        return {};
    }
    const QString day = date.toString(Qt::ISODate);
    return kind == DateKind::DateTime ? day + QLatin1Char('T') + time : day;
}

int columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (const QChar c : reference) {
        const QChar upper = c.toUpper();
        if (upper < QLatin1Char('A') || upper > QLatin1Char('Z')) {
            break;
        }
        column = column * 26 + (upper.unicode() - u'A' + 1);
        if (++letters > 3 || column > kMaxColumns) {
            return -1;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

QString numberText(const QString& value)
{
    const QString trimmed = value.trimmed();
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,15}$"));
    if (integer.match(trimmed).hasMatch()) {
        return trimmed;
    }
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        return value;
    }
    return QString::number(number, 'g', 15);
}

} // namespace truc2::xlsx
