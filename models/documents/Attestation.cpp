#include "documents/Attestation.h"

#include "documents/DocumentStyle.h"
#include "documents/DocumentText.h"

#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace truc2 {
namespace {

enum Column
{
    DateColumn,
    CodeColumn,
    ActionColumn,
    FormatColumn,
    TimesColumn,
    HoursColumn,
    ExtraColumnIndex,
};

} // namespace

void Attestation::addTitle(QTextCursor& cursor, const QString& title)
{
    style::addParagraph(cursor, title, style::paragraph(2, 7),
                        style::text(20, style::kAccent, true));
}

void Attestation::addStatement(QTextCursor& cursor, const QString& pattern,
                               const SchoolIdentity& identity, const QString& name,
                               const QString& where, const QString& from, const QString& to)
{
    const QTextCharFormat plain = style::text(10.5);
    const QTextCharFormat strong = style::text(10.5, style::kInk, true);
    QTextBlockFormat intro = style::paragraph(0, 6);
    intro.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    style::addPattern(cursor, pattern,
                      {{identity.organisationName, plain},
                       {name, strong},
                       {where, plain},
                       {identity.schoolName, plain},
                       {from, plain},
                       {to, plain}},
                      intro, plain);
}

QString Attestation::daysText(const QDateTime& startsAt, const QDateTime& endsAt)
{
    if (startsAt.date() == endsAt.date()) {
        return shortDateText(startsAt.date());
    }
    // The last day stays with the word before it: "16/11/2020 / au 17/11/2020" on two lines.
    QString text = tr("%1 to %2", "first and last day of a session")
                       .arg(shortDateText(startsAt.date()), shortDateText(endsAt.date()));
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
    if (space > 0) {
        text[space] = QChar(0x00a0);
    }
    return text;
}

QTextTable* Attestation::addSessionsTable(QTextCursor& cursor, const QList<Row>& rows,
                                          const ExtraColumn& extra)
{
    const bool hasExtra = !extra.header.isEmpty();
    const int columns = hasExtra ? ExtraColumnIndex + 1 : ExtraColumnIndex;
    const int count = int(rows.size()) + 2;
    QTextTableFormat format = style::tableFormat(hasExtra ? QList<qreal>{11, 12, 26, 14, 17, 9, 11}
                                                          : QList<qreal>{11, 12, 33, 15, 18, 11},
                                                 1);
    format.setCellPadding(style::mm(1.3));
    QTextTable* table = cursor.insertTable(count, columns, format);

    const QTextCharFormat head = style::condensed(8, style::kMuted, true);
    QStringList headers{tr("Date"),   tr("Session"), tr("Action"),
                        tr("Format"), tr("Times"),   tr("Hours")};
    if (hasExtra) {
        headers << extra.header;
    }
    for (int column = 0; column < columns; ++column) {
        const bool number = column >= HoursColumn;
        style::setCellText(table, 0, column, headers[column], head,
                           number ? Qt::AlignRight : Qt::AlignLeft, style::Wrap::Never);
        style::setCellBackground(table, 0, column, style::kTint);
    }

    const QTextCharFormat body = style::condensed(9);
    const QTextCharFormat muted = style::condensed(8.5, style::kMuted);
    const auto never = style::Wrap::Never;
    int totalMinutes = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        const int row = i + 1;
        totalMinutes += r.minutes;
        // Several days on two lines ("16/11/2020", "to 17/11/2020"); nothing else breaks.
        QString days = daysText(r.startsAt, r.endsAt);
        if (const qsizetype space = days.indexOf(QLatin1Char(' ')); space > 0) {
            days[space] = QChar::LineSeparator;
        }
        style::setCellText(table, row, DateColumn, days, body, Qt::AlignLeft, never);
        style::setCellText(table, row, CodeColumn, r.code, muted, Qt::AlignLeft, never);
        style::setCellText(table, row, ActionColumn, r.action, body);
        if (!r.note.isEmpty()) {
            QTextCursor cell = table->cellAt(row, ActionColumn).lastCursorPosition();
            style::addParagraph(cell, r.note, style::paragraph(0.5, 0),
                                style::condensed(8, style::kMuted));
        }
        style::setCellText(table, row, FormatColumn, r.format, body);
        style::setCellText(table, row, TimesColumn,
                           timeRangeText(r.startsAt.time(), r.endsAt.time()), body, Qt::AlignLeft,
                           never);
        style::setCellText(table, row, HoursColumn, hoursText(r.minutes), body, Qt::AlignRight);
        if (hasExtra) {
            style::setCellText(table, row, ExtraColumnIndex, r.extra, body, Qt::AlignRight);
        }
        if (row > 1) {
            for (int column = 0; column < columns; ++column) {
                style::setCellTopRule(table, row, column, style::kRule, 1);
            }
        }
    }

    const int last = count - 1;
    table->mergeCells(last, 0, 1, HoursColumn);
    const QTextCharFormat strong = style::condensed(9, style::kInk, true);
    style::setCellText(table, last, 0, tr("Total: %n session(s)", nullptr, int(rows.size())),
                       strong);
    style::setCellText(table, last, HoursColumn, hoursText(totalMinutes), strong, Qt::AlignRight);
    QList<int> ruled{0, int(HoursColumn)};
    if (hasExtra) {
        style::setCellText(table, last, ExtraColumnIndex, extra.total, strong, Qt::AlignRight);
        ruled << ExtraColumnIndex;
    }
    for (int column : ruled) {
        style::setCellTopRule(table, last, column, style::kAccent, 1.5);
    }
    cursor.movePosition(QTextCursor::End);
    return table;
}

