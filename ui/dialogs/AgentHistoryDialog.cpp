#include "dialogs/AgentHistoryDialog.h"

#include "AppSettings.h"
#include "School.h"
#include "TableViews.h"
#include "documents/PrintPreview.h"
#include "itemmodels/AgentHistoryModel.h"
#include "widgets/PeriodSelector.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace truc2::ui {

AgentHistoryDialog::AgentHistoryDialog(School& school, qint64 personId, QWidget* parent)
    : QDialog(parent)
    , m_school(school)
{
    setObjectName(QStringLiteral("agentHistoryDialog"));
    m_model = new AgentHistoryModel(school, personId, this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AgentHistoryModel::SortRole);
    m_sorted->setDynamicSortFilter(true);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_affiliation = new QLabel(this);
    m_affiliation->setObjectName(QStringLiteral("affiliationLabel"));

    m_period = new PeriodSelector(this);
    m_period->setObjectName(QStringLiteral("periodSelector"));
    m_period->showAllTime();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_table->setModel(m_sorted);
    using M = AgentHistoryModel;
    setUpListView(m_table, M::Date, Qt::DescendingOrder, QAbstractItemView::SingleSelection,
                  {{M::Date, 85},
                   {M::Times, 85},
                   {M::Code, 95},
                   {M::Action, 300},
                   {M::Format, 135},
                   {M::Role, 95},
                   {M::Status, 75},
                   {M::Registration, 115},
                   {M::Attendance, 95},
                   {M::Hours, 55}});
    // The action takes the room left, not the last column.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(M::Action, QHeaderView::Stretch);

    m_attestation = new QPushButton(tr("&Attestation of training…"), this);
    m_attestation->setObjectName(QStringLiteral("attestationButton"));
    m_attestation->setToolTip(tr("Print or save as PDF the attestation of the sessions this "
                                 "agent attended in the period shown"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->addButton(m_attestation, QDialogButtonBox::ActionRole);

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_affiliation);
    layout->addSpacing(6);
    layout->addLayout(periodRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_period, &PeriodSelector::periodChanged, this,
            [this] { m_model->setPeriod(m_period->period()); });
    connect(m_model, &AgentHistoryModel::refreshed, this, [this] {
        updateHeading();
        updateSummary();
    });
    connect(m_attestation, &QPushButton::clicked, this, &AgentHistoryDialog::showAttestation);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateHeading();
    updateSummary();
    resize(1200, 600);
}

AgentHistoryDialog::~AgentHistoryDialog()
{
    AppSettings::setHeaderState(m_table->objectName(), m_table->horizontalHeader()->saveState());
}

void AgentHistoryDialog::updateHeading()
{
    const HistoryPerson& person = m_model->person();
    const QString name = person.displayName();
    m_heading->setText(name);
    m_affiliation->setText(person.affiliation());
    m_affiliation->setVisible(!person.affiliation().isEmpty());
    // The service tells two namesakes apart; an external speaker's organisation does too.
    const QString service = person.external ? person.organisation : person.serviceName;
    setWindowTitle(service.isEmpty()
                       ? tr("History of %1").arg(name)
                       : tr("History of %1 (%2)", "name, service").arg(name, service));
}

void AgentHistoryDialog::updateSummary()
{
    if (!m_model->errorMessage().isEmpty()) {
        m_summary->setText(tr("The history could not be read: %1").arg(m_model->errorMessage()));
        return;
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(m_period->period().isValid()
                               ? tr("No session in this period.")
                               : tr("No session yet: this agent has never registered for nor "
                                    "animated a session."));
        return;
    }
    m_summary->setText(AgentHistoryModel::summaryText(m_model->history()));
}

void AgentHistoryDialog::showAttestation()
{
    showTrainingAttestation(m_school, m_model->personId(), m_period->period(), this);
}

} // namespace truc2::ui
