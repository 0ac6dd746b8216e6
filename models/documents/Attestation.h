#pragma once

#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class QTextCursor;
class QTextTable;

namespace truc2 {

/// What the attestations (d'animation, de formation) share, so that they look alike: the
/// title, the table of sessions with its totals row, the place and date of issue with the box
/// for the signature and stamp, the place found in the organisation's name and a file name.
class Attestation
{
    Q_DECLARE_TR_FUNCTIONS(Attestation)

public:
    Attestation() = delete;

    /// One session of the table.
    struct Row
    {
        QDateTime startsAt;
        QDateTime endsAt;
        QString code;
        QString action;
        QString format;
        int minutes = 0;
        QString note;  ///< A short line under the action, muted (partial attendance); optional.
        QString extra; ///< The optional last column's value.
    };

    /// The optional last column of the table (the participants of an animated session), and
    /// its total.
    struct ExtraColumn
    {
        QString header;
        QString total;
    };

    /// The title of the attestation, large, at the top of its body.
    static void addTitle(QTextCursor& cursor, const QString& title);
    /// The certifying sentence: `pattern` (translated) with %1 the organisation, %2 the person's
    /// name (in bold), %3 where they work, %4 the school, %5 and %6 the first and last day.
    static void addStatement(QTextCursor& cursor, const QString& pattern,
                             const SchoolIdentity& identity, const QString& name,
                             const QString& where, const QString& from, const QString& to);
    /// The table: date, session, action, format, times, hours (and the extra column when its
    /// header is not empty), then a totals row ("Total: 3 sessions", the minutes added up).
    /// Returns the table (a paragraph after it needs the table's bottom margin to stand apart:
    /// its own top margin is not laid out after a table).
    static QTextTable* addSessionsTable(QTextCursor& cursor, const QList<Row>& rows,
                                        const ExtraColumn& extra = {});
    /// "Issued in Testville on 15/01/2021" (or "Issued on …" without a place), "For
    /// [organisation]," and a box to sign and stamp in.
    static void addSignature(QTextCursor& cursor, const QString& organisationName,
                             const QString& place, const QDate& issuedOn);

    /// The town in an organisation's name: "Ville de Caluire-et-Cuire" → "Caluire-et-Cuire",
    /// "Mairie d'Antibes" → "Antibes"; empty when the name does not say.
    static QString placeOf(const QString& organisation);
    /// A name made safe for a file on any system, with ".pdf" after it.
    static QString pdfFileName(QString name);
    /// The day, or the first and last days, of a session: "02/03/2020", "05/10/2020 to
    /// 06/10/2020".
    static QString daysText(const QDateTime& startsAt, const QDateTime& endsAt);
};

} // namespace truc2
