#include "dialogs/FieldProblems.h"

#include <QLabel>
#include <QWidget>

namespace truc2::ui {

FieldProblems::FieldProblems(QWidget* form, QLabel* summary)
    : m_form(form)
    , m_summary(summary)
{
    m_summary->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
}

QWidget* FieldProblems::widgetFor(const QString& field) const
{
    if (QWidget* alias = m_aliases.value(field)) {
        return alias;
    }
    for (const char* kind : {"LineEdit", "ComboBox", "SpinBox", "PlainTextEdit", "DateEdit"}) {
        if (auto* w = m_form->findChild<QWidget*>(field + QLatin1String(kind))) {
            return w;
        }
    }
    return nullptr;
}

bool FieldProblems::show(const QList<FieldProblem>& problems)
{
    for (auto it = m_marked.cbegin(); it != m_marked.cend(); ++it) {
        it.key()->setStyleSheet(QString());
        it.key()->setToolTip(it.value());
    }
    m_marked.clear();

    QStringList lines;
    QWidget* first = nullptr;
    for (const FieldProblem& p : problems) {
        lines << p.message.toHtmlEscaped();
        QWidget* w = widgetFor(p.field);
        if (!w) {
            continue;
        }
        if (!m_marked.contains(w)) {
            m_marked.insert(w, w->toolTip());
        }
        w->setStyleSheet(QStringLiteral("border: 2px solid #c0392b;"));
        w->setToolTip(p.message);
        first = first ? first : w;
    }
    m_summary->setText(QStringLiteral("<span style='color:#c0392b'>") +
                       lines.join(QStringLiteral("<br>")) + QStringLiteral("</span>"));
    m_summary->setVisible(!problems.isEmpty());
    if (first) {
        first->setFocus();
    }
    return problems.isEmpty();
}

} // namespace truc2::ui
