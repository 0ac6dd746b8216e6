#include "documents/AttendanceSheet.h"

#include "documents/DocumentStyle.h"
#include "documents/DocumentText.h"
#include "documents/TablePagination.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace truc2 {
namespace {

enum Column
{
    NumberColumn,
    LastNameColumn,
    FirstNameColumn,
    ServiceColumn,
    FirstSignatureColumn
};

constexpr int kHeaderRows = 2;

/// The grid of the sheet: thin, grey, and still visible once photocopied.
const QColor kGrid{0x9a, 0xa1, 0xa8};
constexpr qreal kGridWidth = 0.8;

/// A body row's cells: padding above and below, and the height of the room to sign between
/// them (a little over 1 cm in all).
constexpr qreal kRowPaddingMm = 1.8;
constexpr qreal kSignatureRoomMm = 7.0;

/// The format's colour, darkened enough to be read as text on white.
QColor readable(const QColor& colour)
{
    QColor c = colour.isValid() ? colour : style::kAccent;
    while (c.lightnessF() > 0.42) {
        c = c.darker(112);
    }
    return c;
}

QString personName(const SheetPerson& person)
{
    return QStringList{person.firstName.trimmed(), person.lastName.trimmed()}
        .join(QLatin1Char(' '))
        .trimmed();
}

/// "Marie Dupont", "Inès Martin (CNFPT)".
QString animatorName(const SheetPerson& person)
{
    const QString name = personName(person);
    if (person.external && !person.organisation.trimmed().isEmpty()) {
        return AttendanceSheet::tr("%1 (%2)", "an external speaker and their organisation")
            .arg(name, person.organisation.trimmed());
    }
    return name;
}

/// The shares of the page's width (percent) of the columns, signature columns last.
QList<qreal> columnWidths(qsizetype signatures, bool landscape)
{
    qreal signatureShare = 0;
    if (signatures <= 1) {
        signatureShare = 27;
    } else if (signatures == 2) {
        signatureShare = 40;
    } else if (!landscape) {
        signatureShare = 45;
    } else {
        signatureShare = std::min<qreal>(62, 38 + 2 * signatures);
    }
    // The rest as No. 1 : last name 3.6 : first name 3 : direction / service 4.6.
    const qreal rest = (100 - signatureShare) / 12.2;
    QList<qreal> widths{rest, rest * 3.6, rest * 3, rest * 4.6};
    for (qsizetype i = 0; i < signatures; ++i) {
        widths << signatureShare / qreal(signatures);
    }
    return widths;
}

/// Draws the grid: a thin grey rule around every cell.
void drawGrid(QTextTable* table)
{
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column) {
                continue;
            }
            QTextTableCellFormat format = cell.format().toTableCellFormat();
            format.setBorder(kGridWidth);
            format.setBorderBrush(kGrid);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cell.setFormat(format);
        }
    }
}

void setVerticalAlignment(QTextTable* table, int row, int column,
                          QTextCharFormat::VerticalAlignment alignment)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setVerticalAlignment(alignment);
    cell.setFormat(format);
}

/// Gives a body row its height and centres its text: padding, and a fixed-height line in the
/// signature cells, so that even a blank row leaves room to sign.
void shapeBodyRow(QTextTable* table, int row)
{
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column) {
            continue;
        }
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setTopPadding(style::mm(kRowPaddingMm));
        format.setBottomPadding(style::mm(kRowPaddingMm));
        format.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cell.setFormat(format);
        if (column >= FirstSignatureColumn) {
            QTextCursor cursor = cell.firstCursorPosition();
            QTextBlockFormat room = cursor.blockFormat();
            room.setLineHeight(style::mm(kSignatureRoomMm), QTextBlockFormat::FixedHeight);
            cursor.setBlockFormat(room);
        }
    }
}

