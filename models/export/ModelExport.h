#pragma once

// What a list shows, as a table to export: "what is filtered is what is exported".

#include "export/ExportTable.h"

#include <QList>

class QAbstractItemModel;

namespace truc2 {

/// The rows of `model` (the proxy a view shows: filtered and sorted), with the `columns` given
/// in that order (a view's visible columns, as the user arranged them), titled by the model's
/// horizontal header.
///
/// A column is typed from the model's raw-value role (`rawRole`, the SortRole of the project's
/// models) where every cell agrees with what it shows: a number displayed as that number is a
/// number, a QDate or QDateTime whose day (and time) is displayed is a date (or date-time).
/// Any other column is exported as the text it shows — an enum sorted by its number, minutes
/// shown as "1 h 30", a folded sort key — so that the file says what the screen said.
ExportTable tableFromModel(const QAbstractItemModel& model, const QList<int>& columns, int rawRole,
                           const QString& title);

} // namespace truc2
