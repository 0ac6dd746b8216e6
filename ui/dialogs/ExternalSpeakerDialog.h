#pragma once

#include "domain/Agent.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExternalSpeakerDialog;
}

namespace truc2 {
class AgentStore;
}

namespace truc2::ui {

class FieldProblems;

/// Names a speaker from outside the municipality: last and first name, organisation, e-mail.
/// OK checks them with the directory's rules; the caller adds the person.
class ExternalSpeakerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExternalSpeakerDialog(AgentStore& agents, QWidget* parent = nullptr);
    ~ExternalSpeakerDialog() override;

    /// The person as typed: external, active, no service.
    Agent agent() const;

    void accept() override;

private:
    std::unique_ptr<Ui::ExternalSpeakerDialog> m_ui;
    std::unique_ptr<FieldProblems> m_problems;
    AgentStore& m_agents;
};

} // namespace truc2::ui
