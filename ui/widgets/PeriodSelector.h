#pragma once

#include "stats/PeriodFigures.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace truc2::ui {

/// Chooses the period a screen shows: a school year, a calendar year or a quarter (stepped
/// through with arrows), all time, or two dates of one's own. Its widgets are named periodComboBox,
/// previousToolButton, periodLabel, nextToolButton, fromDateEdit and toDateEdit.
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    /// The entries of the period list, in its order.
    enum class Kind
    {
        SchoolYear,
        CalendarYear,
        Quarter, ///< January–March, April–June…: "Q1 2021".
        AllTime,
        Custom
    };

    /// Starts on the school year (September to August) that contains today.
    explicit PeriodSelector(QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    /// The period chosen; invalid for all time.
    Period period() const { return m_kind == Kind::AllTime ? Period{} : m_period; }

    void showSchoolYear(int startYear);
    void showCalendarYear(int year);
    /// The quarter (1 to 4) of a year.
    void showQuarter(int year, int quarter);
    void showAllTime();
    /// A period of one's own, both days included.
    void showPeriod(const Period& period);
    /// The school year, calendar year or quarter before or after the one shown.
    void showPrevious();
    void showNext();
    /// As when the entry is chosen in the list: the year of the last dated period, its dates.
    void setKind(Kind kind);

    /// The quarter that holds a day.
    static Period quarterContaining(const QDate& day);

Q_SIGNALS:
    /// Another period was chosen (in the widgets, or by one of the functions above).
    void periodChanged();

private:
    void apply(Kind kind, const Period& period);
    void applyCustomDates();
    void updateWidgets();

    Kind m_kind = Kind::SchoolYear;
    Period m_period; ///< The last dated period: what all time replaced.
    QComboBox* m_kindCombo = nullptr;
    QToolButton* m_previous = nullptr;
    QLabel* m_label = nullptr;
    QToolButton* m_next = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace truc2::ui
