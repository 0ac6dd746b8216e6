#pragma once

#include "PageContext.h"
#include "storage/AttendanceStore.h"

#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace truc2 {
class AgentTableModel;
class AttendanceModel;
struct AgentRow;
} // namespace truc2

namespace truc2::ui {

class AgentTypeAhead;

/// Records who came to a session, once it is over: a checklist in the order of the printed
/// sheet with present / absent / excused per half-day, "All present" as a start, walk-ins
/// added from the directory (type a few letters, Return), and the session marked held. Save
/// records it all as one edit of the undo stack. The keyboard does everything: arrows move,
/// Space cycles present → absent → excused, P, A or E set a value and go down a row, Delete
/// removes a walk-in not saved yet; a click on a cell cycles it too.
///
/// The panel follows its session: a change saved elsewhere (an undo, another workstation) is
/// read again at once when nothing is being edited here.
class AttendancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttendancePanel(PageContext context, QWidget* parent = nullptr);
    ~AttendancePanel() override;

    /// Shows a session's attendance (0: none). Unsaved changes to the previous one are lost:
    /// ask with isDirty() first.
    void setSession(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }
    /// The directory the walk-in type-ahead searches (a page's model, shared to spare reading
    /// every agent again); without one the panel reads its own when first needed.
    void setDirectory(const AgentTableModel* directory);

    AttendanceModel* model() const { return m_model; }
    /// Whether something was changed and not saved (values, walk-ins, the held box checked).
    bool isDirty() const;
    /// Saves the checklist (and the held status when the box is checked) as one undoable edit;
    /// true when saved or when there was nothing to save; false when it was refused (the
    /// reason is shown), or for no session, a cancelled one or a read-only school.
    bool save();
    /// Reads the session's attendance again, dropping what was not saved.
    void reload();

Q_SIGNALS:
    /// Something was changed, or saved or dropped.
    void dirtyChanged(bool dirty);
    /// The attendance of the session was saved.
    void saved(qint64 sessionId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLayout();
    void connectSignals();
    void storeChanged(qint64 sessionId);
    void updateState();
    void updateFigures();
    void updateExclusions();
    void addWalkIn(const AgentRow& row);
    void cellClicked(const QModelIndex& index);
    void showMenu(const QPoint& position);
    /// Sets (or, for nullopt, cycles from the current cell's value) the cells a key or a menu
    /// acts on: the selected half-days, a whole row from its name.
    void applyToSelection(std::optional<Attendance> value);
    bool removeCurrentWalkIn();
    const AgentTableModel& directory();

    PageContext m_context;
    qint64 m_sessionId = 0;
    AttendanceModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_when = nullptr;
    QLabel* m_state = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_allPresent = nullptr;
    QLineEdit* m_walkIn = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_figures = nullptr;
    QCheckBox* m_markHeld = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_save = nullptr;
    AgentTypeAhead* m_typeAhead = nullptr;
    QTimer* m_reloadTimer = nullptr;
    const AgentTableModel* m_directory = nullptr;
    std::unique_ptr<AgentTableModel> m_ownDirectory;
    QSet<qint64> m_externals; ///< Outside speakers: never participants.
    QString m_notice;         ///< A refusal or a change made elsewhere, until the next reading.
    bool m_heldByDefault = false;
    bool m_saving = false;
    bool m_wasDirty = false;
};

} // namespace truc2::ui
