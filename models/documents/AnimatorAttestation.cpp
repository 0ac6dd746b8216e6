#include "documents/AnimatorAttestation.h"

#include "documents/Attestation.h"
#include "documents/DocumentStyle.h"
#include "documents/DocumentText.h"
#include "storage/AgentHistoryStore.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>

namespace truc2 {
namespace {

/// "Culture / Médiathèque", "Université Lyon 2", or nothing: as the agent history says it.
QString affiliation(const AnimatorAttestationSource& source)
{
    HistoryPerson person;
    person.external = source.external;
    person.organisation = source.organisation;
    person.directionName = source.directionName;
    person.serviceName = source.serviceName;
    return person.affiliation();
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
    return Attestation::placeOf(organisation);
}

QString AnimatorAttestation::personName(const AnimatorAttestationSource& source)
{
    return QStringList{source.firstName.trimmed(), source.lastName.trimmed()}
        .join(QLatin1Char(' '))
        .trimmed();
}

QString AnimatorAttestation::fileName(const AnimatorAttestationSource& source)
{
    return Attestation::pdfFileName(tr("Attestation of animation - %1 - %2 to %3")
                                        .arg(personName(source),
                                             source.period.from.toString(Qt::ISODate),
                                             source.period.to.toString(Qt::ISODate)));
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
    Attestation::addTitle(cursor, title);

    const QString where = affiliation(source);
    const QString pattern =
        where.isEmpty()
            ? tr("%1 certifies that %2 led the following sessions of the %4 school between %5 "
                 "and %6:")
            : tr("%1 certifies that %2 (%3) led the following sessions of the %4 school between "
                 "%5 and %6:");
    Attestation::addStatement(cursor, pattern, source.identity, name, where, from, to);

    QList<Attestation::Row> rows;
    for (const AnimatedSession& s : source.sessions) {
        Attestation::Row row;
        row.startsAt = s.session.startsAt;
        row.endsAt = s.session.endsAt;
        row.code = s.session.code;
        row.action = s.actionTitle;
        row.format = s.formatName;
        row.minutes = sessionMinutes(s.session.startsAt, s.session.endsAt);
        row.extra = QLocale().toString(s.participants);
        rows.append(row);
    }
    Attestation::addSessionsTable(
        cursor, rows, {tr("Participants"), QLocale().toString(totals(source).participants)});
    Attestation::addSignature(cursor, source.identity.organisationName, place, issuedOn);
    return document;
}

} // namespace truc2
