#pragma once

#include "calendar/CalendarView.h"

namespace truc2::ui {

/// A month as six weeks of days, each day listing its sessions as chips in the colour of
/// their format ("09:00 Excel 8/12"), with "+2 more" when they do not fit. A click selects a
/// day or a session, a double-click opens the session or creates one on an empty day; the
/// arrows move the day, Page Up / Page Down the month.
class MonthView : public CalendarView
{
    Q_OBJECT

public:
    explicit MonthView(QWidget* parent = nullptr);

    QDate firstVisibleDay() const override;
    QDate lastVisibleDay() const override;

    /// The rectangle of a day, or an empty one when it is not shown.
    QRect dayRect(const QDate& day) const;
    /// Where a session's chip is drawn (its first one), or an empty rectangle.
    QRect chipRect(qint64 sessionId) const;
    qint64 sessionAt(const QPoint& pos) const override;
    QDate dayAt(const QPoint& pos) const;

    QSize sizeHint() const override { return {900, 640}; }

Q_SIGNALS:
    /// "+2 more" clicked: the page shows that day's week.
    void moreRequested(const QDate& day);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Chip
    {
        QRect rect;
        qint64 id = 0; ///< 0 for a "+N more" line.
        QDate day;
        int more = 0;
    };
    QList<Chip> chips() const;
    int headerHeight() const;
    int chipHeight() const;
};

} // namespace truc2::ui
