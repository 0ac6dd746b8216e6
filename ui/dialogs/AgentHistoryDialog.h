#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace truc2 {
class AgentHistoryModel;
class School;
} // namespace truc2

namespace truc2::ui {

class PeriodSelector;

/// One agent's history at the school: every session they registered for (waiting list,
/// cancelled, attendance and hours attended) and every session they animated, newest first,
/// over a period (all time at first), with a summary ("12 sessions attended, 27 h of
/// training; 3 sessions animated") and their attestation de formation for that period.
class AgentHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    AgentHistoryDialog(School& school, qint64 personId, QWidget* parent = nullptr);
    ~AgentHistoryDialog() override;

    AgentHistoryModel* model() const { return m_model; }
    PeriodSelector* periodSelector() const { return m_period; }

    /// The print preview of the attestation de formation of the period shown, or a message
    /// saying why there is none.
    void showAttestation();

private:
    void updateHeading();
    void updateSummary();

    School& m_school;
    AgentHistoryModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    PeriodSelector* m_period = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_affiliation = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_attestation = nullptr;
};

} // namespace truc2::ui
