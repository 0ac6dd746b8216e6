#include "widgets/PeriodSelector.h"

#include "stats/AnimatorFigures.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

namespace truc2::ui {
namespace {

QDateEdit* makeDateEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

/// The day a period is about: today when it holds today, otherwise its first day.
QDate anchorOf(const Period& period)
{
    const QDate today = QDate::currentDate();
    if (!period.isValid()) {
        return today;
    }
    return period.from <= today && today <= period.to ? today : period.from;
}

} // namespace

PeriodSelector::PeriodSelector(QWidget* parent)
    : QWidget(parent)
    , m_period(schoolYearContaining(QDate::currentDate()))
{
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("periodComboBox"));
    m_kindCombo->addItem(tr("School year"), int(Kind::SchoolYear));
    m_kindCombo->addItem(tr("Calendar year"), int(Kind::CalendarYear));
    m_kindCombo->addItem(tr("Quarter"), int(Kind::Quarter));
    m_kindCombo->addItem(tr("All time"), int(Kind::AllTime));
    m_kindCombo->addItem(tr("Custom period"), int(Kind::Custom));
    auto* kindLabel = new QLabel(tr("&Period:"), this);
    kindLabel->setBuddy(m_kindCombo);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previousToolButton"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("nextToolButton"));
    m_next->setArrowType(Qt::RightArrow);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("periodLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setMinimumWidth(
        m_label->fontMetrics().horizontalAdvance(tr("School year %1–%2").arg(2000).arg(2001)) + 12);
    m_from = makeDateEdit(QStringLiteral("fromDateEdit"), this);
    m_to = makeDateEdit(QStringLiteral("toDateEdit"), this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kindCombo);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    layout->addWidget(m_from);
    layout->addWidget(m_to);

    connect(m_kindCombo, &QComboBox::activated, this,
            [this](int index) { setKind(Kind(m_kindCombo->itemData(index).toInt())); });
    connect(m_previous, &QToolButton::clicked, this, &PeriodSelector::showPrevious);
    connect(m_next, &QToolButton::clicked, this, &PeriodSelector::showNext);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodSelector::applyCustomDates);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodSelector::applyCustomDates);
    updateWidgets();
}

void PeriodSelector::showSchoolYear(int startYear)
{
    apply(Kind::SchoolYear, Period::schoolYear(startYear));
}

void PeriodSelector::showCalendarYear(int year)
{
    apply(Kind::CalendarYear, Period::calendarYear(year));
}

void PeriodSelector::showQuarter(int year, int quarter)
{
    const QDate first(year, 3 * (std::clamp(quarter, 1, 4) - 1) + 1, 1);
    apply(Kind::Quarter, {first, first.addMonths(3).addDays(-1)});
}

Period PeriodSelector::quarterContaining(const QDate& day)
{
    const QDate first(day.year(), 3 * ((day.month() - 1) / 3) + 1, 1);
    return {first, first.addMonths(3).addDays(-1)};
}

void PeriodSelector::showAllTime()
{
    apply(Kind::AllTime, Period{});
}

void PeriodSelector::showPeriod(const Period& period)
{
    if (period.isValid()) {
        apply(Kind::Custom, period);
    }
}

void PeriodSelector::showPrevious()
{
    if (m_kind == Kind::SchoolYear) {
        showSchoolYear(m_period.from.year() - 1);
    } else if (m_kind == Kind::CalendarYear) {
        showCalendarYear(m_period.from.year() - 1);
    } else if (m_kind == Kind::Quarter) {
        apply(Kind::Quarter, quarterContaining(m_period.from.addMonths(-3)));
    }
}

void PeriodSelector::showNext()
{
    if (m_kind == Kind::SchoolYear) {
        showSchoolYear(m_period.from.year() + 1);
    } else if (m_kind == Kind::CalendarYear) {
        showCalendarYear(m_period.from.year() + 1);
    } else if (m_kind == Kind::Quarter) {
        apply(Kind::Quarter, quarterContaining(m_period.from.addMonths(3)));
    }
}

void PeriodSelector::setKind(Kind kind)
{
    const QDate anchor = anchorOf(m_period);
    switch (kind) {
    case Kind::SchoolYear:
        apply(kind, schoolYearContaining(anchor));
        break;
    case Kind::CalendarYear:
        apply(kind, Period::calendarYear(anchor.year()));
        break;
    case Kind::Quarter:
        apply(kind, quarterContaining(anchor));
        break;
    case Kind::AllTime:
        showAllTime();
        break;
    case Kind::Custom:
        apply(kind, m_period);
        break;
    }
}

void PeriodSelector::apply(Kind kind, const Period& period)
{
    m_kind = kind;
    if (period.isValid()) {
        m_period = period;
    }
    updateWidgets();
    Q_EMIT periodChanged();
}

void PeriodSelector::applyCustomDates()
{
    if (m_kind != Kind::Custom) {
        return;
    }
    m_to->setMinimumDate(m_from->date());
    const Period chosen{m_from->date(), m_to->date()};
    if (chosen.isValid() && (chosen.from != m_period.from || chosen.to != m_period.to)) {
        apply(Kind::Custom, chosen);
    }
}

void PeriodSelector::updateWidgets()
{
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(m_kind)));
    const bool stepping =
        m_kind == Kind::SchoolYear || m_kind == Kind::CalendarYear || m_kind == Kind::Quarter;
    m_previous->setVisible(stepping);
    m_next->setVisible(stepping);
    m_label->setVisible(stepping);
    if (m_kind == Kind::SchoolYear) {
        m_label->setText(
            tr("School year %1–%2").arg(m_period.from.year()).arg(m_period.from.year() + 1));
        m_previous->setToolTip(tr("Previous school year"));
        m_next->setToolTip(tr("Next school year"));
    } else if (m_kind == Kind::CalendarYear) {
        m_label->setText(QString::number(m_period.from.year()));
        m_previous->setToolTip(tr("Previous year"));
        m_next->setToolTip(tr("Next year"));
    } else if (m_kind == Kind::Quarter) {
        m_label->setText(tr("Q%1 %2", "a quarter: T1 2021 in French")
                             .arg((m_period.from.month() - 1) / 3 + 1)
                             .arg(m_period.from.year()));
        m_previous->setToolTip(tr("Previous quarter"));
        m_next->setToolTip(tr("Next quarter"));
    }
    const bool custom = m_kind == Kind::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (custom) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_to->setMinimumDate(QDate(1900, 1, 1));
        m_from->setDate(m_period.from);
        m_to->setDate(m_period.to);
        m_to->setMinimumDate(m_period.from);
    }
}

} // namespace truc2::ui
