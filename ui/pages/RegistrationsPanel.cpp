#include "pages/RegistrationsPanel.h"

#include "AppSettings.h"
#include "ExportAction.h"
#include "MessageBox.h"
#include "School.h"
#include "commands/RegistrationCommands.h"
#include "dialogs/AgentTypeAhead.h"
#include "itemmodels/AgentTableModel.h"
#include "itemmodels/RegistrationTableModel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace truc2::ui {

RegistrationsPanel::RegistrationsPanel(PageContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("registrationsPanel"));
    m_model = new RegistrationTableModel(context.school, this);
    m_filter = new RegistrationFilterModel(this);
    m_filter->setSourceModel(m_model);
    buildLayout();

    m_typeAhead = new AgentTypeAhead(
        m_add, [this]() -> const AgentTableModel& { return directory(); }, this);
    connect(m_typeAhead, &AgentTypeAhead::chosen, this, &RegistrationsPanel::chosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistrationsPanel::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &RegistrationsPanel::updateCounts);
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RegistrationsPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistrationsPanel::updateCounts);
    connect(m_showCancelled, &QCheckBox::toggled, m_filter,
            &RegistrationFilterModel::setShowCancelled);
    connect(m_copy, &QPushButton::clicked, this, &RegistrationsPanel::copyEmails);
    connect(m_cancel, &QPushButton::clicked, this, &RegistrationsPanel::cancelSelected);
    connect(m_headcount, &QSpinBox::valueChanged, this, &RegistrationsPanel::headcountEdited);
    connect(&context.school.sessions(), &SessionStore::sessionUpdated, this, [this](qint64 id) {
        if (id == m_session.id) {
            reloadSession();
        }
    });
    connect(&context.school.sessions(), &SessionStore::sessionRemoved, this, [this](qint64 id) {
        if (id == m_session.id) {
            setSession(0);
        }
    });
    connect(&context.school.catalogue(), &CatalogueStore::formatUpdated, this,
            &RegistrationsPanel::reloadSession);
    setSession(0);
}

RegistrationsPanel::~RegistrationsPanel()
{
    AppSettings::setHeaderState(m_table->objectName(), m_table->horizontalHeader()->saveState());
}

void RegistrationsPanel::buildLayout()
{
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_headcount = new QSpinBox(this);
    m_headcount->setObjectName(QStringLiteral("headcountSpinBox"));
    m_headcount->setRange(0, 100000);
    // One change when typing ends (Return, or leaving the field), one per arrow click.
    m_headcount->setKeyboardTracking(false);
    m_headcount->setToolTip(tr("People who came without being named (an open conference): "
                               "they count among the participants."));
    m_headcountLabel = new QLabel(tr("Counted &without names:"), this);
    m_headcountLabel->setObjectName(QStringLiteral("headcountLabel"));
    m_headcountLabel->setBuddy(m_headcount);

    m_add = new QLineEdit(this);
    m_add->setObjectName(QStringLiteral("addAgentLineEdit"));
    m_add->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("registrantsTableView"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Unsorted shows the seats by name, then the waiting list in order; a third click on a
    // header comes back to that order.
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    int column = 0;
    for (int width : {200, 80, 260, 110, 50, 120}) {
        m_table->setColumnWidth(column++, width);
    }
    m_table->horizontalHeader()->restoreState(AppSettings::headerState(m_table->objectName()));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_showCancelled = new QCheckBox(tr("Show cancelled registrations"), this);
    m_showCancelled->setObjectName(QStringLiteral("showCancelledCheckBox"));
    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-message-new")),
                             tr("Copy &e-mails"), this);
    m_copy->setObjectName(QStringLiteral("copyEmailsButton"));
    m_cancel = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")),
                               tr("&Cancel registration"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRegistrationButton"));
    m_cancel->setToolTip(tr("The first agent on the waiting list takes the freed seat, unless "
                            "the session has started."));

    auto* top = new QHBoxLayout;
    top->addWidget(m_counts, 1);
    top->addWidget(m_headcountLabel);
    top->addWidget(m_headcount);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_showCancelled);
    bottom->addStretch(1);
    bottom->addWidget(
        makeExportButton(m_table, RegistrationTableModel::SortRole, tr("Registrations"), this));
    bottom->addWidget(m_copy);
    bottom->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_add);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
}

