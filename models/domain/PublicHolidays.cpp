#include "domain/PublicHolidays.h"

namespace truc2 {

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus / Jones / Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PublicHoliday> frenchPublicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    return {
        {QDate(year, 1, 1), QStringLiteral("Jour de l'an")},
        {easter.addDays(1), QStringLiteral("Lundi de Pâques")},
        {QDate(year, 5, 1), QStringLiteral("Fête du travail")},
        {QDate(year, 5, 8), QStringLiteral("Victoire 1945")},
        {easter.addDays(39), QStringLiteral("Ascension")},
        {easter.addDays(50), QStringLiteral("Lundi de Pentecôte")},
        {QDate(year, 7, 14), QStringLiteral("Fête nationale")},
        {QDate(year, 8, 15), QStringLiteral("Assomption")},
        {QDate(year, 11, 1), QStringLiteral("Toussaint")},
        {QDate(year, 11, 11), QStringLiteral("Armistice 1918")},
        {QDate(year, 12, 25), QStringLiteral("Noël")},
    };
}

} // namespace truc2
