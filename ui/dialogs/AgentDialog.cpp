#include "dialogs/AgentDialog.h"

#include "School.h"
#include "dialogs/FieldProblems.h"
#include "ui_AgentDialog.h"

#include <QPushButton>

namespace truc2::ui {

AgentDialog::AgentDialog(School& school, const Agent& agent, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AgentDialog>())
    , m_school(school)
    , m_agent(agent)
{
    m_ui->setupUi(this);
    m_problems = std::make_unique<FieldProblems>(this, m_ui->problemsLabel);
    setWindowTitle(agent.id > 0 ? tr("Edit %1").arg(agent.displayName()) : tr("New agent"));

    m_ui->genderComboBox->addItem(QString(), QVariant::fromValue(int(Gender::Unknown)));
    m_ui->genderComboBox->addItem(tr("Woman"), QVariant::fromValue(int(Gender::Female)));
    m_ui->genderComboBox->addItem(tr("Man"), QVariant::fromValue(int(Gender::Male)));
    m_ui->categoryComboBox->addItem(QString(), int(Category::None));
    for (Category c : {Category::A, Category::B, Category::C}) {
        m_ui->categoryComboBox->addItem(categoryCode(c), int(c));
    }
    m_ui->statusComboBox->addItems(usualAgentStatuses());
    m_ui->trainedDateEdit->setDate(QDate::currentDate());

    fillDirections();
    connect(m_ui->directionComboBox, &QComboBox::currentIndexChanged, this,
            [this] { fillServices(m_ui->directionComboBox->currentData().toLongLong()); });
    connect(m_ui->externalCheckBox, &QCheckBox::toggled, this, &AgentDialog::updateEnabledFields);
    connect(m_ui->trainedCheckBox, &QCheckBox::toggled, this, &AgentDialog::updateEnabledFields);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AgentDialog::reject);

    // Fill the form from the agent.
    m_ui->matriculeLineEdit->setText(agent.matricule);
    m_ui->genderComboBox->setCurrentIndex(m_ui->genderComboBox->findData(int(agent.gender)));
    m_ui->lastNameLineEdit->setText(agent.lastName);
    m_ui->firstNameLineEdit->setText(agent.firstName);
    m_ui->emailLineEdit->setText(agent.email);
    m_ui->categoryComboBox->setCurrentIndex(m_ui->categoryComboBox->findData(int(agent.category)));
    m_ui->gradeLineEdit->setText(agent.grade);
    m_ui->statusComboBox->setCurrentText(agent.status);
    m_ui->externalCheckBox->setChecked(agent.external);
    m_ui->organisationLineEdit->setText(agent.organisation);
    m_ui->trainedCheckBox->setChecked(agent.facilitationTrainedOn.isValid());
    if (agent.facilitationTrainedOn.isValid()) {
        m_ui->trainedDateEdit->setDate(agent.facilitationTrainedOn);
    }
    m_ui->activeCheckBox->setChecked(agent.active);
    if (agent.serviceId > 0) {
        const Result<QList<Service>> services = school.organisation().services();
        for (const Service& s : services ? *services : QList<Service>{}) {
            if (s.id == agent.serviceId) {
                m_ui->directionComboBox->setCurrentIndex(
                    m_ui->directionComboBox->findData(s.directionId));
                m_ui->serviceComboBox->setCurrentIndex(m_ui->serviceComboBox->findData(s.id));
            }
        }
    }
    updateEnabledFields();
    m_ui->lastNameLineEdit->setFocus();
}

AgentDialog::~AgentDialog() = default;

void AgentDialog::fillDirections()
{
    m_ui->directionComboBox->clear();
    m_ui->directionComboBox->addItem(QString(), qint64(0));
    // The agent's own direction stays listed even when retired, or saving would drop it.
    qint64 ownDirection = 0;
    if (const Result<QList<Service>> services = m_school.organisation().services()) {
        for (const Service& service : *services) {
            if (service.id == m_agent.serviceId) {
                ownDirection = service.directionId;
            }
        }
    }
    if (const Result<QList<Direction>> directions = m_school.organisation().directions()) {
        for (const Direction& d : *directions) {
            if (d.active || d.id == ownDirection) {
                m_ui->directionComboBox->addItem(d.name, d.id);
            }
        }
    }
    fillServices(0);
}

void AgentDialog::fillServices(qint64 directionId)
{
    m_ui->serviceComboBox->clear();
    m_ui->serviceComboBox->addItem(QString(), qint64(0));
    if (directionId <= 0) {
        return;
    }
    if (const Result<QList<Service>> services = m_school.organisation().services()) {
        for (const Service& s : *services) {
            if (s.directionId == directionId && (s.active || s.id == m_agent.serviceId)) {
                m_ui->serviceComboBox->addItem(s.name, s.id);
            }
        }
    }
    // A direction with a single service: nothing left to choose.
    if (m_ui->serviceComboBox->count() == 2) {
        m_ui->serviceComboBox->setCurrentIndex(1);
    }
}

void AgentDialog::updateEnabledFields()
{
    const bool external = m_ui->externalCheckBox->isChecked();
    m_ui->organisationLineEdit->setEnabled(external);
    m_ui->organisationLabel->setEnabled(external);
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->directionComboBox,
                                                      m_ui->serviceComboBox, m_ui->categoryComboBox,
                                                      m_ui->gradeLineEdit, m_ui->statusComboBox}) {
        w->setEnabled(!external);
    }
    m_ui->trainedDateEdit->setEnabled(m_ui->trainedCheckBox->isChecked());
}

Agent AgentDialog::agent() const
{
    Agent a = m_agent;
    a.matricule = m_ui->matriculeLineEdit->text().trimmed();
    a.gender = Gender(m_ui->genderComboBox->currentData().toInt());
    a.lastName = m_ui->lastNameLineEdit->text().trimmed();
    a.firstName = m_ui->firstNameLineEdit->text().trimmed();
    a.email = m_ui->emailLineEdit->text().trimmed();
    a.external = m_ui->externalCheckBox->isChecked();
    a.organisation = a.external ? m_ui->organisationLineEdit->text().trimmed() : QString();
    a.serviceId = a.external ? 0 : m_ui->serviceComboBox->currentData().toLongLong();
    a.category =
        a.external ? Category::None : Category(m_ui->categoryComboBox->currentData().toInt());
    a.grade = a.external ? QString() : m_ui->gradeLineEdit->text().trimmed();
    a.status = a.external ? QString() : m_ui->statusComboBox->currentText().trimmed();
    a.facilitationTrainedOn =
        m_ui->trainedCheckBox->isChecked() ? m_ui->trainedDateEdit->date() : QDate();
    a.active = m_ui->activeCheckBox->isChecked();
    return a;
}

void AgentDialog::accept()
{
    if (m_problems->show(m_school.agents().problems(agent()))) {
        QDialog::accept();
    }
}

} // namespace truc2::ui
