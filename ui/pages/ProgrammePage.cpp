#include "pages/ProgrammePage.h"

#include "AppSettings.h"
#include "ExportAction.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "School.h"
#include "TableViews.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "commands/FunctionCommand.h"
#include "commands/SessionCommands.h"
#include "dialogs/AttendancePanel.h"
#include "dialogs/ClosedDaysDialog.h"
#include "dialogs/SessionDialog.h"
#include "documents/CalendarExport.h"
#include "itemmodels/AgentTableModel.h"
#include "itemmodels/ProgrammeModel.h"
#include "pages/PendingAttendanceWidget.h"
#include "pages/RegistrationsPanel.h"
#include "pages/SessionActions.h"
#include "pages/SessionDetailPanel.h"
#include "stats/PeriodFigures.h"
#include "storage/CatalogueStore.h"
#include "storage/SessionStore.h"
#include "storage/SettingsStore.h"
#include "widgets/PageParts.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace truc2::ui {
namespace {

QToolButton* toolButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setAutoRaise(false);
    return button;
}

/// The school year (September to August) holding a day.
Period schoolYearOf(const QDate& day)
{
    return Period::schoolYear(day.month() >= 9 ? day.year() : day.year() - 1);
}

} // namespace

ProgrammePage::ProgrammePage(PageContext context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("programmePage"));
    m_actions = new SessionActions(context, this);
    m_model = new ProgrammeModel(context.school, this);
    m_filter = new ProgrammeFilterModel(this);
    m_filter->setSourceModel(m_model);

    QLabel* title = makePageTitle(tr("Programme"), this);

    // Navigation: view, previous / today / next, the period shown.
    m_viewButtons = new QButtonGroup(this);
    auto* monthButton = toolButton(tr("Month"), QStringLiteral("monthButton"), this);
    auto* weekButton = toolButton(tr("Week"), QStringLiteral("weekButton"), this);
    auto* listButton = toolButton(tr("List"), QStringLiteral("listButton"), this);
    for (auto [button, view] :
         {std::pair{monthButton, View::Month}, std::pair{weekButton, View::Week},
          std::pair{listButton, View::List}}) {
        button->setCheckable(true);
        m_viewButtons->addButton(button, int(view));
    }
    auto* previous = toolButton(QStringLiteral("‹"), QStringLiteral("previousButton"), this);
    previous->setToolTip(tr("Previous (Page Up)"));
    auto* today = toolButton(tr("Today"), QStringLiteral("todayButton"), this);
    auto* next = toolButton(QStringLiteral("›"), QStringLiteral("nextButton"), this);
    next->setToolTip(tr("Next (Page Down)"));
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    QFont periodFont = m_periodLabel->font();
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.2);
    periodFont.setBold(true);
    m_periodLabel->setFont(periodFont);
    // A long period ("Semaine du 28 septembre au 4 octobre 2026") must not widen the window.
    m_periodLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_newSession = new QPushButton(tr("New session…"), this);
    m_newSession->setObjectName(QStringLiteral("newSessionButton"));
    m_newSession->setEnabled(!context.readOnly);
    auto* closedDays = new QPushButton(tr("Closed days…"), this);
    closedDays->setObjectName(QStringLiteral("closedDaysButton"));
    closedDays->setToolTip(tr("The days the school is closed in the school year shown: bank "
                              "holidays, the summer closure…"));
    closedDays->setEnabled(!context.readOnly);
    auto* exportButton = new QPushButton(tr("Export to calendar…"), this);
    exportButton->setObjectName(QStringLiteral("exportCalendarButton"));
    exportButton->setToolTip(tr("Save the sessions shown as an iCalendar file (.ics) for Outlook, "
                                "Thunderbird or a phone"));

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(monthButton);
    navigation->addWidget(weekButton);
    navigation->addWidget(listButton);
    navigation->addSpacing(12);
    navigation->addWidget(previous);
    navigation->addWidget(today);
    navigation->addWidget(next);
    navigation->addSpacing(12);
    navigation->addWidget(m_periodLabel, 1);
    navigation->addWidget(closedDays);
    navigation->addWidget(exportButton);
    navigation->addWidget(m_newSession);

    buildFilters();

    m_month = new MonthView(this);
    m_month->setModel(m_filter);
    m_week = new WeekView(this);
    m_week->setModel(m_filter);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("programmeTableView"));
    m_table->setModel(m_filter);
    setUpListView(m_table, ProgrammeModel::Date, Qt::AscendingOrder,
                  QAbstractItemView::SingleSelection,
                  {{ProgrammeModel::Date, 120},
                   {ProgrammeModel::Time, 95},
                   {ProgrammeModel::Code, 105},
                   {ProgrammeModel::Format, 150},
                   {ProgrammeModel::Title, 260},
                   {ProgrammeModel::Room, 140},
                   {ProgrammeModel::Animators, 180},
                   {ProgrammeModel::Filled, 80}});
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        AppSettings::setHeaderState(m_table->objectName(),
                                    m_table->horizontalHeader()->saveState());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        openSession(index.data(ProgrammeModel::SessionIdRole).toLongLong());
    });

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("programmeStackedWidget"));
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_table);
    // Beside the list's period, so shown with the list only.
    m_listPeriod->layout()->addWidget(
        makeExportButton(m_table, ProgrammeModel::SortRole, tr("Sessions"), m_listPeriod));

    m_detail = new SessionDetailPanel(m_context, this);
    m_registrations = new RegistrationsPanel(m_context, m_detail);
    m_detail->tabs()->addTab(m_registrations, tr("Registrations"));
    m_attendance = new AttendancePanel(m_context, m_detail);
    m_detail->tabs()->addTab(m_attendance, tr("Attendance"));
    m_pending = new PendingAttendanceWidget(m_context.school, this);
    auto* side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(QStringLiteral("programmeSideSplitter"));
    side->addWidget(m_pending);
    side->addWidget(m_detail);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 3);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("programmeSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->addWidget(title);
    layout->addLayout(navigation);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_format, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_animator, 1);
    filters->addWidget(m_room, 1);
    filters->addWidget(m_listPeriod);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summaryLabel);

    for (CalendarView* view :
         {static_cast<CalendarView*>(m_month), static_cast<CalendarView*>(m_week)}) {
        connect(view, &CalendarView::currentDateChanged, this,
                [this](const QDate& date) { showDate(date); });
        connect(view, &CalendarView::sessionActivated, this, &ProgrammePage::openSession);
        connect(view, &CalendarView::createRequested, this, &ProgrammePage::createSession);
    }
    connect(m_week, &CalendarView::moveRequested, this, &ProgrammePage::moveSession);
    for (CalendarView* view :
         {static_cast<CalendarView*>(m_month), static_cast<CalendarView*>(m_week)}) {
        connect(view, &CalendarView::selectedSessionChanged, this, [this](qint64 id) {
            if (id != 0) {
                showDetailOf(id);
            }
        });
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    showDetailOf(current.data(ProgrammeModel::SessionIdRole).toLongLong());
                }
            });
    connect(m_detail, &SessionDetailPanel::editRequested, this, &ProgrammePage::openSession);
    connect(m_pending, &PendingAttendanceWidget::sessionChosen, this, [this](qint64 id) {
        // The session's day in the calendar, its attendance open beside it.
        if (const auto s = m_context.school.sessions().session(id)) {
            showDate(s->startsAt.date());
        }
        calendar()->setSelectedSession(id);
        showDetailOf(id);
        m_detail->tabs()->setCurrentWidget(m_attendance);
    });
    connect(m_month, &MonthView::moreRequested, this, [this](const QDate& day) {
        setView(View::Week);
        showDate(day);
    });
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QToolButton::clicked, this, [this] { showDate(QDate::currentDate()); });
    connect(m_newSession, &QPushButton::clicked, this,
            [this] { createSession(QDateTime(currentDate(), QTime(9, 0))); });
    connect(exportButton, &QPushButton::clicked, this, &ProgrammePage::exportCalendar);
    connect(closedDays, &QPushButton::clicked, this, &ProgrammePage::editClosedDays);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProgrammePage::fillFilterChoices);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, &ProgrammePage::updateLabels);
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProgrammePage::updateLabels);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ProgrammePage::updateLabels);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &ProgrammePage::updateLabels);
    connect(&context.school.settings(), &SettingsStore::changed, this,
            &ProgrammePage::reloadPeriod);

    const QString saved = AppSettings::programmeView();
    const View initial = saved == QLatin1String("week")   ? View::Week
                         : saved == QLatin1String("list") ? View::List
                                                          : View::Month;
    m_view = View(-1 - int(initial)); // differs from every view: setView does its work
    setView(initial);
}

