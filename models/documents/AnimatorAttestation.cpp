#include "documents/AnimatorAttestation.h"

#include "documents/DocumentStyle.h"
#include "documents/DocumentText.h"

#include <QLocale>
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
    ParticipantsColumn,
    ColumnCount
};

/// "(Direction de la culture / Médiathèque)", "(Université Lyon 2)", or nothing.
QString affiliation(const AnimatorAttestationSource& source)
{
    if (source.external) {
        return source.organisation.trimmed();
    }
    QStringList parts;
    for (const QString& part : {source.directionName, source.serviceName}) {
        if (!part.trimmed().isEmpty()) {
            parts << part.trimmed();
        }
    }
    return parts.join(QStringLiteral(" / "));
}

void addSessionsTable(QTextCursor& cursor, const AnimatorAttestationSource& source,
                      const AnimatorAttestation::Totals& totals)
{
    const int rows = int(source.sessions.size()) + 2;
    QTextTableFormat format = style::tableFormat({11, 12, 26, 14, 17, 9, 11}, 1);
    format.setCellPadding(style::mm(1.3));
    QTextTable* table = cursor.insertTable(rows, ColumnCount, format);

    const QTextCharFormat head = style::condensed(8, style::kMuted, true);
    const QStringList headers{
        AnimatorAttestation::tr("Date"),        AnimatorAttestation::tr("Session"),
        AnimatorAttestation::tr("Action"),      AnimatorAttestation::tr("Format"),
        AnimatorAttestation::tr("Times"),       AnimatorAttestation::tr("Hours"),
        AnimatorAttestation::tr("Participants")};
    for (int column = 0; column < ColumnCount; ++column) {
        const bool number = column == HoursColumn || column == ParticipantsColumn;
        style::setCellText(table, 0, column, headers[column], head,
                           number ? Qt::AlignRight : Qt::AlignLeft, style::Wrap::Never);
        style::setCellBackground(table, 0, column, style::kTint);
    }

    const QTextCharFormat body = style::condensed(9);
    const QTextCharFormat code = style::condensed(8.5, style::kMuted);
    for (int i = 0; i < source.sessions.size(); ++i) {
        const AnimatedSession& s = source.sessions[i];
        const int row = i + 1;
        const QDateTime& start = s.session.startsAt;
        const QDateTime& end = s.session.endsAt;
        const QString date =
            start.date() == end.date()
                ? shortDateText(start.date())
                : AnimatorAttestation::tr("%1 to %2", "first and last day of a session")
                      .arg(shortDateText(start.date()), shortDateText(end.date()));
        const auto never = style::Wrap::Never;
        style::setCellText(table, row, DateColumn, date, body, Qt::AlignLeft, never);
        style::setCellText(table, row, CodeColumn, s.session.code, code, Qt::AlignLeft, never);
        style::setCellText(table, row, ActionColumn, s.actionTitle, body);
        style::setCellText(table, row, FormatColumn, s.formatName, body);
        style::setCellText(table, row, TimesColumn, timeRangeText(start.time(), end.time()), body);
        style::setCellText(table, row, HoursColumn, hoursText(sessionMinutes(start, end)), body,
                           Qt::AlignRight);
        style::setCellText(table, row, ParticipantsColumn, QLocale().toString(s.participants), body,
                           Qt::AlignRight);
        if (row > 1) {
            for (int column = 0; column < ColumnCount; ++column) {
                style::setCellTopRule(table, row, column, style::kRule, 1);
            }
        }
    }

    const int last = rows - 1;
    table->mergeCells(last, 0, 1, HoursColumn);
    const QTextCharFormat strong = style::condensed(9, style::kInk, true);
    style::setCellText(table, last, 0,
                       AnimatorAttestation::tr("Total: %n session(s)", nullptr, totals.sessions),
                       strong);
    style::setCellText(table, last, HoursColumn, hoursText(totals.minutes), strong, Qt::AlignRight);
    style::setCellText(table, last, ParticipantsColumn, QLocale().toString(totals.participants),
                       strong, Qt::AlignRight);
    for (int column : {0, int(HoursColumn), int(ParticipantsColumn)}) {
        style::setCellTopRule(table, last, column, style::kAccent, 1.5);
    }
    cursor.movePosition(QTextCursor::End);
}

