#pragma once

#include "domain/Agent.h"

#include <QObject>
#include <QSet>

#include <functional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace truc2 {
class AgentTableModel;
}

namespace truc2::ui {

/// Offers the directory's active persons under a line edit as the user types (name,
/// matricule, service; accents ignored); choosing one, with the mouse or Return, emits
/// chosen() and empties the edit. Return with the list closed takes the first suggestion.
/// The directory model is asked for the first time something is typed.
class AgentTypeAhead : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxSuggestions = 12;

    AgentTypeAhead(QLineEdit* edit, std::function<const AgentTableModel&()> directory,
                   QObject* parent = nullptr);

    /// Persons not to offer (those already chosen).
    void setExcluded(const QSet<qint64>& ids) { m_excluded = ids; }
    /// Named after the edit: animatorLineEditCompleter.
    QCompleter* completer() const { return m_completer; }

Q_SIGNALS:
    void chosen(const truc2::AgentRow& row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void suggest(const QString& text);
    void choose(qint64 personId);

    QLineEdit* m_edit;
    std::function<const AgentTableModel&()> m_directory;
    QStandardItemModel* m_suggestions;
    QCompleter* m_completer;
    QSet<qint64> m_excluded;
};

} // namespace truc2::ui
