#include "dialogs/AttendancePanel.h"

#include "School.h"
#include "commands/AttendanceCommands.h"
#include "dialogs/AgentTypeAhead.h"
#include "documents/DocumentText.h"
#include "itemmodels/AgentTableModel.h"
#include "itemmodels/AttendanceModel.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace truc2::ui {
namespace {

/// Brown-orange, as the session dialog's warnings: readable, and not the red of a refusal.
const char* const kNoticeColour = "#9a5b00";

/// Draws a chosen half-day cell with its own colour and a frame around it, rather than under
/// the selection colour: the checklist stays readable where the keyboard is.
class HalfDayDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        if (AttendanceModel::halfDayOf(index.column()) < 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const bool chosen = option.state & (QStyle::State_Selected | QStyle::State_HasFocus);
        QStyleOptionViewItem plain(option);
        plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
        QStyledItemDelegate::paint(painter, plain, index);
        if (chosen) {
            painter->save();
            painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
            painter->restore();
        }
    }
};

} // namespace

AttendancePanel::AttendancePanel(PageContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AttendanceModel(this))
{
    setObjectName(QStringLiteral("attendancePanel"));
    buildLayout();
    m_typeAhead = new AgentTypeAhead(
        m_walkIn, [this]() -> const AgentTableModel& { return directory(); }, this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connectSignals();
    updateState();
}

AttendancePanel::~AttendancePanel() = default;

void AttendancePanel::buildLayout()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_when = new QLabel(this);
    m_when->setObjectName(QStringLiteral("whenLabel"));
    m_when->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);

    m_allPresent = new QPushButton(tr("All &present"), this);
    m_allPresent->setObjectName(QStringLiteral("allPresentButton"));
    m_allPresent->setToolTip(tr("Mark every registrant present on every half-day, then note "
                                "the absent ones"));
    m_walkIn = new QLineEdit(this);
    m_walkIn->setObjectName(QStringLiteral("walkInLineEdit"));
    m_walkIn->setPlaceholderText(tr("Name, matricule or service, then Return"));
    m_walkIn->setClearButtonEnabled(true);
    m_walkIn->setToolTip(tr("Someone came without registering: type a few letters of their "
                            "name, then Return adds the first suggestion as present"));
    auto* walkInLabel = new QLabel(tr("Add a &walk-in:"), this);
    walkInLabel->setBuddy(m_walkIn);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_allPresent);
    tools->addSpacing(24);
    tools->addWidget(walkInLabel);
    tools->addWidget(m_walkIn, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("attendanceTableView"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setHighlightSections(false);
    m_table->setItemDelegate(new HalfDayDelegate(m_table));
    m_table->installEventFilter(this);

    m_hint = new QLabel(tr("Space: present, absent, excused in turn · P, A, E: that value, then "
                           "the next row · a click changes a cell · Delete removes a walk-in "
                           "not saved yet"),
                        this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("figuresLabel"));
    m_figures->setWordWrap(true);

    m_markHeld = new QCheckBox(tr("Mark the session as &held"), this);
    m_markHeld->setObjectName(QStringLiteral("markHeldCheckBox"));
    m_markHeld->setToolTip(tr("Only held sessions count in the figures"));
    m_discard = new QPushButton(tr("&Discard changes"), this);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_markHeld);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_state);
    layout->addSpacing(4);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_figures);
    layout->addLayout(buttons);
}

void AttendancePanel::connectSignals()
{
    connect(m_model, &AttendanceModel::edited, this, [this] {
        updateFigures();
        updateExclusions();
        updateState();
    });
    connect(m_allPresent, &QPushButton::clicked, this, [this] {
        m_model->setAllPresent();
        m_table->setFocus();
    });
    connect(m_typeAhead, &AgentTypeAhead::chosen, this, &AttendancePanel::addWalkIn);
    connect(m_table, &QTableView::clicked, this, &AttendancePanel::cellClicked);
    connect(m_table, &QWidget::customContextMenuRequested, this, &AttendancePanel::showMenu);
    connect(m_markHeld, &QCheckBox::toggled, this, &AttendancePanel::updateState);
    connect(m_discard, &QPushButton::clicked, this, &AttendancePanel::reload);
    connect(m_save, &QPushButton::clicked, this, &AttendancePanel::save);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (!m_model->isDirty()) {
            reload();
        }
    });
    School& school = m_context.school;
    connect(&school.registrations(), &RegistrationStore::registrationsChanged, this,
            &AttendancePanel::storeChanged);
    connect(&school.sessions(), &SessionStore::registrationsChanged, this,
            &AttendancePanel::storeChanged);
    connect(&school.sessions(), &SessionStore::sessionUpdated, this,
            &AttendancePanel::storeChanged);
    connect(&school.sessions(), &SessionStore::sessionRemoved, this,
            &AttendancePanel::storeChanged);
}

