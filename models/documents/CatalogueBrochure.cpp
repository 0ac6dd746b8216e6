#include "documents/CatalogueBrochure.h"

#include "documents/DocumentStyle.h"
#include "documents/DocumentText.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace truc2 {
namespace {

const QUrl kLogoUrl(QStringLiteral("truc2-resource:logo"));

/// The format's colour, darkened enough to be read as text on white.
QColor readable(const QColor& colour)
{
    QColor c = colour.isValid() ? colour : style::kAccent;
    while (c.lightnessF() > 0.42) {
        c = c.darker(112);
    }
    return c;
}

QString sessionLine(const DatedSession& session)
{
    const QString when = sessionWhenText(session.startsAt, session.endsAt);
    return session.location.trimmed().isEmpty() ? when
                                                : when + QStringLiteral(", ") + session.location;
}

void addCover(QTextCursor& cursor, const BrochureSource& source, QTextDocument& document)
{
    const QImage logo =
        source.identity.logoPng.isEmpty() ? QImage() : QImage::fromData(source.identity.logoPng);
    if (!logo.isNull()) {
        document.addResource(QTextDocument::ImageResource, kLogoUrl, logo);
        const QSizeF size =
            QSizeF(logo.size()).scaled(QSizeF(style::mm(60), style::mm(40)), Qt::KeepAspectRatio);
        cursor.setBlockFormat(style::paragraph(28, 10, Qt::AlignHCenter));
        QTextImageFormat image;
        image.setName(kLogoUrl.toString());
        image.setWidth(size.width());
        image.setHeight(size.height());
        cursor.insertImage(image);
        style::addParagraph(cursor, source.identity.organisationName,
                            style::paragraph(0, 4, Qt::AlignHCenter),
                            style::text(15, style::kMuted));
    } else {
        style::addParagraph(cursor, source.identity.organisationName,
                            style::paragraph(55, 4, Qt::AlignHCenter),
                            style::text(15, style::kMuted));
    }
    style::addParagraph(cursor, source.identity.schoolName,
                        style::paragraph(2, 2, Qt::AlignHCenter),
                        style::text(48, style::kAccent, true));
    style::addParagraph(cursor, CatalogueBrochure::title(source.year),
                        style::paragraph(2, 6, Qt::AlignHCenter), style::text(24, style::kInk));
    style::addParagraph(cursor,
                        CatalogueBrochure::tr("The catalogue of the school's actions and the "
                                              "dates of their sessions"),
                        style::paragraph(0, 0, Qt::AlignHCenter),
                        style::italic(11.5, style::kMuted));
    if (source.sections.isEmpty()) {
        style::addParagraph(cursor, CatalogueBrochure::tr("No action is offered this year yet."),
                            style::paragraph(0, 0, Qt::AlignHCenter),
                            style::text(12, style::kMuted));
        return;
    }

    // The formats as a key of colours, one band each.
    QTextTableFormat key = style::tableFormat({100}, 0);
    key.setWidth(QTextLength(QTextLength::PercentageLength, 70));
    key.setAlignment(Qt::AlignHCenter);
    key.setCellSpacing(style::mm(1.2));
    key.setCellPadding(style::mm(2.2));
    key.setTopMargin(style::mm(22));
    QTextTable* table = cursor.insertTable(int(source.sections.size()), 1, key);
    for (int row = 0; row < source.sections.size(); ++row) {
        const BrochureSection& section = source.sections[row];
        style::setCellBackground(table, row, 0, section.format.colour);
        const int count = int(section.actions.size());
        const QString noun =
            section.format.nounPlural.isEmpty()
                ? CatalogueBrochure::tr("%n action(s)", nullptr, count)
                : QStringLiteral("%1 %2").arg(count).arg(count > 1 ? section.format.nounPlural
                                                                   : section.format.nounSingular);
        QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
        cell.setBlockFormat(style::paragraph(0, 0, Qt::AlignHCenter));
        cell.insertText(section.format.name, style::text(12, Qt::white, true));
        cell.insertText(QStringLiteral("   ") + noun, style::text(9.5, Qt::white));
    }
    cursor.movePosition(QTextCursor::End);
}

void addBanner(QTextTable* table, const Format& format, int actions)
{
    QTextTableCell cell = table->cellAt(0, 0);
    QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
    cellFormat.setBackground(format.colour.isValid() ? format.colour : style::kAccent);
    cellFormat.setPadding(style::mm(3.5));
    cellFormat.setLeftPadding(style::mm(5));
    cell.setFormat(cellFormat);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setBlockFormat(style::paragraph(0, 0.6));
    cursor.insertText(format.name, style::text(18, Qt::white, true));
    const QString count = format.nounPlural.isEmpty()
                              ? CatalogueBrochure::tr("%n action(s)", nullptr, actions)
                              : QStringLiteral("%1 %2").arg(actions).arg(
                                    actions > 1 ? format.nounPlural : format.nounSingular);
    cursor.insertBlock(style::paragraph(0, 0), style::text(9.5, Qt::white));
    cursor.insertText(count, style::text(9.5, Qt::white));
}

void addAction(QTextTable* table, int row, const BrochureAction& entry, const QColor& colour)
{
    const Action& action = entry.action;
    QTextTableCell cell = table->cellAt(row, 0);
    QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
    cellFormat.setTopPadding(style::mm(4));
    cellFormat.setBottomPadding(style::mm(3.5));
    cellFormat.setLeftPadding(style::mm(5));
    cellFormat.setRightPadding(style::mm(5));
    if (row > 1) {
        cellFormat.setTopBorder(1);
        cellFormat.setTopBorderBrush(style::kRule);
        cellFormat.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    }
    cell.setFormat(cellFormat);

    QTextCursor cursor = cell.firstCursorPosition();
    style::addParagraph(cursor, action.title, style::paragraph(0, 1.5),
                        style::text(13, colour, true));
    if (!action.summary.trimmed().isEmpty()) {
        style::addParagraph(cursor, action.summary.trimmed(), style::paragraph(0, 2.2),
                            style::text(10.5));
    }
    const auto labelled = [&](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty()) {
            style::addLabelled(cursor, label, value.trimmed(), colour);
        }
    };
    labelled(CatalogueBrochure::tr("Objectives:"), action.objectives);
    labelled(CatalogueBrochure::tr("Audience:"), action.audience);
    labelled(CatalogueBrochure::tr("Prerequisites:"), action.prerequisites);
    labelled(CatalogueBrochure::tr("Duration:"), durationText(action.durationMinutes));