void RegistrationsPanel::setDirectory(const AgentTableModel* directory)
{
    m_directory = directory;
    m_ownDirectory.reset();
}

const AgentTableModel& RegistrationsPanel::directory()
{
    if (!m_directory) {
        m_ownDirectory = std::make_unique<AgentTableModel>(m_context.school.agents(),
                                                           m_context.school.organisation());
        m_directory = m_ownDirectory.get();
    }
    return *m_directory;
}

void RegistrationsPanel::setSession(qint64 sessionId)
{
    m_session = Session();
    m_session.id = sessionId;
    m_message->clear();
    m_add->clear();
    reloadSession();
    m_model->setSession(m_session.id);
}

void RegistrationsPanel::reloadSession()
{
    m_mode = RegistrationMode::Capacity;
    m_formatName.clear();
    if (m_session.id > 0) {
        const Result<Session> session = m_context.school.sessions().session(m_session.id);
        if (session) {
            m_session = *session;
            const Result<Action> action = m_context.school.catalogue().action(m_session.actionId);
            const Result<Format> format =
                action ? m_context.school.catalogue().format(action->formatId)
                       : Result<Format>(action.error());
            if (format) {
                m_mode = format->registrationMode;
                m_formatName = format->name;
            }
        }
    }
    const bool open = m_mode == RegistrationMode::Open;
    m_headcountLabel->setVisible(open);
    m_headcount->setVisible(open);
    {
        const QSignalBlocker quiet(m_headcount);
        m_headcount->setValue(m_session.anonymousHeadcount);
    }
    if (m_session.status == SessionStatus::Cancelled) {
        m_add->setPlaceholderText(tr("This session is cancelled: nobody can register for it."));
    } else if (m_mode == RegistrationMode::Closed) {
        m_add->setPlaceholderText(
            tr("Register a member of %1: type a name, matricule or service…").arg(m_formatName));
    } else {
        m_add->setPlaceholderText(tr("Register agents: type a name, matricule or service, then "
                                     "Return; the next one…"));
    }
    updateCounts();
}

void RegistrationsPanel::updateCounts()
{
    int seats = 0;
    int waiting = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto status = RegistrationStatus(
            m_model->index(row, 0).data(RegistrationTableModel::StatusRole).toInt());
        seats +=
            int(status == RegistrationStatus::Registered || status == RegistrationStatus::WalkIn);
        waiting += int(status == RegistrationStatus::Waitlisted);
    }
    QStringList parts;
    if (m_session.id <= 0) {
        m_counts->clear();
    } else {
        if (m_session.capacity > 0) {
            parts << tr("%1 / %2 registered").arg(seats).arg(m_session.capacity);
        } else {
            parts << tr("%n registered", nullptr, seats);
        }
        if (waiting > 0) {
            parts << tr("%n on the waiting list", nullptr, waiting);
        }
        if (m_mode == RegistrationMode::Open && m_session.anonymousHeadcount > 0) {
            parts << tr("%n counted without names", nullptr, m_session.anonymousHeadcount);
        }
        if (m_session.status == SessionStatus::Cancelled) {
            parts.prepend(tr("Cancelled session"));
        }
        m_counts->setText(parts.join(QStringLiteral(" · ")));
    }
    QStringList missing;
    m_model->seatedEmails(&missing);
    QString tip = tr("Copies the e-mail addresses of the agents holding a seat (not those "
                     "waiting), as a mail client takes them: a@x; b@y.");
    if (!missing.isEmpty()) {
        tip += QLatin1Char('\n') +
               tr("Without an e-mail address: %1.").arg(missing.join(QLatin1String(", ")));
    }
    m_copy->setToolTip(tip);
    updateButtons();
}

