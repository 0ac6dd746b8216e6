// The repeat part of SessionDialog: the rule of a series, its dates and the closed days it
// leaves out.
#include "School.h"
#include "dialogs/SessionDialog.h"
#include "ui_SessionDialog.h"

#include <QLocale>

namespace truc2::ui {
namespace {

/// 30 June of the school year holding `day` (school years start in September; a day of July
/// or August belongs to the year about to start).
QDate endOfSchoolYear(const QDate& day)
{
    return QDate(day.month() >= 7 ? day.year() + 1 : day.year(), 6, 30);
}

} // namespace

void SessionDialog::setUpRepeat()
{
    if (m_session.id > 0) {
        m_ui->repeatCheckBox->hide();
        m_ui->repeatGroupBox->hide();
        return;
    }
    m_ui->repeatKindComboBox->addItem(tr("Weekly"), int(Recurrence::Kind::Weekly));
    m_ui->repeatKindComboBox->addItem(tr("Monthly, on a weekday"),
                                      int(Recurrence::Kind::MonthlyByWeekday));
    m_ui->repeatKindComboBox->addItem(tr("Monthly, on a day of the month"),
                                      int(Recurrence::Kind::MonthlyByDay));
    m_ui->repeatKindComboBox->setCurrentIndex(1); // the monthly meetup is the usual series
    m_ui->intervalSpinBox->setPrefix(tr("every "));
    const QLocale locale;
    const QList<QCheckBox*> days = {m_ui->mondayCheckBox,    m_ui->tuesdayCheckBox,
                                    m_ui->wednesdayCheckBox, m_ui->thursdayCheckBox,
                                    m_ui->fridayCheckBox,    m_ui->saturdayCheckBox,
                                    m_ui->sundayCheckBox};
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        days.at(d - 1)->setText(locale.dayName(d, QLocale::ShortFormat));
        m_ui->weekdayComboBox->addItem(locale.dayName(d), d);
    }
    m_ui->nthComboBox->addItem(tr("first", "weekday of the month"), 1);
    m_ui->nthComboBox->addItem(tr("second", "weekday of the month"), 2);
    m_ui->nthComboBox->addItem(tr("third", "weekday of the month"), 3);
    m_ui->nthComboBox->addItem(tr("fourth", "weekday of the month"), 4);
    m_ui->nthComboBox->addItem(tr("last", "weekday of the month"), Recurrence::Last);
    m_ui->untilDateEdit->setDate(endOfSchoolYear(m_ui->dateEdit->date()));
    m_ui->skipSummerCheckBox->setChecked(true);
    m_ui->repeatGroupBox->hide();
    repeatKindChosen();

    connect(m_ui->repeatCheckBox, &QCheckBox::toggled, this, &SessionDialog::repeatToggled);
    connect(m_ui->repeatKindComboBox, &QComboBox::currentIndexChanged, this,
            &SessionDialog::repeatKindChosen);
    const auto patternEdited = [this] {
        m_patternEdited = m_patternEdited || !m_filling;
        updateRepeatSummary();
        scheduleConflicts();
    };
    for (QCheckBox* box : days) {
        connect(box, &QCheckBox::toggled, this, patternEdited);
    }
    connect(m_ui->nthComboBox, &QComboBox::currentIndexChanged, this, patternEdited);
    connect(m_ui->weekdayComboBox, &QComboBox::currentIndexChanged, this, patternEdited);
    connect(m_ui->dayOfMonthSpinBox, &QSpinBox::valueChanged, this, patternEdited);
    const auto ruleChanged = [this] {
        updateRepeatSummary();
        scheduleConflicts();
    };
    connect(m_ui->intervalSpinBox, &QSpinBox::valueChanged, this, ruleChanged);
    connect(m_ui->untilDateEdit, &QDateEdit::dateChanged, this, ruleChanged);
    connect(m_ui->skipSummerCheckBox, &QCheckBox::toggled, this, ruleChanged);
    connect(m_ui->startTimeEdit, &QTimeEdit::timeChanged, this, ruleChanged);
    connect(m_ui->endTimeEdit, &QTimeEdit::timeChanged, this, ruleChanged);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui->repeatCheckBox->isChecked() && !m_patternEdited) {
            patternFromDate();
        }
        updateRepeatSummary();
    });
}

void SessionDialog::repeatToggled(bool on)
{
    m_ui->repeatGroupBox->setVisible(on);
    // A series' sessions each start and end on their own day.
    if (on) {
        m_ui->severalDaysCheckBox->setChecked(false);
    }
    m_ui->severalDaysCheckBox->setEnabled(!on);
    if (on && !m_patternEdited) {
        patternFromDate();
    }
    updateRepeatSummary();
    scheduleConflicts();
    if (on) {
        growToFit();
    }
}

void SessionDialog::repeatKindChosen()
{
    const auto kind = Recurrence::Kind(m_ui->repeatKindComboBox->currentData().toInt());
    m_ui->repeatPatternStackedWidget->setCurrentIndex(int(kind));
    m_ui->intervalSpinBox->setSuffix(kind == Recurrence::Kind::Weekly ? tr(" week(s)")
                                                                      : tr(" month(s)"));
    updateRepeatSummary();
    scheduleConflicts();
}

