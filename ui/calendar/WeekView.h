#pragma once

#include "calendar/CalendarView.h"

namespace truc2::ui {

/// A week, Monday to Sunday, hour by hour: each session a block in its format's colour at its
/// time, side by side when they overlap. A click on an empty slot asks for a session there;
/// a session dragged to another time or day asks to move it (snapped to a quarter of an hour);
/// a double-click opens it. Page Up / Page Down change the week.
class WeekView : public CalendarView
{
    Q_OBJECT

public:
    explicit WeekView(QWidget* parent = nullptr);

    QDate firstVisibleDay() const override;
    QDate lastVisibleDay() const override;

    /// The hours shown (the working day, widened to the sessions of the week).
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }

    /// Where a time falls, and the time at a point (snapped to 15 minutes).
    QPoint pointAt(const QDateTime& time) const;
    QDateTime timeAt(const QPoint& pos) const;
    /// The block of a session on its first day, or an empty rectangle.
    QRect blockRect(qint64 sessionId) const;
    qint64 sessionAt(const QPoint& pos) const override;

    QSize sizeHint() const override { return {900, 640}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void itemsChanged() override;

private:
    struct Block
    {
        QRect rect;
        qint64 id = 0;
        const CalendarItem* item = nullptr;
    };
    QList<Block> blocks() const;
    QRect dayColumn(int dayIndex) const;
    int headerHeight() const;
    int gutterWidth() const;
    double pixelsPerMinute() const;

    int m_firstHour = 8;
    int m_lastHour = 19;
    // Dragging a session.
    qint64 m_dragId = 0;
    QPoint m_pressPos;
    QDateTime m_dragStartTime; ///< The session's start when the drag began.
    QDateTime m_pressTime;     ///< The time under the mouse when it was pressed.
    QDateTime m_dropStart;     ///< Where the session would go now.
    bool m_dragging = false;
};

} // namespace truc2::ui
