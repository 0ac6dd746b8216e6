#pragma once

#include "PageContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace truc2::ui {

/// The session chosen in the programme: what, when, where, who animates, how full, and what
/// can be done with it (edit it, print its attendance sheet); below, tabs for its registrations
/// and its attendance.
class SessionDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionDetailPanel(PageContext context, QWidget* parent = nullptr);

    /// Shows a session (0: none).
    void setSession(qint64 id);
    qint64 session() const { return m_id; }

    /// Where the registrations and attendance go.
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void editRequested(qint64 id);

private:
    void refresh();

    PageContext m_context;
    qint64 m_id = 0;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_sheet = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace truc2::ui
