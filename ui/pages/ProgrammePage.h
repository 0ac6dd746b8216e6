#pragma once

#include "PageContext.h"
#include "domain/Session.h"

#include <QDateTime>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace truc2 {
class AgentTableModel;
class ProgrammeFilterModel;
class ProgrammeModel;
} // namespace truc2

namespace truc2::ui {

class CalendarView;
class MonthView;
class AttendancePanel;
class PendingAttendanceWidget;
class RegistrationsPanel;
class SessionActions;
class SessionDetailPanel;
class WeekView;

/// The programme of the school: a month, a week or a list of sessions, filtered by format,
/// status, animator and room, and searched. Sessions are created from an empty slot, opened
/// by a double-click, dragged to another time in the week view; every change is undoable.
class ProgrammePage : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        Month,
        Week,
        List
    };

    explicit ProgrammePage(PageContext context, QWidget* parent = nullptr);
    ~ProgrammePage() override;

    View view() const { return m_view; }
    void setView(View view);
    /// Shows the month or week of a day.
    void showDate(const QDate& date);
    QDate currentDate() const;

    ProgrammeModel* model() const { return m_model; }
    ProgrammeFilterModel* filter() const { return m_filter; }
    MonthView* monthView() const { return m_month; }
    WeekView* weekView() const { return m_week; }
    SessionDetailPanel* detailPanel() const { return m_detail; }

    /// Opens the dialog for a new session starting then; true when one was created.
    bool createSession(const QDateTime& start);
    /// Opens a session's dialog; true when a change was saved.
    bool openSession(qint64 id);
    /// Moves a session to start then, keeping its length; true when it moved.
    bool moveSession(qint64 id, const QDateTime& newStart);
    /// Opens the closed days of the school year shown; true when they changed.
    bool editClosedDays();

private:
    void buildFilters();
    void reloadPeriod();
    void updateLabels();
    void fillFilterChoices();
    void step(int direction);
    CalendarView* calendar() const;
    /// Shows a session in the detail panel and its attendance tab.
    void showDetailOf(qint64 id);
    void exportCalendar();

    PageContext m_context;
    View m_view = View::Month;
    ProgrammeModel* m_model = nullptr;
    ProgrammeFilterModel* m_filter = nullptr;
    QButtonGroup* m_viewButtons = nullptr;
    QLabel* m_periodLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_animator = nullptr;
    QComboBox* m_room = nullptr;
    QDateEdit* m_listFrom = nullptr;
    QDateEdit* m_listTo = nullptr;
    QWidget* m_listPeriod = nullptr;
    QPushButton* m_newSession = nullptr;
    QStackedWidget* m_stack = nullptr;
    MonthView* m_month = nullptr;
    WeekView* m_week = nullptr;
    QTableView* m_table = nullptr;
    SessionActions* m_actions = nullptr;
    SessionDetailPanel* m_detail = nullptr;
    RegistrationsPanel* m_registrations = nullptr;
    AttendancePanel* m_attendance = nullptr;
    qint64 m_attendanceSession = 0;
    PendingAttendanceWidget* m_pending = nullptr;
};

} // namespace truc2::ui