ProgrammePage::~ProgrammePage() = default;

void ProgrammePage::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search by title, code, room or animator…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ProgrammeFilterModel::setSearchText);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->addItem(tr("All statuses"), -1);
    for (SessionStatus status : {SessionStatus::Planned, SessionStatus::Confirmed,
                                 SessionStatus::Held, SessionStatus::Cancelled}) {
        m_status->addItem(ProgrammeModel::statusLabel(status), int(status));
    }
    m_animator = new QComboBox(this);
    m_animator->setObjectName(QStringLiteral("animatorComboBox"));
    m_room = new QComboBox(this);
    m_room->setObjectName(QStringLiteral("roomComboBox"));
    // Long names of rooms or animators widen the list that drops down, not the page.
    for (QComboBox* box : {m_format, m_status, m_animator, m_room}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    fillFilterChoices();

    connect(m_format, &QComboBox::activated, this,
            [this] { m_filter->setFormatId(m_format->currentData().toLongLong()); });
    connect(m_status, &QComboBox::activated, this, [this] {
        const int status = m_status->currentData().toInt();
        m_filter->setStatus(status < 0 ? std::nullopt : std::optional(SessionStatus(status)));
    });
    connect(m_animator, &QComboBox::activated, this,
            [this] { m_filter->setAnimatorId(m_animator->currentData().toLongLong()); });
    connect(m_room, &QComboBox::activated, this, [this] {
        m_filter->setRoom(m_room->currentIndex() == 0 ? QString() : m_room->currentText());
    });

    m_listPeriod = new QWidget(this);
    auto* period = new QHBoxLayout(m_listPeriod);
    period->setContentsMargins(0, 0, 0, 0);
    m_listFrom = new QDateEdit(m_listPeriod);
    m_listFrom->setObjectName(QStringLiteral("listFromDateEdit"));
    m_listTo = new QDateEdit(m_listPeriod);
    m_listTo->setObjectName(QStringLiteral("listToDateEdit"));
    const Period year = schoolYearOf(QDate::currentDate());
    for (QDateEdit* edit : {m_listFrom, m_listTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_view == View::List) {
                reloadPeriod();
            }
        });
    }
    m_listFrom->setDate(year.from);
    m_listTo->setDate(year.to);
    period->addWidget(new QLabel(tr("From"), m_listPeriod));
    period->addWidget(m_listFrom);
    period->addWidget(new QLabel(tr("to"), m_listPeriod));
    period->addWidget(m_listTo);
}