void RegistrationsPanel::updateButtons()
{
    const bool editable = !m_context.readOnly && m_session.id > 0;
    m_add->setEnabled(editable && m_session.status != SessionStatus::Cancelled);
    m_headcount->setEnabled(editable);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool cancellable =
        !rows.isEmpty() && rows.first().data(RegistrationTableModel::StatusRole).toInt() !=
                               int(RegistrationStatus::Cancelled);
    m_cancel->setEnabled(editable && cancellable);
    m_copy->setEnabled(m_session.id > 0);
}

qint64 RegistrationsPanel::selectedRegistrationId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty()
               ? 0
               : rows.first().data(RegistrationTableModel::RegistrationIdRole).toLongLong();
}

void RegistrationsPanel::select(qint64 registrationId)
{
    const int row = m_model->rowOfRegistration(registrationId);
    const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
    if (shown.isValid()) {
        m_table->selectRow(shown.row());
        m_table->scrollTo(shown);
    }
}

void RegistrationsPanel::chosen(const AgentRow& row)
{
    registerAgent(row.agent.id);
}

bool RegistrationsPanel::registerAgent(qint64 personId)
{
    if (m_context.readOnly || m_session.id <= 0) {
        return false;
    }
    const AgentTableModel& people = directory();
    const int row = people.rowOf(personId);
    const QString name = row >= 0 ? people.agentRow(row).agent.displayName() : QString();
    auto* command =
        new RegisterAgentCommand(m_context.school.registrations(), m_session.id, personId, name);
    if (!pushEdit(m_context.undoStack, command)) {
        m_message->clear();
        return false; // refused, and reported with the agent's name and the reason
    }
    const RegistrationOutcome outcome = command->outcome();
    select(outcome.registrationId);
    m_message->setText(outcome.status == RegistrationStatus::Waitlisted
                           ? tr("The session is full: %1 is on the waiting list, place %2.")
                                 .arg(name)
                                 .arg(outcome.waitingPosition)
                           : tr("%1 is registered.").arg(name));
    return true;
}

bool RegistrationsPanel::cancelSelected()
{
    const qint64 id = selectedRegistrationId();
    const int row = m_model->rowOfRegistration(id);
    if (m_context.readOnly || row < 0) {
        return false;
    }
    const QString name = m_model->registrant(row).displayName();
    auto* command =
        new CancelRegistrationCommand(m_context.school.registrations(), m_session.id,
                                      m_model->registrant(row).registration.personId, name);
    if (!pushEdit(m_context.undoStack, command)) {
        return false;
    }
    const int promoted = m_model->rowOfRegistration(command->promotedId());
    if (promoted >= 0) {
        select(command->promotedId());
        m_message->setText(tr("The registration of %1 is cancelled: %2, first on the waiting "
                              "list, takes the seat.")
                               .arg(name, m_model->registrant(promoted).displayName()));
    } else {
        m_message->setText(tr("The registration of %1 is cancelled.").arg(name));
    }
    return true;
}

void RegistrationsPanel::copyEmails()
{
    QStringList missing;
    const QString emails = m_model->seatedEmails(&missing);
    if (emails.isEmpty()) {
        MessageBox::information(this, tr("Copy e-mails"),
                                tr("Nobody holding a seat has an e-mail address in the "
                                   "directory."));
        return;
    }
    QGuiApplication::clipboard()->setText(emails);
    const int count = int(emails.count(QLatin1Char(';'))) + 1;
    const QString copied =
        tr("%n address(es) copied: paste them among the recipients of a mail.", nullptr, count);
    m_message->setText(copied);
    if (!missing.isEmpty()) {
        MessageBox::information(this, tr("Copy e-mails"),
                                copied + QLatin1Char('\n') +
                                    tr("No e-mail address in the directory for: %1.")
                                        .arg(missing.join(QLatin1String(", "))));
    }
}

void RegistrationsPanel::headcountEdited(int value)
{
    if (m_context.readOnly || m_session.id <= 0 || value == m_session.anonymousHeadcount) {
        return;
    }
    pushEdit(m_context.undoStack, new SetHeadcountCommand(m_context.school.sessions(), m_session.id,
                                                          m_session.anonymousHeadcount, value));
    reloadSession(); // shows what was saved, or what stands when it was refused
}

} // namespace truc2::ui
