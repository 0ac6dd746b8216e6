#pragma once

#include <QString>

namespace truc2 {

/// Text folded for searching and sorting: lower case, accents removed ("Élodie" → "elodie"),
/// so that a search for "elodie" finds "Élodie" and É sorts with E.
QString foldedText(const QString& text);

} // namespace truc2