void ProgrammePage::fillFilterChoices()
{
    // Formats: every format of the catalogue. Animators and rooms: those of the period shown.
    // A choice still offered stays chosen.
    const auto refill = [](QComboBox* box, const QString& all,
                           const QList<std::pair<QString, QVariant>>& items) {
        const QString chosen = box->currentIndex() > 0 ? box->currentText() : QString();
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(all, QVariant(0));
        for (const auto& [text, data] : items) {
            box->addItem(text, data);
        }
        box->setCurrentIndex(std::max(0, box->findText(chosen)));
    };
    QList<std::pair<QString, QVariant>> formats;
    if (const auto all = m_context.school.catalogue().formats()) {
        for (const Format& f : *all) {
            formats.append({f.name, f.id});
        }
    }
    refill(m_format, tr("All formats"), formats);

    QMap<QString, qint64> animators; // by folded name, for the order
    QMap<QString, QString> rooms;
    for (const ProgrammeRow& row : m_model->entries()) {
        for (const ProgrammeAnimator& a : row.entry.animators) {
            animators.insert(a.lastName + QLatin1Char(' ') + a.firstName, a.personId);
        }
        if (!row.roomKey.isEmpty()) {
            rooms.insert(row.roomKey, row.entry.session.location.simplified());
        }
    }
    QList<std::pair<QString, QVariant>> people;
    for (auto it = animators.cbegin(); it != animators.cend(); ++it) {
        people.append({it.key(), it.value()});
    }
    refill(m_animator, tr("All animators"), people);
    QList<std::pair<QString, QVariant>> places;
    for (const QString& room : std::as_const(rooms)) {
        places.append({room, room});
    }
    refill(m_room, tr("All rooms"), places);
    // The filters follow what the boxes now show.
    m_filter->setFormatId(m_format->currentData().toLongLong());
    m_filter->setAnimatorId(m_animator->currentData().toLongLong());
    m_filter->setRoom(m_room->currentIndex() == 0 ? QString() : m_room->currentText());
}

