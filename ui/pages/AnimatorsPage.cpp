#include "pages/AnimatorsPage.h"

#include "AppSettings.h"
#include "ExportAction.h"
#include "MessageBox.h"
#include "School.h"
#include "TableViews.h"
#include "commands/AgentCommands.h"
#include "dialogs/AgentDialog.h"
#include "documents/PrintPreview.h"
#include "itemmodels/AnimatorTableModel.h"
#include "widgets/PageParts.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace truc2::ui {

AnimatorsPage::AnimatorsPage(PageContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("animatorsPage"));
    m_model = new AnimatorTableModel(context.school, this);
    m_filter = new AnimatorFilterModel(this);
    m_filter->setSourceModel(m_model);

    QLabel* title = makePageTitle(tr("Animators"), this);

    m_period = new PeriodSelector(this);
    m_period->setObjectName(QStringLiteral("periodSelector"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search by name, service, organisation or format…"));
    m_search->setClearButtonEnabled(true);
    m_animatorKind = new QComboBox(this);
    m_animatorKind->setObjectName(QStringLiteral("kindComboBox"));
    m_animatorKind->addItem(tr("Agents and external speakers"),
                            int(AnimatorFilterModel::Kind::All));
    m_animatorKind->addItem(tr("Agents only"), int(AnimatorFilterModel::Kind::Internal));
    m_animatorKind->addItem(tr("External speakers only"), int(AnimatorFilterModel::Kind::External));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("animatorsTableView"));
    m_table->setModel(m_filter);
    using M = AnimatorTableModel;
    setUpListView(m_table, M::Name, Qt::AscendingOrder, QAbstractItemView::SingleSelection,
                  {{M::Name, 165},
                   {M::Affiliation, 170},
                   {M::Sessions, 65},
                   {M::Upcoming, 65},
                   {M::Hours, 65},
                   {M::Participants, 80},
                   {M::AgentsReached, 100},
                   {M::Formats, 160},
                   {M::FirstSession, 115},
                   {M::LastSession, 115},
                   {M::Satisfaction, 80}});

    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")),
                             tr("&Edit the person…"), this);
    m_edit->setObjectName(QStringLiteral("editPushButton"));
    m_edit->setToolTip(tr("Record their facilitation training, or correct their details"));

    m_attestation = new QPushButton(tr("&Attestation of animation…"), this);
    m_attestation->setObjectName(QStringLiteral("attestationPushButton"));
    m_attestation->setToolTip(
        tr("Print or save as PDF the attestation of the sessions the selected "
           "person animated in this period, for their annual review"));

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addStretch(1);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_animatorKind);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_attestation);
    buttons->addStretch(1);
    buttons->addWidget(makeExportButton(m_table, M::SortRole, tr("Animators"), this));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(periodRow);
    layout->addLayout(searchRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_period, &PeriodSelector::periodChanged, this, &AnimatorsPage::applyPeriod);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AnimatorFilterModel::setSearchText);
    connect(m_animatorKind, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKind(AnimatorFilterModel::Kind(m_animatorKind->currentData().toInt()));
    });
    connect(m_edit, &QPushButton::clicked, this, &AnimatorsPage::editSelectedAnimator);
    connect(m_attestation, &QPushButton::clicked, this, [this] {
        if (const qint64 person = selectedPersonId(); person > 0) {
            showAnimatorAttestation(m_context.school, person, period(), this);
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, &AnimatorsPage::editSelectedAnimator);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AnimatorsPage::updateActions);
    connect(m_model, &AnimatorTableModel::refreshed, this, &AnimatorsPage::updateSummary);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, &AnimatorsPage::updateSummary);
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AnimatorsPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AnimatorsPage::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AnimatorsPage::updateActions);

    updateSummary();
    updateActions();
}

AnimatorsPage::~AnimatorsPage()
{
    AppSettings::setHeaderState(m_table->objectName(), m_table->horizontalHeader()->saveState());
}

void AnimatorsPage::showEvent(QShowEvent* event)
{
    // The figures are read when first looked at, not when the window opens.
    if (!m_model->isLoaded()) {
        m_model->refresh();
    }
    QWidget::showEvent(event);
}

AnimatorsPage::PeriodKind AnimatorsPage::periodKind() const
{
    return m_period->kind();
}

Period AnimatorsPage::period() const
{
    return m_period->period();
}

void AnimatorsPage::showSchoolYear(int startYear)
{
    m_period->showSchoolYear(startYear);
}

void AnimatorsPage::showCalendarYear(int year)
{
    m_period->showCalendarYear(year);
}

void AnimatorsPage::showAllTime()
{
    m_period->showAllTime();
}

void AnimatorsPage::showPeriod(const Period& period)
{
    m_period->showPeriod(period);
}

void AnimatorsPage::showPreviousPeriod()
{
    m_period->showPrevious();
}

void AnimatorsPage::showNextPeriod()
{
    m_period->showNext();
}

void AnimatorsPage::applyPeriod()
{
    // All time over a large school takes a second or two: say that something is happening.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->setPeriod(m_period->period());
    QApplication::restoreOverrideCursor();
    updateSummary();
}

void AnimatorsPage::updateSummary()
{
    if (!m_model->errorMessage().isEmpty()) {
        m_summary->setText(tr("The figures could not be read: %1").arg(m_model->errorMessage()));
        return;
    }
    const AnimatorsOfPeriod& totals = m_model->totals();
    const int rows = m_model->rowCount();
    if (rows == 0) {
        m_summary->setText(tr("Nobody animated a session in this period."));
        return;
    }
    const QString animators = tr("%n animator(s)", nullptr, totals.animatorCount);
    const QString people =
        totals.externalCount > 0
            ? tr("%1, including %2", "animators, including external speakers")
                  .arg(animators, tr("%n external speaker(s)", nullptr, totals.externalCount))
            : animators;
    QString text = tr("%1; %2, %3", "animators; sessions held, hours")
                       .arg(people, tr("%n session(s) held", nullptr, totals.sessions),
                            AnimatorTableModel::hoursLabel(totals.minutes));
    if (totals.upcoming > 0) {
        text = tr("%1; %2", "figures; upcoming sessions")
                   .arg(text, tr("%n session(s) to come", nullptr, totals.upcoming));
    }
    const int shown = m_filter->rowCount();
    if (shown != rows) {
        text = tr("%1 — %2 of %n row(s) shown", nullptr, rows).arg(text).arg(shown);
    }
    m_summary->setText(text);
}

void AnimatorsPage::updateActions()
{
    m_edit->setEnabled(!m_context.readOnly && selectedPersonId() > 0);
    // Printing changes nothing: allowed on a read-only school too.
    m_attestation->setEnabled(selectedPersonId() > 0);
}

qint64 AnimatorsPage::selectedPersonId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(AnimatorTableModel::PersonIdRole).toLongLong() : 0;
}

bool AnimatorsPage::editSelectedAnimator()
{
    const qint64 id = selectedPersonId();
    if (m_context.readOnly || id <= 0) {
        return false;
    }
    const Result<Agent> current = m_context.school.agents().agent(id);
    if (!current) {
        MessageBox::warning(this, tr("Animators"), current.errorMessage());
        return false;
    }
    AgentDialog dialog(m_context.school, *current, this);
    if (dialog.exec() != QDialog::Accepted || dialog.agent() == *current) {
        return false;
    }
    return pushEdit(m_context.undoStack,
                    new EditAgentCommand(m_context.school.agents(), *current, dialog.agent()));
}

} // namespace truc2::ui
