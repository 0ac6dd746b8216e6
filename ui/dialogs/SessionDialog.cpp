#include "dialogs/SessionDialog.h"

#include "School.h"
#include "commands/AgentCommands.h"
#include "dialogs/AgentTypeAhead.h"
#include "dialogs/ExternalSpeakerDialog.h"
#include "dialogs/FieldProblems.h"
#include "domain/HalfDays.h"
#include "itemmodels/AgentTableModel.h"
#include "storage/ProgrammeLookups.h"
#include "ui_SessionDialog.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>

namespace truc2::ui {
namespace {

constexpr int kActionIdRole = Qt::UserRole;
/// Brown-orange: readable on a light window, and not the red of a refusal.
const char* const kWarningColour = "#9a5b00";

QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

QString statusText(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return SessionDialog::tr("Planned");
    case SessionStatus::Confirmed:
        return SessionDialog::tr("Confirmed");
    case SessionStatus::Held:
        return SessionDialog::tr("Held");
    case SessionStatus::Cancelled:
        return SessionDialog::tr("Cancelled");
    }
    return {};
}

/// The day at a time, seconds dropped.
QDateTime at(const QDate& day, const QTime& time)
{
    return QDateTime(day, QTime(time.hour(), time.minute()));
}

} // namespace

SessionDialog::SessionDialog(PageContext context, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SessionDialog>())
    , m_context(context)
    , m_session(session)
{
    m_ui->setupUi(this);
    m_halfDaysTip = m_ui->halfDaysLabel->toolTip();
    m_problems = std::make_unique<FieldProblems>(this, m_ui->problemsLabel);
    m_problems->setAlias(QStringLiteral("actionId"), m_ui->actionComboBox);
    m_problems->setAlias(QStringLiteral("startsAt"), m_ui->dateEdit);
    m_problems->setAlias(QStringLiteral("endsAt"), m_ui->endTimeEdit);
    m_problems->setAlias(QStringLiteral("animators"), m_ui->animatorsListWidget);
    m_problems->setAlias(QStringLiteral("repeatPattern"), m_ui->repeatPatternStackedWidget);
    m_problems->setAlias(QStringLiteral("repeatUntil"), m_ui->untilDateEdit);
    setWindowTitle(session.id > 0 ? tr("Session %1").arg(session.code) : tr("New session"));

    // Room for four animators and a few lines of notes.
    m_ui->notesPlainTextEdit->setMinimumHeight(
        m_ui->notesPlainTextEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_ui->notesPlainTextEdit->setMaximumHeight(
        m_ui->notesPlainTextEdit->fontMetrics().lineSpacing() * 5 + 12);
    m_ui->animatorsListWidget->setFixedHeight(
        m_ui->animatorsListWidget->fontMetrics().lineSpacing() * 4 + 16);
    m_ui->conflictsLabel->setStyleSheet(
        QStringLiteral("color: %1").arg(QLatin1String(kWarningColour)));
    for (SessionStatus s : {SessionStatus::Planned, SessionStatus::Confirmed, SessionStatus::Held,
                            SessionStatus::Cancelled}) {
        m_ui->statusComboBox->addItem(statusText(s), int(s));
    }
    for (AnimatorRole r :
         {AnimatorRole::Animator, AnimatorRole::CoAnimator, AnimatorRole::Speaker}) {
        m_ui->animatorRoleComboBox->addItem(roleText(r), int(r));
    }

    fillActions();
    if (const Result<QStringList> rooms =
            ProgrammeLookups(context.school.database()).knownRooms()) {
        m_ui->roomComboBox->addItems(*rooms);
    }

    // The form from the session; a new one without times starts at 09:00.
    const QDate day = session.startsAt.isValid() ? session.startsAt.date() : QDate::currentDate();
    m_ui->dateEdit->setDate(day);
    m_ui->startTimeEdit->setTime(session.startsAt.isValid() ? session.startsAt.time()
                                                            : QTime(9, 0));
    m_ui->endTimeEdit->setTime(session.endsAt.isValid() ? session.endsAt.time() : QTime(12, 0));
    const bool severalDays = session.endsAt.isValid() && session.endsAt.date() > day;
    m_ui->severalDaysCheckBox->setChecked(severalDays);
    m_ui->endDateEdit->setDate(severalDays ? session.endsAt.date() : day.addDays(1));
    m_ui->endDateEdit->setVisible(severalDays);
    m_lastStart = m_ui->startTimeEdit->time();
    m_ui->roomComboBox->setCurrentText(session.location);
    m_ui->capacitySpinBox->setValue(session.capacity);
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(int(session.status)));
    m_ui->cancelReasonLineEdit->setText(session.cancelReason);
    m_ui->notesPlainTextEdit->setPlainText(session.notes);
    m_ui->actionComboBox->setCurrentIndex(
        session.actionId > 0 ? m_ui->actionComboBox->findData(session.actionId) : -1);
    m_ui->noLimitCheckBox->setChecked(session.capacity == 0 &&
                                      chosenMode().value_or(RegistrationMode::Capacity) !=
                                          RegistrationMode::Capacity);
    fillAnimators();
    // An existing session's capacity and end were chosen once: another action keeps them. A
    // new one given with its action takes the action's defaults where it has no value.
    m_capacityEdited = session.id > 0;
    m_endEdited = session.id > 0;
    if (session.id <= 0 && session.actionId > 0) {
        m_capacityEdited = session.capacity > 0;
        m_endEdited = session.endsAt.isValid();
        applyActionDefaults();
        m_capacityEdited = m_endEdited = false;
    }

    m_typeAhead = new AgentTypeAhead(
        m_ui->animatorLineEdit, [this]() -> const AgentTableModel& { return directory(); }, this);
    m_conflictTimer = new QTimer(this);
    m_conflictTimer->setSingleShot(true);
    m_conflictTimer->setInterval(150);
    connect(m_conflictTimer, &QTimer::timeout, this, &SessionDialog::updateConflicts);

    connectFields();
    setUpRepeat();
    if (context.readOnly) {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_ui->externalSpeakerButton->setEnabled(false);
    }
    updateCapacityFields();
    statusChosen();
    showAnimators();
    updateHalfDays();
    updateConflicts();
    m_filling = false;
    growToFit();
    m_ui->actionComboBox->setFocus();
}

