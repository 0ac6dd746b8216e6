#pragma once

#include "stats/PeriodFigures.h"

#include <QByteArray>
#include <QString>

namespace truc2 {

/// A period in words, as the municipality writes it: "En 2020", "De janvier à mai 2021",
/// "En mars 2021", "De septembre 2020 à août 2021", "Du 03/02/2021 au 15/04/2021".
QString describePeriod(const Period& period);

/// The municipality's own sentence: "En 2020 : 4 conférences Ac'Truc² (55 participants au
/// total) ; 17 ateliers Un truc² en + (105 participants au total) ; 1 Prépa'Truc²
/// (5 participants). 14 animateurs."
QString summarySentence(const PeriodFigures& figures);

/// The report as JSON (rates as fractions, null where there is nothing to divide by).
QByteArray figuresJson(const PeriodFigures& figures);

/// The report as plain text: the summary sentence and a line per figure.
QString figuresText(const PeriodFigures& figures);

} // namespace truc2