/// Under the running header of every page: the action, and a band with the date(s), times,
/// place and animators.
void addHeading(QTextDocument& heading, const AttendanceSheetSource& source)
{
    QTextCursor cursor(&heading);
    style::addParagraph(cursor, source.actionTitle, style::paragraph(0, 1.6),
                        style::text(14, readable(source.formatColour), true));

    const Session& s = source.session;
    const bool severalDays = s.startsAt.date() != s.endsAt.date();
    const QString dates =
        severalDays ? AttendanceSheet::tr("from %1 to %2", "the first and last days of a session")
                          .arg(longDateText(s.startsAt.date()), longDateText(s.endsAt.date()))
                    : longDateText(s.startsAt.date());
    QStringList animators;
    for (const SheetPerson& animator : source.animators) {
        animators << animatorName(animator);
    }
    const QString none = QStringLiteral("—");
    const QStringList labels{
        severalDays ? AttendanceSheet::tr("Dates") : AttendanceSheet::tr("Date"),
        AttendanceSheet::tr("Times"), AttendanceSheet::tr("Place"),
        animators.size() > 1 ? AttendanceSheet::tr("Animators") : AttendanceSheet::tr("Animator")};
    const QStringList values{dates, timeRangeText(s.startsAt.time(), s.endsAt.time()),
                             s.location.trimmed().isEmpty() ? none : s.location.trimmed(),
                             animators.isEmpty() ? none : animators.join(QStringLiteral(", "))};

    QTextTableFormat band = style::tableFormat({28, 19, 22, 31}, 0);
    band.setCellPadding(style::mm(1.0));
    band.setLeftMargin(0);
    QTextTable* table = cursor.insertTable(2, int(labels.size()), band);
    for (int column = 0; column < labels.size(); ++column) {
        style::setCellText(table, 0, column, labels[column], style::text(7.5, style::kMuted, true));
        style::setCellText(table, 1, column, values[column], style::text(9.5), Qt::AlignLeft,
                           column == 1 ? style::Wrap::Never : style::Wrap::Words);
    }
}

void addHeaderRows(QTextTable* table, const QList<HalfDay>& halves, int registrants)
{
    const QTextCharFormat head = style::condensed(8, style::kMuted, true);
    table->mergeCells(0, 0, 1, FirstSignatureColumn);
    style::setCellText(table, 0, 0,
                       AttendanceSheet::tr("Participants (%n registered)", nullptr, registrants),
                       style::condensed(8, style::kInk, true));
    const QStringList labels{AttendanceSheet::tr("No."), AttendanceSheet::tr("Last name"),
                             AttendanceSheet::tr("First name"),
                             AttendanceSheet::tr("Direction / Service")};
    for (int column = 0; column < labels.size(); ++column) {
        style::setCellText(table, 1, column, labels[column], head,
                           column == NumberColumn ? Qt::AlignHCenter : Qt::AlignLeft);
    }
    const bool severalDays = halves.first().day != halves.last().day;
    for (int i = 0; i < halves.size();) {
        // One cell over the half-days of a date: "Signature" on a single day, else the date.
        int span = 1;
        while (i + span < halves.size() && halves[i + span].day == halves[i].day) {
            ++span;
        }
        const int column = FirstSignatureColumn + i;
        if (span > 1) {
            table->mergeCells(0, column, 1, span);
        }
        const QString top = severalDays
                                ? QLocale().toString(halves[i].day, QStringLiteral("dddd dd/MM"))
                                : AttendanceSheet::tr("Signature");
        style::setCellText(table, 0, column, top, style::condensed(8, style::kInk, true),
                           Qt::AlignHCenter);
        for (int k = 0; k < span; ++k) {
            const HalfDay& half = halves[i + k];
            style::setCellText(table, 1, column + k,
                               half.half == HalfDay::Morning ? HalfDay::tr("Morning")
                                                             : HalfDay::tr("Afternoon"),
                               head, Qt::AlignHCenter);
        }
        i += span;
    }
    for (int row = 0; row < kHeaderRows; ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() == row && cell.column() == column) {
                style::setCellBackground(table, row, column, style::kTint);
                setVerticalAlignment(table, row, column, QTextCharFormat::AlignBottom);
            }
        }
    }
}

void addPersonRow(QTextTable* table, int row, int number, const SheetPerson* person)
{
    style::setCellText(table, row, NumberColumn, QLocale().toString(number),
                       style::condensed(8.5, style::kMuted), Qt::AlignHCenter, style::Wrap::Never);
    if (person) {
        // The narrower face: long names stay on one line beside several signature columns.
        style::setCellText(table, row, LastNameColumn,
                           QLocale().toUpper(person->lastName.trimmed()),
                           style::condensed(9.5, style::kInk, true));
        style::setCellText(table, row, FirstNameColumn, person->firstName.trimmed(),
                           style::condensed(9.5));
        // Direction above service, or an outsider's organisation.
        QTextCursor cursor = table->cellAt(row, ServiceColumn).firstCursorPosition();
        QTextBlockFormat block = style::paragraph(0, 0);
        block.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
        cursor.setBlockFormat(block);
        const QString direction =
            person->external ? person->organisation.trimmed() : person->directionName.trimmed();
        const QString service = person->external ? QString() : person->serviceName.trimmed();
        if (!direction.isEmpty()) {
            cursor.insertText(direction, style::condensed(7.5, style::kMuted));
        }
        if (!service.isEmpty()) {
            if (!direction.isEmpty()) {
                cursor.insertBlock(block);
            }
            cursor.insertText(service, style::condensed(8.5));
        }
    }
    shapeBodyRow(table, row);
}

