#include "import/SurveyValues.h"

#include "core/TextKey.h"

#include <QRegularExpression>

#include <array>

namespace truc2 {
namespace {

struct ScaleCode
{
    SatisfactionScale scale;
    const char* code;
};

constexpr std::array kScaleCodes{
    ScaleCode{SatisfactionScale::OneToFour, "1-4"},
    ScaleCode{SatisfactionScale::OneToFive, "1-5"},
    ScaleCode{SatisfactionScale::ZeroToTen, "0-10"},
    ScaleCode{SatisfactionScale::Labels4, "labels4"},
    ScaleCode{SatisfactionScale::Labels5, "labels5"},
};

struct Bounds
{
    int min;
    int max;
};

Bounds boundsOf(SatisfactionScale scale)
{
    switch (scale) {
    case SatisfactionScale::OneToFour:
    case SatisfactionScale::Labels4:
        return {1, 4};
    case SatisfactionScale::ZeroToTen:
        return {0, 10};
    case SatisfactionScale::OneToFive:
    case SatisfactionScale::Labels5:
        break;
    }
    return {1, 5};
}

SatisfactionValue onScale(double value, double min, double max)
{
    if (value < min || value > max || max <= min) {
        return {CellReading::Unreadable, 0};
    }
    return {CellReading::Read, (value - min) / (max - min)};
}

/// The rank of a satisfaction said in words, 1 (lowest) to `levels`; 0 when not understood.
int labelRank(const QString& folded, int levels)
{
    const auto has = [&folded](const char* words) {
        return folded.contains(QLatin1String(words));
    };
    if (has("pas du tout") || has("tres insatisf") || has("tres mecontent") ||
        has("very dissatisf") || has("not at all")) {
        return 1;
    }
    if (has("tres satisf") || has("tres content") || has("very satisf") || has("excellent")) {
        return levels;
    }
    if (has("peu satisf") || has("plutot pas") || has("pas satisf") || has("insatisf") ||
        has("mecontent") || has("dissatisf") || has("plutot insatisf")) {
        return 2;
    }
    if (has("moyennement") || has("neutre") || has("ni satisf") || has("mitige") ||
        has("neutral") || has("moyen")) {
        return levels == 5 ? 3 : 0;
    }
    if (has("satisf") || has("content") || has("bien")) {
        return levels - 1;
    }
    return 0;
}

const QRegularExpression& fractionPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d+(?:[.,]\\d+)?)\\s*(?:/|sur|out of|on)\\s*(\\d+)$"));
    return re;
}

const QRegularExpression& codePattern()
{
    // LimeSurvey's answer codes: A1, A01, AO03 …
    static const QRegularExpression re(QStringLiteral("^[a-z]{1,2}0*(\\d{1,2})$"));
    return re;
}

const QRegularExpression& starsWordPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\s*(?:etoiles?|stars?)$"));
    return re;
}

std::optional<double> number(const QString& folded)
{
    bool ok = false;
    QString text = folded;
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

/// The value of the digits of `text` from `from`, `count` of them; -1 if one is not a digit.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// The common "2021-03-12", "2021-03-12 15:49" and "2021-03-12 15:49:23" (or with a T), read
/// without the general pattern; an invalid QDateTime for an impossible date or time, nothing
/// for any other form.
std::optional<QDateTime> plainIsoTime(QStringView text)
{
    const qsizetype size = text.size();
    if ((size != 10 && size != 16 && size != 19) || text[4] != u'-' || text[7] != u'-') {
        return std::nullopt;
    }
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (size > 10) {
        if ((text[10] != u' ' && text[10] != u'T') || text[13] != u':' ||
            (size == 19 && text[16] != u':')) {
            return std::nullopt;
        }
        hour = digitsAt(text, 11, 2);
        minute = digitsAt(text, 14, 2);
        second = size == 19 ? digitsAt(text, 17, 2) : 0;
    }
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid()) {
        return QDateTime();
    }
    return QDateTime(date, time);
}

} // namespace

QString satisfactionScaleCode(SatisfactionScale scale)
{
    for (const ScaleCode& entry : kScaleCodes) {
        if (entry.scale == scale) {
            return QString::fromLatin1(entry.code);
        }
    }
    return {};
}

SatisfactionScale satisfactionScaleFromCode(const QString& code)
{
    for (const ScaleCode& entry : kScaleCodes) {
        if (code == QLatin1String(entry.code)) {
            return entry.scale;
        }
    }
    return SatisfactionScale::OneToFive;
}

