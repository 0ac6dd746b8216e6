#include "calendar/MonthView.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace truc2::ui {
namespace {

constexpr int kWeeks = 6;
constexpr int kDays = 7;

} // namespace

MonthView::MonthView(QWidget* parent)
    : CalendarView(parent)
{
    setObjectName(QStringLiteral("monthView"));
}

QDate MonthView::firstVisibleDay() const
{
    const QDate first(currentDate().year(), currentDate().month(), 1);
    return first.addDays(1 - first.dayOfWeek()); // the Monday on or before the 1st
}

QDate MonthView::lastVisibleDay() const
{
    return firstVisibleDay().addDays(kWeeks * kDays - 1);
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int MonthView::chipHeight() const
{
    return fontMetrics().height() + 4;
}

QRect MonthView::dayRect(const QDate& day) const
{
    const qint64 offset = firstVisibleDay().daysTo(day);
    if (offset < 0 || offset >= kWeeks * kDays) {
        return {};
    }
    const int row = int(offset / kDays);
    const int column = int(offset % kDays);
    const int top = headerHeight();
    const double w = double(width()) / kDays;
    const double h = double(height() - top) / kWeeks;
    const int x0 = int(column * w);
    const int y0 = top + int(row * h);
    return QRect(x0, y0, int((column + 1) * w) - x0, top + int((row + 1) * h) - y0);
}

QDate MonthView::dayAt(const QPoint& pos) const
{
    if (pos.y() < headerHeight() || width() <= 0) {
        return {};
    }
    const int column = std::clamp(pos.x() * kDays / std::max(1, width()), 0, kDays - 1);
    const int row =
        std::clamp((pos.y() - headerHeight()) * kWeeks / std::max(1, height() - headerHeight()), 0,
                   kWeeks - 1);
    return firstVisibleDay().addDays(row * kDays + column);
}

QList<MonthView::Chip> MonthView::chips() const
{
    QList<Chip> result;
    const QDate first = firstVisibleDay();
    const int lineHeight = chipHeight() + 2;
    const int dayNumberHeight = fontMetrics().height() + 6;
    for (int d = 0; d < kWeeks * kDays; ++d) {
        const QDate day = first.addDays(d);
        const QRect cell = dayRect(day);
        QList<qint64> ids;
        for (const CalendarItem& item : items()) {
            if (item.start.date() <= day && item.end.date() >= day) {
                ids.append(item.id);
            }
        }
        const int room = std::max(0, (cell.height() - dayNumberHeight - 2) / lineHeight);
        const int shown = int(ids.size()) <= room ? int(ids.size()) : std::max(0, room - 1);
        int y = cell.top() + dayNumberHeight;
        for (int i = 0; i < shown; ++i) {
            result.append(
                {QRect(cell.left() + 3, y, cell.width() - 6, chipHeight()), ids.at(i), day, 0});
            y += lineHeight;
        }
        if (shown < ids.size()) {
            result.append({QRect(cell.left() + 3, y, cell.width() - 6, chipHeight()), 0, day,
                           int(ids.size()) - shown});
        }
    }
    return result;
}

QRect MonthView::chipRect(qint64 sessionId) const
{
    for (const Chip& chip : chips()) {
        if (chip.id == sessionId) {
            return chip.rect;
        }
    }
    return {};
}

qint64 MonthView::sessionAt(const QPoint& pos) const
{
    for (const Chip& chip : chips()) {
        if (chip.id != 0 && chip.rect.contains(pos)) {
            return chip.id;
        }
    }
    return 0;
}

void MonthView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QLocale locale;

    // Weekday names.
    const int top = headerHeight();
    p.fillRect(QRect(0, 0, width(), top), pal.alternateBase());
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int c = 0; c < kDays; ++c) {
        const QRect cell = dayRect(firstVisibleDay().addDays(c));
        p.drawText(QRect(cell.left(), 0, cell.width(), top), Qt::AlignCenter,
                   locale.dayName(c + 1, QLocale::LongFormat));
    }

    // Days.
    const QDate today = QDate::currentDate();
    const int month = currentDate().month();
    for (int d = 0; d < kWeeks * kDays; ++d) {
        const QDate day = firstVisibleDay().addDays(d);
        const QRect cell = dayRect(day);
        const bool closed = closedDays().contains(day);
        if (day.month() != month || day.dayOfWeek() >= 6) {
            p.fillRect(cell, pal.alternateBase());
        }
        if (closed) {
            p.fillRect(cell, QBrush(QColor(0, 0, 0, 18), Qt::BDiagPattern));
        }
        if (day == currentDate()) {
            p.fillRect(cell.adjusted(1, 1, 0, 0),
                       QColor(pal.color(QPalette::Highlight).red(),
                              pal.color(QPalette::Highlight).green(),
                              pal.color(QPalette::Highlight).blue(), 28));
        }
        p.setPen(pal.color(QPalette::Mid));
        p.drawRect(cell.adjusted(0, 0, 0, 0));
        // The day's number; today in a filled circle.
        const QString number = QString::number(day.day());
        const QRect numberRect(cell.left() + 4, cell.top() + 3, fontMetrics().height() + 6,
                               fontMetrics().height() + 2);
        QFont f = font();
        if (day == today) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setBrush(pal.highlight());
            p.setPen(Qt::NoPen);
            p.drawEllipse(numberRect.adjusted(1, -1, -1, 1));
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(pal.color(QPalette::HighlightedText));
            f.setBold(true);
        } else {
            p.setPen(day.month() == month ? pal.color(QPalette::Text)
                                          : pal.color(QPalette::PlaceholderText));
        }
        p.setFont(f);
        p.drawText(numberRect, Qt::AlignCenter, number);
        p.setFont(font());
        if (closed) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(cell.adjusted(numberRect.width() + 8, 3, -4, 0),
                       Qt::AlignRight | Qt::AlignTop,
                       fontMetrics().elidedText(closedDays().value(day), Qt::ElideRight,
                                                cell.width() - numberRect.width() - 12));
        }
    }

    // Sessions.
    QHash<qint64, const CalendarItem*> byId;
    for (const CalendarItem& item : items()) {
        byId.insert(item.id, &item);
    }
    for (const Chip& chip : chips()) {
        if (chip.id == 0) {
            p.setPen(pal.color(QPalette::Link));
            p.drawText(chip.rect.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       tr("+%n more", nullptr, chip.more));
            continue;
        }
        const CalendarItem& item = *byId.value(chip.id);
        p.fillRect(chip.rect, fillColour(item));
        p.fillRect(QRect(chip.rect.left(), chip.rect.top(), 3, chip.rect.height()),
                   item.cancelled() ? QColor(0xaa, 0xaa, 0xaa) : item.colour);
        if (item.id == selectedSession()) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.drawRect(chip.rect.adjusted(1, 1, -1, -1));
        }
        QFont f = font();
        f.setStrikeOut(item.cancelled());
        p.setFont(f);
        QString text =
            (chip.day == item.start.date() ? timeText(item.start.time()) + QLatin1Char(' ')
                                           : QString()) +
            item.title;
        if (item.conflict) {
            text.prepend(QStringLiteral("⚠ "));
        }
        const int filledWidth = fontMetrics().horizontalAdvance(item.filled) + 6;
        const QRect textRect = chip.rect.adjusted(6, 0, -filledWidth, 0);
        p.setPen(item.conflict ? QColor(0xb0, 0x3a, 0x2e) : textColour(item));
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(chip.rect.adjusted(0, 0, -3, 0), Qt::AlignVCenter | Qt::AlignRight, item.filled);
        p.setFont(font());
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(dayRect(currentDate()).adjusted(1, 1, -1, -1));
    }
}

void MonthView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const QPoint pos = event->position().toPoint();
    for (const Chip& chip : chips()) {
        if (chip.id == 0 && chip.rect.contains(pos)) {
            Q_EMIT moreRequested(chip.day);
            return;
        }
    }
    setSelectedSession(sessionAt(pos));
    const QDate day = dayAt(pos);
    if (day.isValid()) {
        setCurrentDate(day);
    }
}

void MonthView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (const qint64 id = sessionAt(pos); id != 0) {
        Q_EMIT sessionActivated(id);
    } else if (const QDate day = dayAt(pos); day.isValid()) {
        Q_EMIT createRequested(QDateTime(day, QTime(9, 0)));
    }
}

void MonthView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown) {
        setSelectedSession(0);
        setCurrentDate(currentDate().addMonths(event->key() == Qt::Key_PageUp ? -1 : 1));
        return;
    }
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        setSelectedSession(0);
    }
    CalendarView::keyPressEvent(event);
}

} // namespace truc2::ui