void Attestation::addSignature(QTextCursor& cursor, const QString& organisationName,
                               const QString& place, const QDate& issuedOn)
{
    QTextTableFormat format = style::tableFormat({100}, 0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 48));
    format.setAlignment(Qt::AlignRight);
    format.setBorder(1);
    format.setBorderBrush(style::kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(style::mm(3));
    format.setTopMargin(style::mm(10));
    QTextTable* table = cursor.insertTable(1, 1, format);
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    const QString date = shortDateText(issuedOn);
    const QString issued = place.trimmed().isEmpty()
                               ? tr("Issued on %1", "no place known").arg(date)
                               : tr("Issued in %1 on %2").arg(place.trimmed(), date);
    style::addParagraph(cell, issued, style::paragraph(0, 1.5), style::text(9.5));
    if (!organisationName.isEmpty()) {
        style::addParagraph(cell,
                            tr("For %1,", "the organisation that signs").arg(organisationName),
                            style::paragraph(0, 1), style::text(9.5, style::kInk, true));
    }
    style::addParagraph(cell, tr("Signature and stamp"), style::paragraph(0, 0),
                        style::italic(8.5));
    // The room to sign in: a last, blank line well below.
    style::addParagraph(cell, QString(QChar(0x00a0)), style::paragraph(26, 0), style::text(9));
    cursor.movePosition(QTextCursor::End);
}

QString Attestation::placeOf(const QString& organisation)
{
    // "Ville de X", "Mairie d'X", and the articles French contracts: "du Havre" is "Le Havre",
    // "des Ulis" "Les Ulis", "de La Rochelle" stays.
    static const QRegularExpression town(
        QStringLiteral("^\\s*(?:ville|mairie|commune)\\s+(de\\s+|d['’]\\s*|du\\s+|des\\s+)"
                       "(.+?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = town.match(organisation);
    if (!match.hasMatch()) {
        return QString();
    }
    const QString article = match.captured(1).trimmed().toLower();
    const QString name = match.captured(2);
    if (article == QLatin1String("du")) {
        return QStringLiteral("Le ") + name;
    }
    if (article == QLatin1String("des")) {
        return QStringLiteral("Les ") + name;
    }
    return name;
}

QString Attestation::pdfFileName(QString name)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    return name.replace(unsafe, QStringLiteral("_")) + QStringLiteral(".pdf");
}

} // namespace truc2
