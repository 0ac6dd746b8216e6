#include "dialogs/AgentTypeAhead.h"

#include "itemmodels/AgentSuggestions.h"
#include "itemmodels/AgentTableModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>

namespace truc2::ui {
namespace {

constexpr int kPersonIdRole = Qt::UserRole + 1;

/// "DUPONT Élodie · Formation · 00123", "ÉLIE Sophie · CNFPT (external)".
QString suggestionText(const AgentRow& row)
{
    const Agent& a = row.agent;
    QStringList parts{a.displayName()};
    if (a.external) {
        parts << (a.organisation.isEmpty()
                      ? AgentTypeAhead::tr("external")
                      : AgentTypeAhead::tr("%1 (external)").arg(a.organisation));
    } else {
        if (!row.serviceName.isEmpty()) {
            parts << row.serviceName;
        }
        if (!a.matricule.isEmpty()) {
            parts << a.matricule;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

AgentTypeAhead::AgentTypeAhead(QLineEdit* edit, std::function<const AgentTableModel&()> directory,
                               QObject* parent)
    : QObject(parent)
    , m_edit(edit)
    , m_directory(std::move(directory))
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    // The list is filtered here, over folded keys: the completer only shows it.
    m_completer->setObjectName(m_edit->objectName() + QLatin1String("Completer"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(MaxSuggestions);
    m_completer->setWidget(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &AgentTypeAhead::suggest);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(index.data(kPersonIdRole).toLongLong()); });
    m_edit->installEventFilter(this);
}

void AgentTypeAhead::suggest(const QString& text)
{
    m_suggestions->clear();
    const AgentTableModel& directory = m_directory();
    for (int row : suggestAgents(directory, text, MaxSuggestions, m_excluded)) {
        const AgentRow& r = directory.agentRow(row);
        auto* item = new QStandardItem(suggestionText(r));
        item->setData(r.agent.id, kPersonIdRole);
        item->setEditable(false);
        m_suggestions->appendRow(item);
    }
    if (m_suggestions->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void AgentTypeAhead::choose(qint64 personId)
{
    const AgentTableModel& directory = m_directory();
    const int row = directory.rowOf(personId);
    if (row < 0) {
        return;
    }
    const AgentRow chosenRow = directory.agentRow(row);
    m_completer->popup()->hide();
    m_edit->clear();
    m_suggestions->clear();
    Q_EMIT chosen(chosenRow);
}

bool AgentTypeAhead::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Never let Return reach the dialog's default button from here.
            if (m_suggestions->rowCount() > 0) {
                choose(m_suggestions->item(0)->data(kPersonIdRole).toLongLong());
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace truc2::ui