void SessionDialog::patternFromDate()
{
    const QDate day = m_ui->dateEdit->date();
    const bool wasFilling = std::exchange(m_filling, true);
    const QList<QCheckBox*> days = {m_ui->mondayCheckBox,    m_ui->tuesdayCheckBox,
                                    m_ui->wednesdayCheckBox, m_ui->thursdayCheckBox,
                                    m_ui->fridayCheckBox,    m_ui->saturdayCheckBox,
                                    m_ui->sundayCheckBox};
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        days.at(d - 1)->setChecked(d == day.dayOfWeek());
    }
    const int nth = (day.day() - 1) / 7 + 1;
    m_ui->nthComboBox->setCurrentIndex(
        m_ui->nthComboBox->findData(nth > 4 ? Recurrence::Last : nth));
    m_ui->weekdayComboBox->setCurrentIndex(m_ui->weekdayComboBox->findData(day.dayOfWeek()));
    m_ui->dayOfMonthSpinBox->setValue(day.day());
    if (m_ui->untilDateEdit->date() <= day) {
        m_ui->untilDateEdit->setDate(endOfSchoolYear(day));
    }
    m_filling = wasFilling;
}

Recurrence SessionDialog::currentRecurrence() const
{
    Recurrence r;
    switch (Recurrence::Kind(m_ui->repeatKindComboBox->currentData().toInt())) {
    case Recurrence::Kind::Weekly: {
        Recurrence::Weekly weekly;
        const QList<QCheckBox*> days = {m_ui->mondayCheckBox,    m_ui->tuesdayCheckBox,
                                        m_ui->wednesdayCheckBox, m_ui->thursdayCheckBox,
                                        m_ui->fridayCheckBox,    m_ui->saturdayCheckBox,
                                        m_ui->sundayCheckBox};
        for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
            if (days.at(d - 1)->isChecked()) {
                weekly.weekdays.insert(static_cast<Qt::DayOfWeek>(d));
            }
        }
        r.pattern = weekly;
        break;
    }
    case Recurrence::Kind::MonthlyByWeekday:
        r.pattern = Recurrence::MonthlyByWeekday{
            m_ui->nthComboBox->currentData().toInt(),
            static_cast<Qt::DayOfWeek>(m_ui->weekdayComboBox->currentData().toInt())};
        break;
    case Recurrence::Kind::MonthlyByDay:
        r.pattern = Recurrence::MonthlyByDay{m_ui->dayOfMonthSpinBox->value()};
        break;
    }
    r.interval = m_ui->intervalSpinBox->value();
    r.first = m_ui->dateEdit->date();
    r.until = m_ui->untilDateEdit->date();
    const Session s = session();
    r.startTime = s.startsAt.time();
    r.endTime = s.endsAt.time();
    if (m_ui->skipSummerCheckBox->isChecked()) {
        r.skippedMonths = {7, 8};
    }
    return r;
}

std::optional<Recurrence> SessionDialog::recurrence() const
{
    if (m_session.id > 0 || !m_ui->repeatCheckBox->isChecked()) {
        return std::nullopt;
    }
    return currentRecurrence();
}

QSet<QDate> SessionDialog::closedDaysOf(const Recurrence& rule, QMap<QDate, QString>* labels) const
{
    QSet<QDate> days;
    if (!rule.first.isValid() || !rule.until.isValid() || rule.until < rule.first) {
        return days;
    }
    const Result<QMap<QDate, QString>> closed =
        m_context.school.settings().closedDays(rule.first, rule.until);
    if (!closed) {
        return days;
    }
    for (auto it = closed->cbegin(); it != closed->cend(); ++it) {
        days.insert(it.key());
    }
    if (labels) {
        *labels = *closed;
    }
    return days;
}

std::optional<FieldProblem> SessionDialog::repeatProblem() const
{
    const Recurrence rule = currentRecurrence();
    if (const QString problem = rule.problem(); !problem.isEmpty()) {
        const auto* weekly = std::get_if<Recurrence::Weekly>(&rule.pattern);
        const bool aboutDays = weekly && weekly->weekdays.isEmpty();
        return FieldProblem{
            aboutDays ? QStringLiteral("repeatPattern") : QStringLiteral("repeatUntil"), problem};
    }
    if (rule.expand(closedDaysOf(rule)).dates.isEmpty()) {
        return FieldProblem{QStringLiteral("repeatUntil"),
                            tr("Every date of this series falls on a day the school is closed.")};
    }
    return std::nullopt;
}

void SessionDialog::updateRepeatSummary()
{
    if (!m_ui->repeatCheckBox->isChecked()) {
        m_ui->repeatSummaryLabel->clear();
        return;
    }
    const Recurrence rule = currentRecurrence();
    if (const QString problem = rule.problem(); !problem.isEmpty()) {
        m_ui->repeatSummaryLabel->setText(
            QStringLiteral("<span style='color:#9a5b00'>%1</span>").arg(problem.toHtmlEscaped()));
        return;
    }
    QMap<QDate, QString> labels;
    const Recurrence::Expansion expansion = rule.expand(closedDaysOf(rule, &labels));
    QString description = rule.describe();
    if (!description.isEmpty()) {
        description[0] = description.at(0).toUpper();
    }
    QString text =
        description.toHtmlEscaped() + QStringLiteral(".<br><b>") +
        tr("%n session(s) will be created.", "", int(expansion.dates.size())).toHtmlEscaped() +
        QStringLiteral("</b>");
    if (!expansion.closedDates.isEmpty()) {
        QStringList closed;
        for (const QDate& day : expansion.closedDates) {
            const QString label = labels.value(day);
            const QString date = day.toString(QStringLiteral("dd/MM/yyyy"));
            closed << (label.isEmpty() ? date : tr("%1 (%2)", "date, label").arg(date, label));
        }
        text += QLatin1Char(' ') +
                tr("%n date(s) fall on days the school is closed and will be left out: %1.", "",
                   int(expansion.closedDates.size()))
                    .arg(closed.join(QStringLiteral(", ")))
                    .toHtmlEscaped();
    }
    m_ui->repeatSummaryLabel->setText(text);
}

} // namespace truc2::ui