SessionDialog::~SessionDialog() = default;

void SessionDialog::connectFields()
{
    connect(m_ui->actionComboBox, &QComboBox::currentIndexChanged, this,
            &SessionDialog::actionChosen);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (m_ui->endDateEdit->date() <= date) {
            m_ui->endDateEdit->setDate(date.addDays(1));
        }
        updateHalfDays();
        scheduleConflicts();
    });
    connect(m_ui->severalDaysCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->endDateEdit->setVisible(on);
        updateHalfDays();
        scheduleConflicts();
    });
    connect(m_ui->endDateEdit, &QDateEdit::dateChanged, this, [this] {
        updateHalfDays();
        scheduleConflicts();
    });
    connect(m_ui->startTimeEdit, &QTimeEdit::timeChanged, this, &SessionDialog::startTimeChanged);
    connect(m_ui->endTimeEdit, &QTimeEdit::timeChanged, this, [this] {
        m_endEdited = m_endEdited || !m_filling;
        updateHalfDays();
        scheduleConflicts();
    });
    connect(m_ui->roomComboBox, &QComboBox::currentTextChanged, this,
            &SessionDialog::scheduleConflicts);
    connect(m_ui->capacitySpinBox, &QSpinBox::valueChanged, this,
            [this] { m_capacityEdited = m_capacityEdited || !m_filling; });
    connect(m_ui->noLimitCheckBox, &QCheckBox::toggled, this, [this] {
        m_capacityEdited = m_capacityEdited || !m_filling;
        updateCapacityFields();
    });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this,
            &SessionDialog::statusChosen);
    connect(m_typeAhead, &AgentTypeAhead::chosen, this, &SessionDialog::addAnimator);
    connect(m_ui->externalSpeakerButton, &QPushButton::clicked, this,
            &SessionDialog::addExternalSpeaker);
    connect(m_ui->removeAnimatorButton, &QPushButton::clicked, this,
            &SessionDialog::removeAnimator);
    connect(m_ui->animatorsListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool chosen = row >= 0 && row < m_animators.size();
        m_ui->removeAnimatorButton->setEnabled(chosen);
        m_ui->animatorRoleComboBox->setEnabled(chosen);
        if (chosen) {
            const QSignalBlocker quiet(m_ui->animatorRoleComboBox);
            m_ui->animatorRoleComboBox->setCurrentIndex(
                m_ui->animatorRoleComboBox->findData(int(m_animators.at(row).animator.role)));
        }
    });
    connect(m_ui->animatorRoleComboBox, &QComboBox::currentIndexChanged, this,
            &SessionDialog::roleChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
}

void SessionDialog::setDirectory(const AgentTableModel* directory)
{
    m_directory = directory;
}

void SessionDialog::growToFit()
{
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
}

const AgentTableModel& SessionDialog::directory()
{
    if (!m_directory) {
        m_ownDirectory = std::make_unique<AgentTableModel>(m_context.school.agents(),
                                                           m_context.school.organisation());
        m_directory = m_ownDirectory.get();
    }
    return *m_directory;
}

