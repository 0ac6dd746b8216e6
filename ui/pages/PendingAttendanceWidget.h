#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace truc2 {
class PendingAttendanceModel;
class School;
} // namespace truc2

namespace truc2::ui {

/// The past sessions whose attendance is still to be entered (PendingAttendanceModel), latest
/// first, for the Programme page or a home view. A double-click or Return on one emits
/// sessionChosen(). Reads nothing until first shown; then follows the stores.
class PendingAttendanceWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PendingAttendanceWidget(School& school, QWidget* parent = nullptr);

    PendingAttendanceModel* model() const { return m_model; }
    /// The list (object name pendingAttendanceList).
    QTableView* view() const { return m_view; }
    /// The session of the current row, or 0.
    qint64 currentSessionId() const;

Q_SIGNALS:
    /// The user chose a session to enter its attendance.
    void sessionChosen(qint64 sessionId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSummary();

    PendingAttendanceModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_view;
    QLabel* m_summary;
};

} // namespace truc2::ui
