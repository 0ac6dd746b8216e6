#include "pages/PendingAttendanceWidget.h"

#include "itemmodels/PendingAttendanceModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace truc2::ui {

PendingAttendanceWidget::PendingAttendanceWidget(School& school, QWidget* parent)
    : QWidget(parent)
    , m_model(new PendingAttendanceModel(school, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("pendingAttendanceWidget"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(PendingAttendanceModel::SortRole);
    m_sorted->setDynamicSortFilter(true);
    m_view->setObjectName(QStringLiteral("pendingAttendanceList"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PendingAttendanceModel::Date, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PendingAttendanceModel::Title, QHeaderView::Stretch);
    m_view->installEventFilter(this);

    auto* title = new QLabel(tr("<b>Attendance to enter</b>"), this);
    m_summary->setObjectName(QStringLiteral("pendingSummaryLabel"));
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->sessionId(m_sorted->mapToSource(index)); id > 0) {
            Q_EMIT sessionChosen(id);
        }
    });
    connect(m_model, &PendingAttendanceModel::refreshed, this,
            &PendingAttendanceWidget::updateSummary);
    updateSummary();
}

qint64 PendingAttendanceWidget::currentSessionId() const
{
    return m_model->sessionId(m_sorted->mapToSource(m_view->currentIndex()));
}

void PendingAttendanceWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_model->isLoaded()) {
        m_model->refresh();
    }
}

bool PendingAttendanceWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (const qint64 id = currentSessionId(); id > 0) {
                Q_EMIT sessionChosen(id);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PendingAttendanceWidget::updateSummary()
{
    if (!m_model->errorMessage().isEmpty()) {
        m_summary->setText(m_model->errorMessage());
    } else if (!m_model->isLoaded()) {
        m_summary->clear();
    } else if (m_model->rowCount() == 0) {
        m_summary->setText(tr("Every session of the last %n day(s) has its attendance.", nullptr,
                              m_model->lookBackDays()));
    } else {
        m_summary->setText(tr("%n past session(s) wait for their attendance: double-click one "
                              "to enter it.",
                              nullptr, m_model->rowCount()));
    }
    m_view->setVisible(m_model->rowCount() > 0);
}

} // namespace truc2::ui
