#include "documents/TrainingAttestation.h"

#include "documents/Attestation.h"
#include "documents/DocumentStyle.h"
#include "documents/DocumentText.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

namespace truc2 {
namespace {

/// "Attended 3 of 4 half-days" when the sheet recorded half-days and the agent missed some.
QString partialNote(const Participation& p)
{
    const HalfDayTally tally = tallyHalfDays(p.session.asSession(), p.halfDays);
    if (!tally.partial()) {
        return {};
    }
    return TrainingAttestation::tr("Attended %n of %1 half-days", "partial attendance",
                                   tally.present)
        .arg(tally.total);
}

} // namespace

int TrainingAttestation::totalMinutes(const TrainingAttestationSource& source)
{
    int minutes = 0;
    for (const Participation& p : source.sessions) {
        minutes += p.minutesAttended;
    }
    return minutes;
}

QString TrainingAttestation::daysText(int minutes)
{
    const double days = std::round(double(minutes) / kMinutesPerTrainingDay * 10.0) / 10.0;
    // Singular below two days in French ("1,5 jour"), for exactly one in English: 0 gives the
    // plural in English and the singular in French.
    const int n = days == 1.0 ? 1 : (days < 2.0 ? 0 : int(days));
    return tr("%1 day(s)", "training days of 7 hours", n)
        .arg(QLocale().toString(days, 'f', QLocale::FloatingPointShortest))
        .replace(QLatin1Char(' '), QChar(0x00a0));
}

QString TrainingAttestation::fileName(const TrainingAttestationSource& source)
{
    return Attestation::pdfFileName(tr("Attestation of training - %1 - %2 to %3")
                                        .arg(source.person.fullName(),
                                             source.period.from.toString(Qt::ISODate),
                                             source.period.to.toString(Qt::ISODate)));
}

Result<PagedDocument> TrainingAttestation::make(const Database& database,
                                                const SettingsStore& settings, qint64 personId,
                                                const Period& period, const QDate& issuedOn)
{
    Result<TrainingAttestationSource> source =
        AgentHistoryStore(database, settings).trainingAttestation(personId, period);
    if (!source) {
        return source.error();
    }
    return build(*source, Attestation::placeOf(source->identity.organisationName), issuedOn);
}

Result<PagedDocument> TrainingAttestation::build(const TrainingAttestationSource& source,
                                                 const QString& place, const QDate& issuedOn)
{
    const QString name = source.person.fullName();
    const QString from = shortDateText(source.period.from);
    const QString to = shortDateText(source.period.to);
    if (source.sessions.isEmpty()) {
        if (!source.period.isValid()) {
            return Error{tr("%1 attended no held session: there is nothing to attest. Check that "
                            "the attendance of their sessions has been recorded.")
                             .arg(name)};
        }
        return Error{tr("%1 attended no held session between %2 and %3: there is nothing to "
                        "attest. Choose another period, or check that the attendance of their "
                        "sessions has been recorded.")
                         .arg(name, from, to)};
    }
    PagedDocument document;
    const QString title = tr("Attestation of training");
    document.setTitle(title);
    document.setSubtitle(name);
    document.setIdentity(source.identity);

    QTextCursor cursor(&document.body());
    Attestation::addTitle(cursor, title);

    const QString where = source.person.affiliation();
    const QString pattern =
        where.isEmpty() ? tr("%1 certifies that %2 attended the following sessions of the %4 "
                             "school between %5 and %6:")
                        : tr("%1 certifies that %2, %3, attended the following sessions of the %4 "
                             "school between %5 and %6:");
    Attestation::addStatement(cursor, pattern, source.identity, name, where, from, to);

    QList<Attestation::Row> rows;
    for (const Participation& p : source.sessions) {
        Attestation::Row row;
        row.startsAt = p.session.startsAt;
        row.endsAt = p.session.endsAt;
        row.code = p.session.code;
        row.action = p.session.actionTitle;
        row.format = p.session.formatName;
        row.minutes = p.minutesAttended;
        row.note = partialNote(p);
        rows.append(row);
    }
    QTextTable* table = Attestation::addSessionsTable(cursor, rows);
    QTextTableFormat spaced = table->format();
    spaced.setBottomMargin(style::mm(4));
    table->setFormat(spaced);

    const int minutes = totalMinutes(source);
    const QTextCharFormat body = style::text(9.5);
    const QTextCharFormat figure = style::text(9.5, style::kInk, true);
    style::addPattern(cursor,
                      tr("Total duration of training: %1, that is %2 (on the basis of %3 a day).",
                         "hours, days, hours in a training day"),
                      {{hoursText(minutes), figure},
                       {daysText(minutes), figure},
                       {hoursText(kMinutesPerTrainingDay), body}},
                      style::paragraph(0, 0), body);

    Attestation::addSignature(cursor, source.identity.organisationName, place, issuedOn);
    return document;
}

} // namespace truc2
