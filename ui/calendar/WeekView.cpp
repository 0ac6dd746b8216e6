#include "calendar/WeekView.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace truc2::ui {
namespace {

constexpr int kDays = 7;
constexpr int kSnapMinutes = 15;

} // namespace

WeekView::WeekView(QWidget* parent)
    : CalendarView(parent)
{
    setObjectName(QStringLiteral("weekView"));
}

QDate WeekView::firstVisibleDay() const
{
    return currentDate().addDays(1 - currentDate().dayOfWeek());
}

QDate WeekView::lastVisibleDay() const
{
    return firstVisibleDay().addDays(kDays - 1);
}

void WeekView::itemsChanged()
{
    // The working day, widened to the week's earliest and latest sessions.
    m_firstHour = 8;
    m_lastHour = 19;
    for (const CalendarItem& item : items()) {
        if (item.start.date() >= firstVisibleDay() && item.start.date() <= lastVisibleDay()) {
            m_firstHour = std::min(m_firstHour, item.start.time().hour());
            if (item.end.date() == item.start.date()) {
                m_lastHour = std::max(m_lastHour, item.end.time().hour() +
                                                      (item.end.time().minute() > 0 ? 1 : 0));
            }
        }
    }
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() * 2 + 10;
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 12;
}

double WeekView::pixelsPerMinute() const
{
    // Half a line below the last hour, so that its label shows whole.
    return double(height() - headerHeight() - fontMetrics().height() / 2 - 1) /
           ((m_lastHour - m_firstHour) * 60.0);
}

QRect WeekView::dayColumn(int dayIndex) const
{
    const double w = double(width() - gutterWidth()) / kDays;
    const int x0 = gutterWidth() + int(dayIndex * w);
    const int x1 = gutterWidth() + int((dayIndex + 1) * w);
    return QRect(x0, headerHeight(), x1 - x0, height() - headerHeight());
}

QPoint WeekView::pointAt(const QDateTime& time) const
{
    const int day = int(firstVisibleDay().daysTo(time.date()));
    const QRect column = dayColumn(std::clamp(day, 0, kDays - 1));
    const int minutes = time.time().hour() * 60 + time.time().minute() - m_firstHour * 60;
    return QPoint(column.center().x(), headerHeight() + int(minutes * pixelsPerMinute()));
}

QDateTime WeekView::timeAt(const QPoint& pos) const
{
    const double w = double(width() - gutterWidth()) / kDays;
    const int day = std::clamp(int((pos.x() - gutterWidth()) / w), 0, kDays - 1);
    const double minutes = (pos.y() - headerHeight()) / pixelsPerMinute();
    int snapped = int(std::lround(minutes / kSnapMinutes)) * kSnapMinutes + m_firstHour * 60;
    snapped = std::clamp(snapped, 0, 24 * 60 - kSnapMinutes);
    return QDateTime(firstVisibleDay().addDays(day), QTime(snapped / 60, snapped % 60));
}

QList<WeekView::Block> WeekView::blocks() const
{
    QList<Block> result;
    const double ppm = pixelsPerMinute();
    for (int d = 0; d < kDays; ++d) {
        const QDate day = firstVisibleDay().addDays(d);
        const QRect column = dayColumn(d);
        // The day's sessions, each in the first lane free at its start.
        QList<const CalendarItem*> today;
        for (const CalendarItem& item : items()) {
            if (item.start.date() <= day && item.end.date() >= day) {
                today.append(&item);
            }
        }
        QList<QDateTime> laneEnds;
        QList<int> laneOf;
        for (const CalendarItem* item : std::as_const(today)) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > item->start) {
                ++lane;
            }
            if (lane == laneEnds.size()) {
                laneEnds.append(item->end);
            } else {
                laneEnds[lane] = item->end;
            }
            laneOf.append(lane);
        }
        const int lanes = std::max(1, int(laneEnds.size()));
        for (int i = 0; i < today.size(); ++i) {
            const CalendarItem* item = today.at(i);
            const QTime from =
                item->start.date() == day ? item->start.time() : QTime(m_firstHour, 0);
            const QTime to = item->end.date() == day ? item->end.time() : QTime(m_lastHour, 0);
            const int top =
                headerHeight() + int((from.hour() * 60 + from.minute() - m_firstHour * 60) * ppm);
            const int bottom =
                headerHeight() + int((to.hour() * 60 + to.minute() - m_firstHour * 60) * ppm);
            const int laneWidth = (column.width() - 4) / lanes;
            const QRect rect(column.left() + 2 + laneOf.at(i) * laneWidth, top + 1, laneWidth - 2,
                             std::max(bottom - top - 2, fontMetrics().height()));
            result.append({rect, item->id, item});
        }
    }
    return result;
}

