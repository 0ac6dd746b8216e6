#include "dialogs/ExternalSpeakerDialog.h"

#include "dialogs/FieldProblems.h"
#include "storage/AgentStore.h"
#include "ui_ExternalSpeakerDialog.h"

namespace truc2::ui {

ExternalSpeakerDialog::ExternalSpeakerDialog(AgentStore& agents, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExternalSpeakerDialog>())
    , m_agents(agents)
{
    m_ui->setupUi(this);
    m_problems = std::make_unique<FieldProblems>(this, m_ui->problemsLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExternalSpeakerDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExternalSpeakerDialog::reject);
    m_ui->lastNameLineEdit->setFocus();
}

ExternalSpeakerDialog::~ExternalSpeakerDialog() = default;

Agent ExternalSpeakerDialog::agent() const
{
    Agent a;
    a.lastName = m_ui->lastNameLineEdit->text().trimmed();
    a.firstName = m_ui->firstNameLineEdit->text().trimmed();
    a.organisation = m_ui->organisationLineEdit->text().trimmed();
    a.email = m_ui->emailLineEdit->text().trimmed();
    a.external = true;
    a.active = true;
    return a;
}

void ExternalSpeakerDialog::accept()
{
    if (m_problems->show(m_agents.problems(agent()))) {
        QDialog::accept();
    }
}

} // namespace truc2::ui
