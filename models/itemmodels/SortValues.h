#pragma once

#include <QVariant>

namespace truc2 {

/// Orders two raw values of a model's SortRole: texts (already folded) as text, anything else
/// as a number. Negative, zero or positive, like QString::compare, so that a proxy can break
/// ties its own way.
inline int compareSortValues(const QVariant& a, const QVariant& b)
{
    if (a.typeId() == QMetaType::QString) {
        return a.toString().compare(b.toString());
    }
    const double x = a.toDouble();
    const double y = b.toDouble();
    return x < y ? -1 : (y < x ? 1 : 0);
}

} // namespace truc2