QRect WeekView::blockRect(qint64 sessionId) const
{
    for (const Block& block : blocks()) {
        if (block.id == sessionId) {
            return block.rect;
        }
    }
    return {};
}

qint64 WeekView::sessionAt(const QPoint& pos) const
{
    const QList<Block> all = blocks();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->rect.contains(pos)) {
            return it->id;
        }
    }
    return 0;
}

void WeekView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const int top = headerHeight();
    const double ppm = pixelsPerMinute();

    // Day headers and columns.
    p.fillRect(QRect(0, 0, width(), top), pal.alternateBase());
    for (int d = 0; d < kDays; ++d) {
        const QDate day = firstVisibleDay().addDays(d);
        const QRect column = dayColumn(d);
        if (day.dayOfWeek() >= 6) {
            p.fillRect(column, pal.alternateBase());
        }
        if (closedDays().contains(day)) {
            p.fillRect(column, QBrush(QColor(0, 0, 0, 18), Qt::BDiagPattern));
        }
        if (day == today) {
            QColor tint = pal.color(QPalette::Highlight);
            tint.setAlpha(22);
            p.fillRect(column, tint);
        }
        const QRect header(column.left(), 0, column.width(), top);
        QFont f = font();
        f.setBold(day == today || day == currentDate());
        p.setFont(f);
        p.setPen(day == today ? pal.color(QPalette::Highlight) : pal.color(QPalette::Text));
        const QString closedLabel = closedDays().value(day);
        p.drawText(header.adjusted(2, 4, -2, 0), Qt::AlignHCenter | Qt::AlignTop,
                   locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
                       locale.toString(day, QStringLiteral("dd/MM")));
        p.setFont(font());
        if (!closedLabel.isEmpty()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(header.adjusted(2, 0, -2, -3), Qt::AlignHCenter | Qt::AlignBottom,
                       fontMetrics().elidedText(closedLabel, Qt::ElideRight, header.width() - 4));
        }
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(column.topLeft(), QPoint(column.left(), height()));
    }

    // Hours.
    for (int h = m_firstHour; h <= m_lastHour; ++h) {
        const int y = top + int((h - m_firstHour) * 60 * ppm);
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(gutterWidth(), y, width(), y);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(
            QRect(0, y - fontMetrics().height() / 2, gutterWidth() - 6, fontMetrics().height()),
            Qt::AlignRight | Qt::AlignVCenter, timeText(QTime(h, 0)));
    }

    // Sessions.
    for (const Block& block : blocks()) {
        const CalendarItem& item = *block.item;
        if (m_dragging && item.id == m_dragId) {
            p.setOpacity(0.35);
        }
        p.fillRect(block.rect, fillColour(item));
        p.fillRect(QRect(block.rect.left(), block.rect.top(), 4, block.rect.height()),
                   item.cancelled() ? QColor(0xaa, 0xaa, 0xaa) : item.colour);
        if (item.id == selectedSession() || item.conflict) {
            p.setPen(
                QPen(item.conflict ? QColor(0xb0, 0x3a, 0x2e) : pal.color(QPalette::Highlight), 2));
            p.drawRect(block.rect.adjusted(1, 1, -1, -1));
        }
        QFont bold = font();
        bold.setBold(true);
        bold.setStrikeOut(item.cancelled());
        const QRect text = block.rect.adjusted(8, 2, -3, -2);
        const int line = fontMetrics().height();
        p.setPen(textColour(item));
        p.setFont(bold);
        QString title = item.title;
        if (item.conflict) {
            title.prepend(QStringLiteral("⚠ "));
        }
        // The title on two lines when the block has room for them and the details.
        const QFontMetrics boldMetrics(bold);
        const int titleLines =
            text.height() >= 5 * line && boldMetrics.horizontalAdvance(title) > text.width() ? 2
                                                                                             : 1;
        QString shown = title;
        if (titleLines == 2) {
            // Break at the last space that fits, then elide the rest.
            int cut = int(title.size());
            while (cut > 0 && boldMetrics.horizontalAdvance(title.left(cut)) > text.width()) {
                cut = int(title.lastIndexOf(QLatin1Char(' '), cut - 1));
            }
            shown = cut > 0 ? title.left(cut) + QLatin1Char('\n') +
                                  boldMetrics.elidedText(title.mid(cut + 1), Qt::ElideRight,
                                                         text.width())
                            : boldMetrics.elidedText(title, Qt::ElideRight, text.width());
        } else {
            shown = boldMetrics.elidedText(title, Qt::ElideRight, text.width());
        }
        p.drawText(QRect(text.left(), text.top(), text.width(), line * titleLines),
                   Qt::AlignLeft | Qt::AlignTop, shown);
        p.setFont(font());
        const QStringList details{timeText(item.start.time()) + QStringLiteral("–") +
                                      timeText(item.end.time()),
                                  item.room, item.filled};
        int y = text.top() + line * titleLines;
        for (const QString& detail : details) {
            if (y + line > text.bottom() + 2 || detail.isEmpty()) {
                continue;
            }
            p.drawText(QRect(text.left(), y, text.width(), line), Qt::AlignLeft | Qt::AlignTop,
                       fontMetrics().elidedText(detail, Qt::ElideRight, text.width()));
            y += line;
        }
        p.setOpacity(1.0);
    }

    // Where a dragged session would go.
    if (m_dragging && m_dropStart.isValid()) {
        for (const CalendarItem& item : items()) {
            if (item.id != m_dragId) {
                continue;
            }
            const qint64 minutes = item.start.secsTo(item.end) / 60;
            const QPoint a = pointAt(m_dropStart);
            const QRect column = dayColumn(int(firstVisibleDay().daysTo(m_dropStart.date())));
            const QRect ghost(column.left() + 2, a.y(), column.width() - 4, int(minutes * ppm));
            p.setPen(QPen(item.colour, 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(ghost);
            p.setPen(textColour(item));
            p.drawText(ghost.adjusted(6, 2, -2, -2), Qt::AlignLeft | Qt::AlignTop,
                       timeText(m_dropStart.time()) + QStringLiteral("–") +
                           timeText(m_dropStart.addSecs(minutes * 60).time()));
        }
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        const QRect column = dayColumn(int(firstVisibleDay().daysTo(currentDate())));
        p.drawLine(column.left() + 1, 2, column.right() - 1, 2);
    }
}

void WeekView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_dragId = sessionAt(pos);
    m_dragging = false;
    setSelectedSession(m_dragId);
    if (pos.y() > headerHeight()) {
        setCurrentDate(timeAt(pos).date());
    }
    if (m_dragId != 0) {
        for (const CalendarItem& item : items()) {
            if (item.id == m_dragId) {
                m_dragStartTime = item.start;
            }
        }
        m_pressTime = timeAt(pos);
    }
}

