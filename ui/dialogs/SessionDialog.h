#pragma once

#include "PageContext.h"
#include "core/FieldProblem.h"
#include "domain/Catalogue.h"
#include "domain/Recurrence.h"
#include "domain/Session.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class SessionDialog;
}

namespace truc2 {
class AgentTableModel;
struct AgentRow;
} // namespace truc2

namespace truc2::ui {

class AgentTypeAhead;
class FieldProblems;

/// Plans or edits one session of the programme: its catalogue action, day and times (and the
/// half-days they make), room, capacity, status, animators (agents found by typing, or
/// external speakers added on the spot) and notes. Conflicts with other sessions (the same
/// room, an animator elsewhere at the same time) are listed as they appear; they warn and do
/// not block. A new session may repeat as a series. OK checks everything with the store's
/// rules and stays open, naming each field at fault, until it is right. The dialog saves
/// nothing but the external speakers it adds (through the undo stack): the caller saves the
/// session, or the series.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new session (session.id == 0: repeat allowed) or an existing one.
    SessionDialog(PageContext context, const Session& session, QWidget* parent = nullptr);
    ~SessionDialog() override;

    /// The directory the animator type-ahead searches (a page's model, shared to spare
    /// reading 50,000 agents again); without one the dialog reads its own when first needed.
    void setDirectory(const AgentTableModel* directory);

    /// The values entered (id, code, rowVersion, sequence, seriesId kept from the input). With
    /// a repeat, the session every occurrence copies: its date is the series' first day, and
    /// the sessions to create are recurrence()'s occurrences.
    Session session() const;
    /// Set when repeat is checked.
    std::optional<Recurrence> recurrence() const;

    void accept() override;

private:
    struct AnimatorLine
    {
        SessionAnimator animator;
        QString name;
        bool active = true;
        bool external = false;
    };

    // SessionDialog.cpp
    void connectFields();
    void fillActions();
    void actionChosen();
    /// The chosen action's capacity and duration, where the user has not set them.
    void applyActionDefaults();
    void startTimeChanged();
    void statusChosen();
    void updateCapacityFields();
    void updateHalfDays();
    void scheduleConflicts();
    /// Taller when something appeared (the repeat group), never cramped.
    void growToFit();
    void updateConflicts();
    const AgentTableModel& directory();

    // SessionDialogAnimators.cpp
    void fillAnimators();
    void addAnimator(const AgentRow& row);
    void addExternalSpeaker();
    void removeAnimator();
    void showAnimators();
    void roleChosen();
    QString roleText(AnimatorRole role) const;
    /// The registration mode of the chosen action's format, if an action is chosen.
    std::optional<RegistrationMode> chosenMode() const;

    // SessionDialogRepeat.cpp
    void setUpRepeat();
    void repeatToggled(bool on);
    void repeatKindChosen();
    void patternFromDate();
    void updateRepeatSummary();
    QSet<QDate> closedDaysOf(const Recurrence& rule, QMap<QDate, QString>* labels = nullptr) const;
    Recurrence currentRecurrence() const;
    /// The problem of the series, as a field name and a message; empty when none.
    std::optional<FieldProblem> repeatProblem() const;

    std::unique_ptr<Ui::SessionDialog> m_ui;
    std::unique_ptr<FieldProblems> m_problems;
    PageContext m_context;
    Session m_session;
    QHash<qint64, Action> m_actions;
    QHash<qint64, Format> m_formats;
    QList<AnimatorLine> m_animators;
    const AgentTableModel* m_directory = nullptr;
    std::unique_ptr<AgentTableModel> m_ownDirectory;
    AgentTypeAhead* m_typeAhead = nullptr;
    QTimer* m_conflictTimer = nullptr;
    QTime m_lastStart;
    QString m_halfDaysTip;         ///< What the half-days are, as the form says it.
    bool m_filling = true;         ///< Values set by the program, not typed.
    bool m_capacityEdited = false; ///< The user set the capacity: choosing an action keeps it.
    bool m_endEdited = false;      ///< The user set the end time: the action's duration keeps off.
    bool m_patternEdited = false;  ///< The user set the repeat's days: the date no longer does.
};

} // namespace truc2::ui
