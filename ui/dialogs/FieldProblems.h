#pragma once

#include "storage/AgentStore.h"

#include <QHash>

class QLabel;
class QWidget;

namespace truc2::ui {

/// Shows a form's problems as the dialogs of the program do: every message in the summary
/// label, a red border and the message as tooltip on the field at fault, the focus on the
/// first one. A problem's field "lastName" is the form's widget named lastNameLineEdit,
/// lastNameComboBox, lastNameSpinBox or lastNamePlainTextEdit, unless an alias says otherwise.
class FieldProblems
{
public:
    FieldProblems(QWidget* form, QLabel* summary);

    /// The widget that stands for a field whose widget is named otherwise.
    void setAlias(const QString& field, QWidget* widget) { m_aliases.insert(field, widget); }

    /// Shows these problems (and clears the previous ones); true when there are none.
    bool show(const QList<FieldProblem>& problems);

private:
    QWidget* widgetFor(const QString& field) const;

    QWidget* m_form;
    QLabel* m_summary;
    QHash<QString, QWidget*> m_aliases;
    QHash<QWidget*, QString> m_marked; ///< Marked widgets (the form's own) and their tooltips.
};

} // namespace truc2::ui
