#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace truc2 {

/// A French public holiday ("jour férié") of one year.
struct PublicHoliday
{
    QDate day;
    QString name; ///< "Lundi de Pâques", in French: the law's names, not translated.
};

/// Easter Sunday of a Gregorian year.
QDate easterSunday(int year);

/// The eleven public holidays of metropolitan France in a year, in order: 1 January, Easter
/// Monday, 1 and 8 May, Ascension Thursday, Whit Monday, 14 July, 15 August, 1 and 11 November,
/// 25 December.
QList<PublicHoliday> frenchPublicHolidays(int year);

} // namespace truc2