void addSignature(QTextCursor& cursor, const AnimatorAttestationSource& source,
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
    const QString issued =
        place.trimmed().isEmpty()
            ? AnimatorAttestation::tr("Issued on %1", "no place known").arg(date)
            : AnimatorAttestation::tr("Issued in %1 on %2").arg(place.trimmed(), date);
    style::addParagraph(cell, issued, style::paragraph(0, 1.5), style::text(9.5));
    if (!source.identity.organisationName.isEmpty()) {
        style::addParagraph(cell,
                            AnimatorAttestation::tr("For %1,", "the organisation that signs")
                                .arg(source.identity.organisationName),
                            style::paragraph(0, 1), style::text(9.5, style::kInk, true));
    }
    style::addParagraph(cell, AnimatorAttestation::tr("Signature and stamp"),
                        style::paragraph(0, 0), style::italic(8.5));
    // The room to sign in: a last, blank line well below.
    style::addParagraph(cell, QString(QChar(0x00a0)), style::paragraph(26, 0), style::text(9));
    cursor.movePosition(QTextCursor::End);
}

} // namespace

AnimatorAttestation::Totals AnimatorAttestation::totals(const AnimatorAttestationSource& source)
{
    Totals t;
    for (const AnimatedSession& s : source.sessions) {
        ++t.sessions;
        t.minutes += sessionMinutes(s.session.startsAt, s.session.endsAt);
        t.participants += s.participants;
    }
    return t;
}

QString AnimatorAttestation::placeOf(const QString& organisation)
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

QString AnimatorAttestation::personName(const AnimatorAttestationSource& source)
{
    return QStringList{source.firstName.trimmed(), source.lastName.trimmed()}
        .join(QLatin1Char(' '))
        .trimmed();
}

QString AnimatorAttestation::fileName(const AnimatorAttestationSource& source)
{
    QString name = tr("Attestation of animation - %1 - %2 to %3")
                       .arg(personName(source), source.period.from.toString(Qt::ISODate),
                            source.period.to.toString(Qt::ISODate));
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    return name.replace(unsafe, QStringLiteral("_")) + QStringLiteral(".pdf");
}

Result<PagedDocument> AnimatorAttestation::make(const Database& database,
                                                const SettingsStore& settings, qint64 personId,
                                                const Period& period, const QDate& issuedOn)
{
    Result<AnimatorAttestationSource> source =
        DocumentSources(database, settings).animatorAttestation(personId, period);
    if (!source) {
        return source.error();
    }
    return build(*source, placeOf(source->identity.organisationName), issuedOn);
}

Result<PagedDocument> AnimatorAttestation::build(const AnimatorAttestationSource& source,
                                                 const QString& place, const QDate& issuedOn)
{
    const QString name = personName(source);
    const QString from = shortDateText(source.period.from);
    const QString to = shortDateText(source.period.to);
    if (source.sessions.isEmpty()) {
        return Error{tr("%1 animated no held session between %2 and %3: there is nothing to "
                        "attest. Choose another period, or check that the sessions are marked "
                        "as held.")
                         .arg(name, from, to)};
    }
    PagedDocument document;
    const QString title = tr("Attestation of animation");
    document.setTitle(title);
    document.setSubtitle(name);
    document.setIdentity(source.identity);

    QTextCursor cursor(&document.body());
    style::addParagraph(cursor, title, style::paragraph(2, 7),
                        style::text(20, style::kAccent, true));

    const QString where = affiliation(source);
    const QString pattern =
        where.isEmpty()
            ? tr("%1 certifies that %2 led the following sessions of the %4 school between %5 "
                 "and %6:")
            : tr("%1 certifies that %2 (%3) led the following sessions of the %4 school between "
                 "%5 and %6:");
    const QTextCharFormat plain = style::text(10.5);
    const QTextCharFormat strong = style::text(10.5, style::kInk, true);
    QTextBlockFormat intro = style::paragraph(0, 6);
    intro.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    style::addPattern(cursor, pattern,
                      {{source.identity.organisationName, plain},
                       {name, strong},
                       {where, plain},
                       {source.identity.schoolName, plain},
                       {from, plain},
                       {to, plain}},
                      intro, plain);

    addSessionsTable(cursor, source, totals(source));
    addSignature(cursor, source, place, issuedOn);
    return document;
}

} // namespace truc2