void ProgrammePage::showDetailOf(qint64 id)
{
    if (id == m_detail->session() && id == m_attendanceSession) {
        return;
    }
    // Attendance ticked but not saved is offered before another session replaces it.
    if (m_attendance->isDirty()) {
        const auto answer = MessageBox::question(
            this, tr("Attendance"),
            tr("The attendance you entered is not saved. Save it before showing another "
               "session?"),
            QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
        if (answer == QMessageBox::Save) {
            m_attendance->save();
        }
    }
    m_detail->setSession(id);
    m_registrations->setDirectory(m_actions->directory());
    m_registrations->setSession(id);
    m_attendance->setDirectory(m_actions->directory());
    m_attendance->setSession(id);
    m_attendanceSession = id;
}

CalendarView* ProgrammePage::calendar() const
{
    return m_view == View::Week ? static_cast<CalendarView*>(m_week)
                                : static_cast<CalendarView*>(m_month);
}

QDate ProgrammePage::currentDate() const
{
    return calendar()->currentDate();
}

void ProgrammePage::setView(View view)
{
    if (view == m_view) {
        return;
    }
    const QDate date = m_view == View::Week ? m_week->currentDate() : m_month->currentDate();
    m_view = view;
    m_viewButtons->button(int(view))->setChecked(true);
    m_stack->setCurrentIndex(int(view));
    m_listPeriod->setVisible(view == View::List);
    AppSettings::setProgrammeView(view == View::Week   ? QStringLiteral("week")
                                  : view == View::List ? QStringLiteral("list")
                                                       : QStringLiteral("month"));
    m_month->setCurrentDate(date);
    m_week->setCurrentDate(date);
    if (view == View::List) {
        // The list shows the school year of the day the calendar was on.
        const Period year = schoolYearOf(date);
        const QSignalBlocker quietFrom(m_listFrom);
        const QSignalBlocker quietTo(m_listTo);
        m_listFrom->setDate(year.from);
        m_listTo->setDate(year.to);
    }
    reloadPeriod();
}

void ProgrammePage::showDate(const QDate& date)
{
    const QSignalBlocker quietMonth(m_month);
    const QSignalBlocker quietWeek(m_week);
    m_month->setCurrentDate(date);
    m_week->setCurrentDate(date);
    if (m_view == View::List && (date < m_listFrom->date() || date > m_listTo->date())) {
        const Period year = schoolYearOf(date);
        const QSignalBlocker quietFrom(m_listFrom);
        const QSignalBlocker quietTo(m_listTo);
        m_listFrom->setDate(year.from);
        m_listTo->setDate(year.to);
        reloadPeriod();
    } else if (m_view != View::List && (calendar()->firstVisibleDay() != m_model->from() ||
                                        calendar()->lastVisibleDay() != m_model->to())) {
        reloadPeriod(); // another month or week
    } else {
        updateLabels();
    }
}

void ProgrammePage::step(int direction)
{
    switch (m_view) {
    case View::Month:
        showDate(currentDate().addMonths(direction));
        break;
    case View::Week:
        showDate(currentDate().addDays(7 * direction));
        break;
    case View::List: {
        // The list moves by its own length.
        const qint64 days = m_listFrom->date().daysTo(m_listTo->date()) + 1;
        const QSignalBlocker quiet(m_listFrom);
        m_listFrom->setDate(m_listFrom->date().addDays(direction * days));
        m_listTo->setDate(m_listTo->date().addDays(direction * days));
        break;
    }
    }
}

void ProgrammePage::reloadPeriod()
{
    QDate from;
    QDate to;
    if (m_view == View::List) {
        from = m_listFrom->date();
        to = std::max(m_listFrom->date(), m_listTo->date());
    } else {
        from = calendar()->firstVisibleDay();
        to = calendar()->lastVisibleDay();
    }
    m_model->setPeriod(from, to);
    if (const auto closed = m_context.school.settings().closedDays(from, to)) {
        m_month->setClosedDays(*closed);
        m_week->setClosedDays(*closed);
    }
    updateLabels();
}

void ProgrammePage::updateLabels()
{
    const QLocale locale;
    switch (m_view) {
    case View::Month: {
        QString month = locale.standaloneMonthName(currentDate().month()) + QLatin1Char(' ') +
                        QString::number(currentDate().year());
        month[0] = month[0].toUpper();
        m_periodLabel->setText(month);
        break;
    }
    case View::Week:
        m_periodLabel->setText(
            tr("Week of %1 to %2")
                .arg(locale.toString(m_week->firstVisibleDay(), QStringLiteral("d MMMM")),
                     locale.toString(m_week->lastVisibleDay(), QStringLiteral("d MMMM yyyy"))));
        break;
    case View::List:
        m_periodLabel->setText(
            tr("%1 to %2")
                .arg(locale.toString(m_listFrom->date(), QStringLiteral("dd/MM/yyyy")),
                     locale.toString(m_listTo->date(), QStringLiteral("dd/MM/yyyy"))));
        break;
    }
    int cancelled = 0;
    int conflicting = 0;
    int shown = m_filter->rowCount();
    for (int r = 0; r < shown; ++r) {
        const QModelIndex index = m_filter->index(r, 0);
        if (SessionStatus(index.data(ProgrammeModel::StatusRole).toInt()) ==
            SessionStatus::Cancelled) {
            ++cancelled;
        }
        if (!index.data(ProgrammeModel::ConflictRole).toString().isEmpty()) {
            ++conflicting;
        }
    }
    QStringList parts{tr("%n session(s)", nullptr, shown)};
    if (cancelled > 0) {
        parts << tr("%n cancelled", nullptr, cancelled);
    }
    if (conflicting > 0) {
        parts << tr("%n in conflict", nullptr, conflicting);
    }
    if (shown < m_model->rowCount()) {
        parts << tr("%n hidden by the filters", nullptr, m_model->rowCount() - shown);
    }
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

bool ProgrammePage::createSession(const QDateTime& start)
{
    const QList<Session> created = m_actions->create(start);
    if (created.isEmpty()) {
        return false;
    }
    showDate(created.first().startsAt.date());
    calendar()->setSelectedSession(created.first().id);
    return true;
}

bool ProgrammePage::openSession(qint64 id)
{
    return m_actions->edit(id);
}

bool ProgrammePage::moveSession(qint64 id, const QDateTime& newStart)
{
    return m_actions->move(id, newStart);
}

bool ProgrammePage::editClosedDays()
{
    return m_actions->editClosedDays(schoolYearOf(currentDate()));
}

void ProgrammePage::exportCalendar()
{
    // The period shown, with the format chosen in the filter.
    m_actions->exportCalendar(Period{m_model->from(), m_model->to()}, m_filter->formatId());
}

} // namespace truc2::ui