void AttendancePanel::setDirectory(const AgentTableModel* directory)
{
    m_directory = directory;
    m_externals.clear();
}

const AgentTableModel& AttendancePanel::directory()
{
    if (!m_directory) {
        m_ownDirectory = std::make_unique<AgentTableModel>(m_context.school.agents(),
                                                           m_context.school.organisation());
        m_directory = m_ownDirectory.get();
    }
    if (m_externals.isEmpty()) {
        for (const AgentEntry& e : m_directory->entries()) {
            if (e.row.agent.external) {
                m_externals.insert(e.row.agent.id);
            }
        }
        m_externals.insert(0); // known, even when there is none
        updateExclusions();
    }
    return *m_directory;
}

void AttendancePanel::setSession(qint64 sessionId)
{
    m_sessionId = sessionId;
    reload();
}

void AttendancePanel::reload()
{
    m_reloadTimer->stop();
    m_notice.clear();
    AttendanceSheet sheet;
    if (m_sessionId > 0) {
        Result<AttendanceSheet> read = AttendanceStore(m_context.school).sheet(m_sessionId);
        if (read) {
            sheet = std::move(read).value();
        } else {
            m_notice = read.errorMessage();
        }
    }
    const Session& session = sheet.session;
    const bool cancelled = session.status == SessionStatus::Cancelled;
    m_model->setReadOnly(m_context.readOnly || cancelled);
    m_model->setSheet(sheet);
    m_heldByDefault =
        session.id > 0 && !cancelled &&
        (session.status == SessionStatus::Held || session.endsAt <= QDateTime::currentDateTime());
    {
        const QSignalBlocker quiet(m_markHeld);
        m_markHeld->setChecked(m_heldByDefault);
    }
    if (session.id > 0) {
        m_title->setText(
            tr("%1 · %2", "session code, action title").arg(session.code, sheet.actionTitle));
        QString when = sessionWhenText(session.startsAt, session.endsAt);
        if (!session.location.isEmpty()) {
            when += QStringLiteral(" · ") + session.location;
        }
        m_when->setText(when);
    } else {
        m_title->clear();
        m_when->clear();
    }

    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(AttendanceModel::Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttendanceModel::Affiliation, QHeaderView::Stretch);
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = metrics.horizontalAdvance(AttendanceModel::attendanceText(Attendance::Present));
    for (int column = AttendanceModel::FirstHalfDay; column < m_model->columnCount(); ++column) {
        width = std::max(width, metrics.horizontalAdvance(
                                    m_model->headerData(column, Qt::Horizontal).toString()));
    }
    for (int column = AttendanceModel::FirstHalfDay; column < m_model->columnCount(); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, width + 28);
    }
    if (m_model->rowCount() > 0 && m_model->columnCount() > AttendanceModel::FirstHalfDay) {
        m_table->setCurrentIndex(m_model->index(0, AttendanceModel::FirstHalfDay));
    }
    updateFigures();
    updateExclusions();
    updateState();
}

bool AttendancePanel::isDirty() const
{
    // Unchecking the held box that a past session proposes saves nothing: not a change.
    return m_model->isDirty() || (m_markHeld->isChecked() && !m_heldByDefault);
}

void AttendancePanel::storeChanged(qint64 sessionId)
{
    if (sessionId != m_sessionId || m_saving) {
        return;
    }
    if (!m_model->isDirty()) {
        m_reloadTimer->start();
        return;
    }
    m_notice = tr("This attendance was changed elsewhere meanwhile: saving will be refused. "
                  "Discard your changes to see it as it is now.");
    updateState();
}

