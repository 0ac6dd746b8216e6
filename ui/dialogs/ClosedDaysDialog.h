#pragma once

#include "stats/PeriodFigures.h"

#include <QDate>
#include <QDialog>
#include <QMap>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace truc2::ui {

/// The days the school is closed in one school year (bank holidays, the summer closure, a
/// strike day): no session can be planned on them. The French public holidays of the year can
/// be added at once.
class ClosedDaysDialog : public QDialog
{
    Q_OBJECT

public:
    ClosedDaysDialog(const Period& schoolYear, const QMap<QDate, QString>& days,
                     QWidget* parent = nullptr);

    QMap<QDate, QString> days() const { return m_days; }

    /// Adds (or relabels) a day of the school year; false for a day outside it.
    bool addDay(const QDate& day, const QString& label);
    /// Adds the public holidays that fall in the school year.
    void addPublicHolidays();

private:
    void refresh();

    Period m_year;
    QMap<QDate, QString> m_days;
    QTableWidget* m_table = nullptr;
    QDateEdit* m_day = nullptr;
    QLineEdit* m_label = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace truc2::ui