void addAnimatorRows(QTextTable* table, int firstRow, const AttendanceSheetSource& source)
{
    const int columns = table->columns();
    table->mergeCells(firstRow, 0, 1, columns);
    style::setCellText(table, firstRow, 0, AttendanceSheet::tr("Animation"),
                       style::condensed(8, style::kMuted, true));
    style::setCellBackground(table, firstRow, 0, style::kTint);
    keepWithPrevious(*table, firstRow);

    const QString pattern = AttendanceSheet::tr("%1 certifies having led the session.");
    const QTextCharFormat plain = style::text(9);
    const QTextCharFormat strong = style::text(9.5, style::kInk, true);
    // Someone not planned as animator signs on a dotted line.
    const QString dotted(24, QChar(0x2026));
    QList<QString> names;
    for (const SheetPerson& animator : source.animators) {
        names << animatorName(animator);
    }
    if (names.isEmpty()) {
        names << dotted;
    }
    for (int i = 0; i < names.size(); ++i) {
        const int row = firstRow + 1 + i;
        table->mergeCells(row, 0, 1, FirstSignatureColumn);
        QTextCursor cursor = table->cellAt(row, 0).firstCursorPosition();
        style::addPattern(cursor, pattern,
                          {{names[i], names[i] == dotted ? style::text(9, style::kMuted) : strong}},
                          style::paragraph(0, 0), plain);
        shapeBodyRow(table, row);
        keepWithPrevious(*table, row);
    }
}

} // namespace

QList<HalfDay> AttendanceSheet::signatureColumns(const Session& session)
{
    QList<HalfDay> halves = halfDaysOf(session);
    if (halves.isEmpty()) {
        const bool morning = session.startsAt.time() < HalfDay::boundary();
        halves << HalfDay{session.startsAt.date(), morning ? HalfDay::Morning : HalfDay::Afternoon};
    }
    return halves;
}

QString AttendanceSheet::fileName(const AttendanceSheetSource& source)
{
    QString name =
        tr("Attendance sheet - %1 - %2")
            .arg(source.session.code, source.session.startsAt.date().toString(Qt::ISODate));
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    return name.replace(unsafe, QStringLiteral("_")) + QStringLiteral(".pdf");
}

Result<PagedDocument> AttendanceSheet::make(const Database& database, const SettingsStore& settings,
                                            qint64 sessionId, int blankRows)
{
    const Result<AttendanceSheetSource> source =
        AttendanceSheetReader(database, settings).read(sessionId);
    if (!source) {
        return source.error();
    }
    return build(*source, blankRows);
}

Result<PagedDocument> AttendanceSheet::build(const AttendanceSheetSource& source, int blankRows)
{
    if (source.session.status == SessionStatus::Cancelled) {
        return Error{tr("The session %1 is cancelled: it has no attendance sheet.")
                         .arg(source.session.code)};
    }
    blankRows = std::clamp(blankRows, 0, MaximumBlankRows);
    const QList<HalfDay> halves = signatureColumns(source.session);
    const bool landscape = halves.size() > PortraitHalfDays;

    PagedDocument document;
    document.setTitle(tr("Attendance sheet"));
    document.setSubtitle(source.formatName.isEmpty()
                             ? source.session.code
                             : tr("%1 · %2", "the format, the session's code")
                                   .arg(source.formatName, source.session.code));
    document.setIdentity(source.identity);
    document.setOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    addHeading(document.pageHeading(), source);

    QTextCursor cursor(&document.body());
    // The body starts with its table: its first paragraph takes no room.
    QTextBlockFormat nothing;
    nothing.setLineHeight(0, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(nothing);
    cursor.setBlockCharFormat(style::text(1));

    const int people = int(source.registrants.size());
    const int animatorRows = 1 + std::max(1, int(source.animators.size()));
    const int rows = kHeaderRows + people + blankRows + animatorRows;
    QTextTableFormat format =
        style::tableFormat(columnWidths(halves.size(), landscape), kHeaderRows);
    format.setBorder(kGridWidth);
    format.setBorderBrush(kGrid);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(style::mm(1.0));
    QTextTable* table = cursor.insertTable(rows, FirstSignatureColumn + int(halves.size()), format);
    addHeaderRows(table, halves, people);
    for (int i = 0; i < people + blankRows; ++i) {
        addPersonRow(table, kHeaderRows + i, i + 1, i < people ? &source.registrants[i] : nullptr);
    }
    addAnimatorRows(table, kHeaderRows + people + blankRows, source);
    drawGrid(table);
    return document;
}

} // namespace truc2