void AttendancePanel::updateState()
{
    const Session& session = m_model->sheet().session;
    const bool known = m_sessionId > 0 && session.id > 0;
    const bool cancelled = known && session.status == SessionStatus::Cancelled;
    const bool editable = known && !cancelled && !m_context.readOnly;
    const bool held = session.status == SessionStatus::Held;
    m_allPresent->setEnabled(editable && m_model->rowCount() > 0);
    m_walkIn->setEnabled(editable);
    m_markHeld->setEnabled(editable && !held);
    m_discard->setEnabled(editable && isDirty());
    m_save->setEnabled(editable && (m_model->isDirty() || (m_markHeld->isChecked() && !held)));

    QString text;
    if (!m_notice.isEmpty()) {
        text = m_notice;
    } else if (!known) {
        text = tr("Choose a session to record its attendance.");
    } else if (cancelled) {
        text = tr("This session is cancelled: there is no attendance to record.");
    } else if (m_context.readOnly) {
        text = tr("The school is open read-only: the attendance cannot be changed.");
    } else if (m_model->rowCount() == 0) {
        text = tr("Nobody registered: add those who came as walk-ins.");
    } else if (held) {
        text = tr("The session is marked held.");
    } else if (session.endsAt <= QDateTime::currentDateTime()) {
        text = tr("The session is over and not marked held yet.");
    } else {
        text = tr("The session is not over yet.");
    }
    m_state->setText(text);
    m_state->setStyleSheet(m_notice.isEmpty()
                               ? QString()
                               : QStringLiteral("color: %1").arg(QLatin1String(kNoticeColour)));
    if (const bool dirty = isDirty(); dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void AttendancePanel::updateFigures()
{
    if (m_model->sheet().session.id <= 0) {
        m_figures->clear();
        return;
    }
    const AttendanceModel::Counts c = m_model->counts();
    QStringList parts{tr("%1 present out of %n registered", nullptr, c.registered).arg(c.present)};
    if (c.walkIns > 0) {
        parts << tr("%n walk-in(s)", nullptr, c.walkIns);
    }
    QStringList missing;
    if (c.absent > 0) {
        missing << tr("%n absent", nullptr, c.absent);
    }
    if (c.excused > 0) {
        missing << tr("%n excused", nullptr, c.excused);
    }
    if (c.unknown > 0) {
        missing << tr("%n not entered", nullptr, c.unknown);
    }
    const int headcount = m_model->sheet().session.anonymousHeadcount;
    QString participants = tr("%n participant(s)", nullptr, c.present + c.walkIns + headcount);
    if (headcount > 0) {
        participants += QLatin1Char(' ') + tr("(%n counted without names)", nullptr, headcount);
    }
    QString text = parts.join(QStringLiteral(", "));
    if (!missing.isEmpty()) {
        text += QStringLiteral(" · ") + missing.join(QStringLiteral(", "));
    }
    m_figures->setText(text + QStringLiteral(" · ") + participants);
}

void AttendancePanel::updateExclusions()
{
    QSet<qint64> excluded = m_model->personIds();
    for (const SessionAnimator& a : m_model->sheet().session.animators) {
        excluded.insert(a.personId);
    }
    excluded.unite(m_externals);
    m_typeAhead->setExcluded(excluded);
}

void AttendancePanel::addWalkIn(const AgentRow& row)
{
    const int added = m_model->addWalkIn(row);
    if (added < 0) {
        m_notice = tr("%1 is already on the attendance sheet.").arg(row.agent.displayName());
        updateState();
        return;
    }
    const QModelIndex index = m_model->index(added, AttendanceModel::FirstHalfDay);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void AttendancePanel::cellClicked(const QModelIndex& index)
{
    const int halfDay = AttendanceModel::halfDayOf(index.column());
    if (halfDay < 0 || QGuiApplication::keyboardModifiers() != Qt::NoModifier) {
        return; // a click with Ctrl or Shift chooses cells, it does not change them
    }
    m_model->setAttendance(index.row(), halfDay,
                           AttendanceModel::cycled(m_model->attendance(index.row(), halfDay)));
}

void AttendancePanel::applyToSelection(std::optional<Attendance> value)
{
    if (m_model->isReadOnly()) {
        return;
    }
    QModelIndexList chosen = m_table->selectionModel()->selectedIndexes();
    const QModelIndex current = m_table->currentIndex();
    if (chosen.size() <= 1) {
        chosen = current.isValid() ? QModelIndexList{current} : QModelIndexList{};
    }
    std::set<std::pair<int, int>> cells; // row, half-day
    const int halfDays = int(m_model->halfDays().size());
    for (const QModelIndex& index : std::as_const(chosen)) {
        if (const int halfDay = AttendanceModel::halfDayOf(index.column()); halfDay >= 0) {
            cells.insert({index.row(), halfDay});
        } else {
            for (int h = 0; h < halfDays; ++h) {
                cells.insert({index.row(), h}); // a name stands for the whole row
            }
        }
    }
    if (cells.empty()) {
        return;
    }
    if (!value) {
        const int halfDay = std::max(0, AttendanceModel::halfDayOf(current.column()));
        const int row = current.isValid() ? current.row() : cells.begin()->first;
        value = AttendanceModel::cycled(m_model->attendance(row, halfDay));
    }
    for (const auto& [row, halfDay] : cells) {
        m_model->setAttendance(row, halfDay, *value);
    }
}

bool AttendancePanel::removeCurrentWalkIn()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->removeWalkIn(current.row())) {
        return false;
    }
    const int row = std::min(current.row(), m_model->rowCount() - 1);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, current.column()));
    }
    return true;
}

