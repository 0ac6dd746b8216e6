#pragma once

#include "domain/Agent.h"
#include "storage/AgentStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AgentDialog;
}

namespace truc2 {
class School;
}

namespace truc2::ui {

class FieldProblems;

/// Adds or edits one person of the directory. OK checks the agent with the store's rules and
/// keeps the dialog open, naming each field at fault, until it is right.
class AgentDialog : public QDialog
{
    Q_OBJECT

public:
    AgentDialog(School& school, const Agent& agent, QWidget* parent = nullptr);
    ~AgentDialog() override;

    /// The agent as the form now describes it (id and row version of the one given).
    Agent agent() const;

    void accept() override;

private:
    void fillDirections();
    void fillServices(qint64 directionId);
    void updateEnabledFields();

    std::unique_ptr<Ui::AgentDialog> m_ui;
    std::unique_ptr<FieldProblems> m_problems;
    School& m_school;
    Agent m_agent;
};

} // namespace truc2::ui