    style::addParagraph(cursor, CatalogueBrochure::tr("Dates:"), style::paragraph(1.2, 0.6),
                        style::text(9.5, colour, true));
    if (entry.sessions.isEmpty()) {
        style::addParagraph(cursor, CatalogueBrochure::tr("Dates to be announced"),
                            style::paragraph(0, 0), style::italic(9.5));
        return;
    }
    QTextBlockFormat item = style::paragraph(0, 0.4);
    item.setLeftMargin(style::mm(4));
    item.setTextIndent(-style::mm(3));
    for (const DatedSession& session : entry.sessions) {
        style::addParagraph(cursor, QStringLiteral("•  ") + sessionLine(session), item,
                            style::text(9.5));
    }
}

void addSection(QTextCursor& cursor, const BrochureSection& section)
{
    QTextTableFormat format = style::tableFormat({100}, 1);
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextTable* table = cursor.insertTable(int(section.actions.size()) + 1, 1, format);
    addBanner(table, section.format, int(section.actions.size()));
    const QColor colour = readable(section.format.colour);
    for (int i = 0; i < section.actions.size(); ++i) {
        addAction(table, i + 1, section.actions[i], colour);
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

Period schoolYearOf(const QDate& day)
{
    return Period::schoolYear(day.month() >= 9 ? day.year() : day.year() - 1);
}

QString schoolYearLabel(const Period& year)
{
    return QStringLiteral("%1–%2").arg(year.from.year()).arg(year.to.year());
}

QDate CatalogueBrochure::sessionsFrom(const Period& year, const QDate& today)
{
    return today > year.from && today <= year.to ? today : year.from;
}

QString CatalogueBrochure::title(const Period& year)
{
    return tr("Programme %1", "the brochure's title, with the school year")
        .arg(schoolYearLabel(year));
}

QString CatalogueBrochure::fileName(const Period& year)
{
    return tr("Programme %1", "the brochure's title, with the school year")
               .arg(QStringLiteral("%1-%2").arg(year.from.year()).arg(year.to.year())) +
           QStringLiteral(".pdf");
}

Result<PagedDocument> CatalogueBrochure::make(const Database& database,
                                              const SettingsStore& settings, const Period& year,
                                              const QDate& sessionsFrom)
{
    Result<BrochureSource> source =
        DocumentSources(database, settings).catalogueBrochure(year, sessionsFrom);
    if (!source) {
        return source.error();
    }
    return build(*source);
}

PagedDocument CatalogueBrochure::build(const BrochureSource& source)
{
    PagedDocument document;
    document.setTitle(title(source.year));
    document.setIdentity(source.identity);
    document.setCoverPage(true);
    QTextCursor cursor(&document.body());
    addCover(cursor, source, document.body());
    for (const BrochureSection& section : source.sections) {
        addSection(cursor, section);
    }
    return document;
}

} // namespace truc2
