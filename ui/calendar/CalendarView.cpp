#include "calendar/CalendarView.h"

#include "itemmodels/ProgrammeModel.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QToolTip>

namespace truc2::ui {

CalendarView::CalendarView(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CalendarView::setModel(QAbstractItemModel* model)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    if (model != nullptr) {
        const auto reread = [this] {
            readItems();
        };
        connect(model, &QAbstractItemModel::modelReset, this, reread);
        connect(model, &QAbstractItemModel::rowsInserted, this, reread);
        connect(model, &QAbstractItemModel::rowsRemoved, this, reread);
        connect(model, &QAbstractItemModel::rowsMoved, this, reread);
        connect(model, &QAbstractItemModel::dataChanged, this, reread);
        connect(model, &QAbstractItemModel::layoutChanged, this, reread);
    }
    readItems();
}

void CalendarView::readItems()
{
    // A hidden view reads the model when it is shown again, not on every change meanwhile.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_items.clear();
    if (m_model) {
        const int rows = m_model->rowCount();
        m_items.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex index = m_model->index(r, 0);
            CalendarItem item;
            item.id = index.data(ProgrammeModel::SessionIdRole).toLongLong();
            item.start = index.data(ProgrammeModel::StartRole).toDateTime();
            item.end = index.data(ProgrammeModel::EndRole).toDateTime();
            item.colour = index.data(ProgrammeModel::ColourRole).value<QColor>();
            item.title = index.data(ProgrammeModel::TitleRole).toString();
            item.room = index.data(ProgrammeModel::RoomRole).toString();
            item.filled = index.data(ProgrammeModel::FilledRole).toString();
            item.status = SessionStatus(index.data(ProgrammeModel::StatusRole).toInt());
            item.conflict = !index.data(ProgrammeModel::ConflictRole).toString().isEmpty();
            item.tooltip = index.data(Qt::ToolTipRole).toString();
            m_items.append(item);
        }
        std::stable_sort(
            m_items.begin(), m_items.end(),
            [](const CalendarItem& a, const CalendarItem& b) { return a.start < b.start; });
    }
    itemsChanged();
    update();
}

void CalendarView::setCurrentDate(const QDate& date)
{
    if (!date.isValid() || date == m_current) {
        return;
    }
    m_current = date;
    update();
    Q_EMIT currentDateChanged(date);
}

void CalendarView::setSelectedSession(qint64 id)
{
    if (id != m_selected) {
        m_selected = id;
        update();
        Q_EMIT selectedSessionChanged(id);
    }
}

void CalendarView::setClosedDays(const QMap<QDate, QString>& days)
{
    m_closedDays = days;
    update();
}

QColor CalendarView::fillColour(const CalendarItem& item)
{
    if (item.cancelled()) {
        return QColor(0xee, 0xee, 0xee);
    }
    QColor fill = item.colour.isValid() ? item.colour : QColor(0x4f, 0x7c, 0xac);
    // A light tint of the format's colour keeps black text readable on every colour.
    return QColor::fromHsvF(fill.hsvHueF(), std::min(0.28, double(fill.hsvSaturationF())), 0.98);
}

QColor CalendarView::textColour(const CalendarItem& item)
{
    return item.cancelled() ? QColor(0x80, 0x80, 0x80) : QColor(0x1f, 0x1f, 0x1f);
}

QString CalendarView::timeText(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentDate(m_current.addDays(-1));
        return;
    case Qt::Key_Right:
        setCurrentDate(m_current.addDays(1));
        return;
    case Qt::Key_Up:
        setCurrentDate(m_current.addDays(-7));
        return;
    case Qt::Key_Down:
        setCurrentDate(m_current.addDays(7));
        return;
    case Qt::Key_Home:
        setCurrentDate(QDate::currentDate());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected != 0) {
            Q_EMIT sessionActivated(m_selected);
        } else {
            Q_EMIT createRequested(QDateTime(m_current, QTime(9, 0)));
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool CalendarView::event(QEvent* event)
{
    if (event->type() == QEvent::Show && m_stale) {
        readItems();
    }
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const qint64 id = sessionAt(help->pos());
        for (const CalendarItem& item : std::as_const(m_items)) {
            if (item.id == id && id != 0) {
                QToolTip::showText(help->globalPos(),
                                   timeText(item.start.time()) + QStringLiteral("–") +
                                       timeText(item.end.time()) + QLatin1Char(' ') + item.tooltip +
                                       QLatin1Char('\n') + item.room + QStringLiteral(" · ") +
                                       item.filled,
                                   this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace truc2::ui