SatisfactionValue readSatisfaction(const QString& text, SatisfactionScale scale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    const Bounds bounds = boundsOf(scale);
    const qsizetype full = trimmed.count(QChar(0x2605));
    const qsizetype empty = trimmed.count(QChar(0x2606));
    if (full + empty > 0) {
        const qsizetype max = empty > 0 ? full + empty : bounds.max;
        return onScale(double(full), 1, double(max));
    }
    const QString folded = foldedText(trimmed);
    if (const std::optional<double> value = number(folded)) {
        return onScale(*value, bounds.min, bounds.max);
    }
    if (const QRegularExpressionMatch m = fractionPattern().match(folded); m.hasMatch()) {
        const double max = m.captured(2).toDouble();
        return onScale(*number(m.captured(1)), max > 5 ? 0 : 1, max);
    }
    if (const QRegularExpressionMatch m = starsWordPattern().match(folded); m.hasMatch()) {
        return onScale(m.captured(1).toDouble(), 1, bounds.max > 5 ? 5 : bounds.max);
    }
    if (const QRegularExpressionMatch m = codePattern().match(folded); m.hasMatch()) {
        return onScale(m.captured(1).toDouble(), bounds.min, bounds.max);
    }
    const int levels =
        scale == SatisfactionScale::OneToFour || scale == SatisfactionScale::Labels4 ? 4 : 5;
    if (const int rank = labelRank(folded, levels); rank > 0) {
        return {CellReading::Read, double(rank - 1) / double(levels - 1)};
    }
    return {CellReading::Unreadable, 0};
}

YesNoValue readYesNo(const QString& text)
{
    const QString folded = foldedText(text.trimmed());
    if (folded.isEmpty()) {
        return {};
    }
    static const QRegularExpression yes(
        QStringLiteral("^(?:oui|yes|y|o|1|vrai|true)$|\\b(?:oui|yes)\\b"));
    static const QRegularExpression no(
        QStringLiteral("^(?:non|no|n|0|faux|false)$|\\b(?:non|no|pas vraiment|pas du tout)\\b"));
    const bool saysYes = yes.match(folded).hasMatch();
    const bool saysNo = no.match(folded).hasMatch();
    if (saysYes == saysNo) {
        return {CellReading::Unreadable, false};
    }
    return {CellReading::Read, saysYes};
}

TimeValue readSubmissionTime(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    if (const std::optional<QDateTime> iso = plainIsoTime(trimmed)) {
        return {iso->isValid() ? CellReading::Read : CellReading::Unreadable,
                iso->isValid() ? *iso : QDateTime()};
    }
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(?:[.,](\\d+))?$"));
    if (const QRegularExpressionMatch m = serial.match(trimmed); m.hasMatch()) {
        // Excel counts days from 1899-12-30 (its 1900 leap-year slip included).
        const double days = QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        const qint64 whole = qint64(days);
        const qint64 seconds = qRound64((days - double(whole)) * 86400.0);
        return {CellReading::Read,
                QDateTime(QDate(1899, 12, 30).addDays(whole), QTime(0, 0)).addSecs(seconds)};
    }
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,4})[-/.](\\d{1,2})[-/.](\\d{1,4})"
                       "(?:(?:\\s+|T|\\s*-\\s*|\\s+a\\s+|\\s+à\\s+)(\\d{1,2})[:h](\\d{2})"
                       "(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp]\\.?[Mm]\\.?)?)?"
                       "\\s*(Z|(?:UTC|GMT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?|UTC|GMT)?$"));
    const QRegularExpressionMatch m = pattern.match(trimmed);
    if (!m.hasMatch()) {
        return {CellReading::Unreadable, {}};
    }
    int a = m.captured(1).toInt();
    int b = m.captured(2).toInt();
    int c = m.captured(3).toInt();
    const bool pm = m.captured(7).startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
    const bool am = !pm && !m.captured(7).isEmpty();
    QDate date;
    if (m.captured(1).size() == 4) {
        date = QDate(a, b, c);
    } else {
        if (c < 100) {
            c += 2000;
        }
        // Day first (French) unless the day cannot be one, or the clock is American.
        const bool monthFirst = b > 12 || ((am || pm) && a <= 12);
        date = monthFirst ? QDate(c, a, b) : QDate(c, b, a);
    }
    int hour = m.captured(4).toInt();
    if (pm && hour < 12) {
        hour += 12;
    } else if (am && hour == 12) {
        hour = 0;
    }
    const QTime time(hour, m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid() || hour > 23) {
        return {CellReading::Unreadable, {}};
    }
    const QString zone = m.captured(8);
    if (zone.isEmpty()) {
        return {CellReading::Read, QDateTime(date, time)};
    }
    int offset = 0;
    if (!m.captured(9).isEmpty()) {
        offset = (m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60) *
                 (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    const QDateTime at(date, time, Qt::OffsetFromUTC, offset);
    // Stored in the school's local time, as every other moment.
    const QDateTime local = at.toLocalTime();
    return {CellReading::Read, QDateTime(local.date(), local.time())};
}

int splitAnswerOf(const QString& header)
{
    const QString folded = foldedText(header.trimmed());
    if (folded == QLatin1String("oui") || folded == QLatin1String("yes")) {
        return 1;
    }
    if (folded == QLatin1String("non") || folded == QLatin1String("no")) {
        return -1;
    }
    return 0;
}

QStringList headerWords(const QString& header)
{
    const QString folded = foldedText(header.simplified());
    QStringList words{folded};
    static const QRegularExpression codeText(QStringLiteral("^([a-z][a-z0-9_\\[\\]]*)\\. (.+)$"));
    if (const QRegularExpressionMatch m = codeText.match(folded); m.hasMatch()) {
        words << m.captured(1) << m.captured(2).trimmed();
    }
    return words;
}

bool isPersonalHeader(const QString& header)
{
    static const QStringList exact{
        QStringLiteral("nom"),
        QStringLiteral("prenom"),
        QStringLiteral("name"),
        QStringLiteral("first name"),
        QStringLiteral("last name"),
        QStringLiteral("firstname"),
        QStringLiteral("lastname"),
        QStringLiteral("nom de famille"),
        QStringLiteral("nom complet"),
        QStringLiteral("full name"),
        QStringLiteral("email"),
        QStringLiteral("e-mail"),
        QStringLiteral("courriel"),
        QStringLiteral("adresse e-mail"),
        QStringLiteral("adresse email"),
        QStringLiteral("adresse electronique"),
        QStringLiteral("email address"),
        QStringLiteral("adresse de messagerie"),
        QStringLiteral("ipaddr"),
        QStringLiteral("ip address"),
        QStringLiteral("adresse ip"),
        QStringLiteral("ip"),
        QStringLiteral("refurl"),
        QStringLiteral("referrer url"),
        QStringLiteral("url de provenance"),
        QStringLiteral("token"),
        QStringLiteral("jeton"),
        QStringLiteral("uid"),
        QStringLiteral("username"),
        QStringLiteral("nom d'utilisateur"),
        QStringLiteral("utilisateur"),
        QStringLiteral("telephone"),
        QStringLiteral("phone"),
        QStringLiteral("matricule"),
    };
    const QStringList words = headerWords(header);
    for (const QString& word : words) {
        if (exact.contains(word)) {
            return true;
        }
    }
    return false;
}

bool looksLikeEmails(const QStringList& answers)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    int filled = 0;
    int emails = 0;
    for (const QString& answer : answers) {
        const QString trimmed = answer.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        ++filled;
        emails += email.match(trimmed).hasMatch() ? 1 : 0;
    }
    return filled > 0 && emails * 2 > filled;
}