void WeekView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragId == 0 || !(event->buttons() & Qt::LeftButton)) {
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        return;
    }
    m_dragging = true;
    const QDateTime now = timeAt(pos);
    // The session keeps its offset from the point where it was taken.
    const qint64 shift = m_pressTime.secsTo(now);
    m_dropStart = m_dragStartTime.addSecs(shift);
    update();
}

void WeekView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        m_dragging = false;
        const qint64 id = m_dragId;
        m_dragId = 0;
        update();
        if (m_dropStart.isValid() && m_dropStart != m_dragStartTime) {
            Q_EMIT moveRequested(id, m_dropStart);
        }
        return;
    }
    if (m_dragId == 0 && pos.y() > headerHeight() && pos.x() > gutterWidth()) {
        Q_EMIT createRequested(timeAt(pos - QPoint(0, int(kSnapMinutes * pixelsPerMinute() / 2))));
    }
    m_dragId = 0;
}

void WeekView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const qint64 id = sessionAt(event->position().toPoint()); id != 0) {
        m_dragId = 0;
        Q_EMIT sessionActivated(id);
    }
}

void WeekView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown) {
        setCurrentDate(currentDate().addDays(event->key() == Qt::Key_PageUp ? -7 : 7));
        return;
    }
    CalendarView::keyPressEvent(event);
}

} // namespace truc2::ui
