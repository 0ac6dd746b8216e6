#pragma once

#include <QList>
#include <QString>

namespace truc2 {

/// A problem with one field of a form, for the dialog to show beside that field.
struct FieldProblem
{
    QString field; ///< The member's name: "lastName", "email" …
    QString message;
};

} // namespace truc2
