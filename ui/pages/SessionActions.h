#pragma once

#include "PageContext.h"
#include "domain/Session.h"
#include "stats/PeriodFigures.h"

#include <QDateTime>
#include <QObject>

class QWidget;

namespace truc2 {
class AgentTableModel;
}

namespace truc2::ui {

/// What the programme does to sessions, each through its dialog and an undoable command:
/// plan one or a series, change one (or the rest of its series), move one, declare the closed
/// days of a school year, export sessions to a calendar file. Messages go to `parent`.
class SessionActions : public QObject
{
    Q_OBJECT

public:
    SessionActions(PageContext context, QWidget* parent);

    /// The dialog for a new session starting then; the sessions created (none when cancelled
    /// or refused).
    QList<Session> create(const QDateTime& start);
    /// A session's dialog; true when a change was saved.
    bool edit(qint64 id);
    /// Moves a session to start then, keeping its length; true when it moved.
    bool move(qint64 id, const QDateTime& newStart);
    /// The closed days of a school year; true when they changed.
    bool editClosedDays(const Period& year);
    /// Writes the sessions of a period (of one format, or all when 0) as an iCalendar file.
    void exportCalendar(const Period& period, qint64 formatId);

    /// The directory the dialogs' type-ahead searches: read once, when first needed, then
    /// kept in step with the agents.
    AgentTableModel* directory();

private:
    PageContext m_context;
    QWidget* m_parent;
    AgentTableModel* m_directory = nullptr;
};

} // namespace truc2::ui