void AttendancePanel::showMenu(const QPoint& position)
{
    if (m_model->isReadOnly() || m_model->rowCount() == 0) {
        return;
    }
    QMenu menu(this);
    const auto add = [&](Attendance value) {
        connect(menu.addAction(AttendanceModel::attendanceText(value)), &QAction::triggered, this,
                [this, value] { applyToSelection(value); });
    };
    add(Attendance::Present);
    add(Attendance::Absent);
    add(Attendance::Excused);
    menu.addSeparator();
    connect(menu.addAction(tr("All present")), &QAction::triggered, m_model,
            &AttendanceModel::setAllPresent);
    const QModelIndex at = m_table->indexAt(position);
    if (at.isValid() && at.data(AttendanceModel::RegistrationIdRole).toLongLong() == 0) {
        connect(menu.addAction(tr("Remove this walk-in")), &QAction::triggered, this, [this, at] {
            m_table->setCurrentIndex(at);
            removeCurrentWalkIn();
        });
    }
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

bool AttendancePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) {
        return false; // Ctrl+A, Ctrl+Z … keep their meaning
    }
    std::optional<Attendance> value;
    switch (key->key()) {
    case Qt::Key_Space:
        applyToSelection(std::nullopt);
        return true;
    case Qt::Key_P:
        value = Attendance::Present;
        break;
    case Qt::Key_A:
        value = Attendance::Absent;
        break;
    case Qt::Key_E:
        value = Attendance::Excused;
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return removeCurrentWalkIn();
    default:
        return false;
    }
    const bool single = m_table->selectionModel()->selectedIndexes().size() <= 1;
    applyToSelection(value);
    // One registrant after another: the next row is ready for its key.
    const QModelIndex current = m_table->currentIndex();
    if (single && current.isValid() && current.row() + 1 < m_model->rowCount()) {
        m_table->setCurrentIndex(m_model->index(current.row() + 1, current.column()));
    }
    return true;
}

bool AttendancePanel::save()
{
    const AttendanceSheet sheet = m_model->sheet();
    if (sheet.session.id <= 0 || m_model->isReadOnly()) {
        return false;
    }
    AttendanceChange change = m_model->change();
    if (m_markHeld->isChecked() && sheet.session.status != SessionStatus::Held) {
        change.status = SessionStatus::Held;
        change.sessionRowVersion = sheet.session.rowVersion;
    }
    if (change.isEmpty()) {
        return true;
    }
    auto* command = new RecordAttendanceCommand(
        m_context.school, sheet, change, tr("Record the attendance of %1").arg(sheet.session.code));
    QString refusal;
    command->setRefusalSink([&refusal](const QString& why) { refusal = why; });
    m_saving = true;
    const bool done = pushEdit(m_context.undoStack, command);
    m_saving = false;
    if (!done) {
        m_notice = tr("Not saved: %1").arg(refusal);
        updateState();
        return false;
    }
    // Undo and redo later run without this panel's reference to `refusal`.
    command->setRefusalSink({});
    reload();
    Q_EMIT saved(sheet.session.id);
    return true;
}

} // namespace truc2::ui