char* writeJsonUtf8(char* out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const auto put = [&out](unsigned value) {
        *out++ = static_cast<char>(value);
    };
    const auto escape = [&put](char letter) {
        put('\\');
        put(static_cast<unsigned char>(letter));
    };
    put('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        switch (unit) {
        case u'"':
            escape('"');
            continue;
        case u'\\':
            escape('\\');
            continue;
        case u'\b':
            escape('b');
            continue;
        case u'\f':
            escape('f');
            continue;
        case u'\n':
            escape('n');
            continue;
        case u'\r':
            escape('r');
            continue;
        case u'\t':
            escape('t');
            continue;
        default:
            break;
        }
        if (unit >= 0x20 && unit < 0x80) {
            put(unit);
        } else if (unit >= 0x80 && unit < 0x800) {
            put(0xc0 | (unit >> 6));
            put(0x80 | (unit & 0x3f));
        } else if (unit >= 0x800 && !QChar::isSurrogate(unit)) {
            put(0xe0 | (unit >> 12));
            put(0x80 | ((unit >> 6) & 0x3f));
            put(0x80 | (unit & 0x3f));
        } else if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
                   QChar::isLowSurrogate(text[i + 1].unicode())) {
            const char32_t point = QChar::surrogateToUcs4(unit, text[++i].unicode());
            put(0xf0 | (point >> 18));
            put(0x80 | ((point >> 12) & 0x3f));
            put(0x80 | ((point >> 6) & 0x3f));
            put(0x80 | (point & 0x3f));
        } else {
            // A control character, or a surrogate alone (it has no UTF-8 form).
            escape('u');
            for (int shift = 12; shift >= 0; shift -= 4) {
                put(static_cast<unsigned char>(hex[(unit >> shift) & 0xf]));
            }
        }
    }
    put('"');
    return out;
}

void appendJsonUtf8(QByteArray& json, QStringView text)
{
    const qsizetype size = json.size();
    json.resize(size + jsonStringRoom(text.size()));
    json.truncate(writeJsonUtf8(json.data() + size, text) - json.constData());
}

} // namespace truc2
