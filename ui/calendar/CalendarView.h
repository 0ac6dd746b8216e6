#pragma once

#include "domain/Session.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QPointer>
#include <QWidget>

namespace truc2::ui {

/// One session as a calendar view draws it, read from the programme model's roles.
struct CalendarItem
{
    qint64 id = 0;
    QDateTime start;
    QDateTime end;
    QColor colour;
    QString title;
    QString room;
    QString filled;
    QString tooltip;
    SessionStatus status = SessionStatus::Planned;
    bool conflict = false;

    bool cancelled() const { return status == SessionStatus::Cancelled; }
};

/// What the month and week views share: the sessions of a model (the programme, filtered),
/// the current date moved with the keyboard, the selected session, the closed days, and the
/// signals the Programme page answers.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(QWidget* parent = nullptr);

    /// Any model with ProgrammeModel's roles (the filter over it, in practice).
    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const { return m_model; }

    QDate currentDate() const { return m_current; }
    void setCurrentDate(const QDate& date);
    /// The first and last days the view shows, for the model's period.
    virtual QDate firstVisibleDay() const = 0;
    virtual QDate lastVisibleDay() const = 0;

    qint64 selectedSession() const { return m_selected; }
    void setSelectedSession(qint64 id);

    /// Days the school declared closed, with their labels: drawn greyed.
    void setClosedDays(const QMap<QDate, QString>& days);

    /// The sessions read from the model, in order of start (read again when a hidden view is
    /// shown).
    const QList<CalendarItem>& items() const { return m_items; }

    /// Colours of a session drawn in a calendar: a light fill, a strong bar, readable text.
    static QColor fillColour(const CalendarItem& item);
    static QColor textColour(const CalendarItem& item);

Q_SIGNALS:
    void currentDateChanged(const QDate& date);
    /// A session selected by a click (0: none).
    void selectedSessionChanged(qint64 id);
    /// Double-click on a session (or Return on the selected one).
    void sessionActivated(qint64 id);
    /// A new session asked for at this time (a click on an empty slot).
    void createRequested(const QDateTime& start);
    /// A session dragged to another time (week view).
    void moveRequested(qint64 id, const QDateTime& newStart);

protected:
    /// Moves the current date with the keyboard; views add their own steps.
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    virtual void itemsChanged() {}
    /// The session under a point, or 0.
    virtual qint64 sessionAt(const QPoint& pos) const = 0;
    const QMap<QDate, QString>& closedDays() const { return m_closedDays; }
    static QString timeText(const QTime& time);

private:
    void readItems();

    QPointer<QAbstractItemModel> m_model;
    QList<CalendarItem> m_items;
    QDate m_current = QDate::currentDate();
    qint64 m_selected = 0;
    QMap<QDate, QString> m_closedDays;
    bool m_stale = false; ///< The model changed while the view was hidden.
};

} // namespace truc2::ui
