#pragma once

#include "PageContext.h"
#include "domain/Catalogue.h"
#include "domain/Session.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace truc2 {
class AgentTableModel;
class RegistrationFilterModel;
class RegistrationTableModel;
struct AgentRow;
} // namespace truc2

namespace truc2::ui {

class AgentTypeAhead;

/// The registrations of one session, for its detail view: counts against the capacity, the
/// registrants (seats by name, then the waiting list in order), agents added by typing a
/// name, matricule or service (each one registered at once, as its own undoable step; refusals
/// are reported naming the agent), registrations cancelled (the first agent waiting takes the
/// seat), the e-mail addresses of those holding a seat copied for the mail client, and, for
/// open-headcount formats, the number of people counted without names. A read-only school
/// keeps only the copy.
class RegistrationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RegistrationsPanel(PageContext context, QWidget* parent = nullptr);
    ~RegistrationsPanel() override;

    /// Shows a session's registrations (0: none).
    void setSession(qint64 sessionId);
    qint64 sessionId() const { return m_session.id; }
    /// The directory the type-ahead searches (a page's model, shared to spare reading it
    /// again); by default the panel reads its own when something is first typed.
    void setDirectory(const AgentTableModel* directory);

    RegistrationTableModel* model() const { return m_model; }

    /// Registers an agent (as choosing them in the type-ahead does); false when refused.
    bool registerAgent(qint64 personId);
    /// Cancels the selected registration; false when there is none or it was refused.
    bool cancelSelected();
    /// Puts "a@x; b@y" on the clipboard: the agents holding a seat, not those waiting.
    void copyEmails();

private:
    void buildLayout();
    void reloadSession();
    void updateCounts();
    void updateButtons();
    void headcountEdited(int value);
    void chosen(const AgentRow& row);
    void select(qint64 registrationId);
    qint64 selectedRegistrationId() const;
    const AgentTableModel& directory();

    PageContext m_context;
    Session m_session;
    RegistrationMode m_mode = RegistrationMode::Capacity;
    QString m_formatName;

    RegistrationTableModel* m_model = nullptr;
    RegistrationFilterModel* m_filter = nullptr;
    const AgentTableModel* m_directory = nullptr;
    std::unique_ptr<AgentTableModel> m_ownDirectory;
    AgentTypeAhead* m_typeAhead = nullptr;

    QLabel* m_counts = nullptr;
    QLabel* m_headcountLabel = nullptr;
    QSpinBox* m_headcount = nullptr;
    QLineEdit* m_add = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    QCheckBox* m_showCancelled = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace truc2::ui