void SessionDialog::fillActions()
{
    const Result<QList<Format>> formats = m_context.school.catalogue().formats();
    const Result<QList<Action>> actions = m_context.school.catalogue().actions();
    if (!formats || !actions) {
        return;
    }
    auto* model = qobject_cast<QStandardItemModel*>(m_ui->actionComboBox->model());
    QFont bold = m_ui->actionComboBox->font();
    bold.setBold(true);
    for (const Format& f : *formats) {
        m_formats.insert(f.id, f);
        QList<const Action*> offered;
        for (const Action& a : *actions) {
            // Retired actions and formats are offered only to the session that has them.
            if (a.formatId == f.id && ((a.active && f.active) || a.id == m_session.actionId)) {
                offered << &a;
            }
        }
        if (offered.isEmpty()) {
            continue;
        }
        auto* header = new QStandardItem(f.name);
        header->setFlags(Qt::NoItemFlags);
        header->setFont(bold);
        header->setData(qint64(0), kActionIdRole);
        model->appendRow(header);
        const QIcon icon = swatch(f.colour);
        for (const Action* a : offered) {
            m_actions.insert(a->id, *a);
            auto* item = new QStandardItem(
                icon, a->active && f.active ? a->title : tr("%1 (retired)").arg(a->title));
            item->setData(a->id, kActionIdRole);
            item->setToolTip(tr("%1 – %2").arg(f.name, a->title));
            model->appendRow(item);
        }
    }
}

std::optional<RegistrationMode> SessionDialog::chosenMode() const
{
    const auto action = m_actions.constFind(m_ui->actionComboBox->currentData().toLongLong());
    if (action == m_actions.cend()) {
        return std::nullopt;
    }
    return m_formats.value(action->formatId).registrationMode;
}

void SessionDialog::actionChosen()
{
    if (!m_filling) {
        applyActionDefaults();
    }
    updateCapacityFields();
    scheduleConflicts();
}

void SessionDialog::applyActionDefaults()
{
    const auto action = m_actions.constFind(m_ui->actionComboBox->currentData().toLongLong());
    if (action == m_actions.cend()) {
        return;
    }
    const bool wasFilling = std::exchange(m_filling, true);
    if (!m_endEdited && action->durationMinutes > 0) {
        const QTime start = m_ui->startTimeEdit->time();
        const int end = start.msecsSinceStartOfDay() / 60000 + action->durationMinutes;
        if (end < 24 * 60 && !m_ui->severalDaysCheckBox->isChecked()) {
            m_ui->endTimeEdit->setTime(start.addSecs(action->durationMinutes * 60));
        }
    }
    if (!m_capacityEdited) {
        const bool counted = chosenMode() == RegistrationMode::Capacity;
        m_ui->noLimitCheckBox->setChecked(action->defaultCapacity == 0 && !counted);
        if (action->defaultCapacity > 0) {
            m_ui->capacitySpinBox->setValue(action->defaultCapacity);
        }
    }
    m_filling = wasFilling;
}

void SessionDialog::startTimeChanged()
{
    // The end moves with the start, keeping the length, as long as it stays on the day.
    const QTime start = m_ui->startTimeEdit->time();
    const int shift = m_lastStart.secsTo(start);
    m_lastStart = start;
    if (!m_filling) {
        const int end = m_ui->endTimeEdit->time().msecsSinceStartOfDay() / 1000 + shift;
        if (end > 0 && end < 24 * 60 * 60) {
            const bool wasFilling = std::exchange(m_filling, true);
            m_ui->endTimeEdit->setTime(QTime::fromMSecsSinceStartOfDay(end * 1000));
            m_filling = wasFilling;
        }
    }
    updateHalfDays();
    scheduleConflicts();
}

void SessionDialog::statusChosen()
{
    const bool cancelled =
        SessionStatus(m_ui->statusComboBox->currentData().toInt()) == SessionStatus::Cancelled;
    m_ui->cancelReasonLineEdit->setEnabled(cancelled);
    m_ui->cancelReasonLineEdit->setPlaceholderText(cancelled ? tr("Why is it cancelled? (required)")
                                                             : tr("Reason for the cancellation"));
    if (cancelled && !m_filling) {
        m_ui->cancelReasonLineEdit->setFocus();
        m_ui->cancelReasonLineEdit->selectAll();
    }
    scheduleConflicts();
}

void SessionDialog::updateCapacityFields()
{
    const std::optional<RegistrationMode> mode = chosenMode();
    const bool counted = mode == RegistrationMode::Capacity;
    if (counted && m_ui->noLimitCheckBox->isChecked()) {
        const QSignalBlocker quiet(m_ui->noLimitCheckBox);
        m_ui->noLimitCheckBox->setChecked(false);
    }
    m_ui->noLimitCheckBox->setEnabled(!counted);
    m_ui->noLimitCheckBox->setToolTip(
        counted ? tr("Sessions of this format take registrations up to a capacity")
                : tr("Anyone may come: no count of seats"));
    m_ui->capacitySpinBox->setEnabled(!m_ui->noLimitCheckBox->isChecked());
}

void SessionDialog::updateHalfDays()
{
    // Over several days, the count here and the days in the tooltip: the row stays short.
    const QList<HalfDay> halfDays = halfDaysOf(session());
    const QString text = HalfDay::describe(halfDays);
    const bool severalDays = !halfDays.isEmpty() && halfDays.first().day != halfDays.last().day;
    m_ui->halfDaysLabel->setText(
        text.isEmpty() ? QString()
                       : QStringLiteral("· ") +
                             (severalDays ? tr("%n half-day(s)", "", int(halfDays.size())) : text));
    m_ui->halfDaysLabel->setToolTip(severalDays ? text : m_halfDaysTip);
}

void SessionDialog::scheduleConflicts()
{
    if (!m_filling) {
        m_conflictTimer->start();
    }
}

void SessionDialog::updateConflicts()
{
    m_conflictTimer->stop();
    const Session candidate = session();
    QList<std::pair<QDate, SessionConflict>> found;
    const std::optional<Recurrence> rule = recurrence();
    if (rule && rule->problem().isEmpty()) {
        // Each date of the series, as long as that stays quick.
        constexpr int kMostChecked = 120;
        const auto occurrences = rule->occurrences(closedDaysOf(*rule));
        for (qsizetype i = 0; i < std::min<qsizetype>(occurrences.size(), kMostChecked); ++i) {
            Session one = candidate;
            one.startsAt = occurrences.at(i).first;
            one.endsAt = occurrences.at(i).second;
            if (const auto conflicts = m_context.school.sessions().conflicts(one)) {
                for (const SessionConflict& c : *conflicts) {
                    found.append({one.startsAt.date(), c});
                }
            }
        }
    } else if (const auto conflicts = m_context.school.sessions().conflicts(candidate)) {
        for (const SessionConflict& c : *conflicts) {
            found.append({QDate(), c});
        }
    }
    if (found.isEmpty()) {
        m_ui->conflictsLabel->clear();
        m_ui->conflictsLabel->setVisible(false);
        return;
    }
    constexpr int kMostShown = 6;
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(found.size(), kMostShown); ++i) {
        const auto& [day, conflict] = found.at(i);
        const QString text = conflict.describe();
        lines << (day.isValid() ? tr("%1: %2", "date, conflict")
                                      .arg(day.toString(QStringLiteral("dd/MM/yyyy")), text)
                                : text)
                     .toHtmlEscaped();
    }
    if (found.size() > kMostShown) {
        lines << tr("… and %n more.", "", int(found.size() - kMostShown));
    }
    m_ui->conflictsLabel->setText(QStringLiteral("<b>%1</b><br>%2")
                                      .arg(tr("⚠ Conflicts (you may still save):").toHtmlEscaped(),
                                           lines.join(QStringLiteral("<br>"))));
    m_ui->conflictsLabel->setVisible(true);
}

Session SessionDialog::session() const
{
    Session s = m_session;
    s.actionId = m_ui->actionComboBox->currentData().toLongLong();
    const QDate day = m_ui->dateEdit->date();
    s.startsAt = at(day, m_ui->startTimeEdit->time());
    s.endsAt = at(m_ui->severalDaysCheckBox->isChecked() ? m_ui->endDateEdit->date() : day,
                  m_ui->endTimeEdit->time());
    s.location = m_ui->roomComboBox->currentText().simplified();
    s.capacity = m_ui->noLimitCheckBox->isChecked() ? 0 : m_ui->capacitySpinBox->value();
    s.status = SessionStatus(m_ui->statusComboBox->currentData().toInt());
    s.cancelReason = s.status == SessionStatus::Cancelled
                         ? m_ui->cancelReasonLineEdit->text().simplified()
                         : QString();
    s.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    s.animators.clear();
    for (const AnimatorLine& line : m_animators) {
        s.animators.append(line.animator);
    }
    return s;
}

void SessionDialog::accept()
{
    QList<FieldProblem> found = m_context.school.sessions().problems(session());
    if (recurrence()) {
        // The series leaves closed days out (its summary says which): not a problem here.
        found.removeIf([](const FieldProblem& p) { return p.field == QLatin1String("startsAt"); });
        const bool timesWrong = std::any_of(found.cbegin(), found.cend(), [](const auto& p) {
            return p.field == QLatin1String("endsAt");
        });
        if (const std::optional<FieldProblem> p = repeatProblem(); p && !timesWrong) {
            found.append(*p);
        }
    }
    if (m_problems->show(found)) {
        QDialog::accept();
    }
}

} // namespace truc2::ui
