#include "charts/MixingHeatMap.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace truc2::ui {
namespace {

/// Where the parts of the heat map go in an area.
struct Geometry
{
    QRectF grid;
    double cell = 0;
    double labelWidth = 0;
};

QString rowLabel(const MixingFigures& mixing, int row)
{
    return MixingHeatMap::tr("%1 · %2").arg(row + 1).arg(mixing.directionNames.value(row));
}

Geometry geometryOf(const QRectF& area, const MixingFigures& mixing, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const auto n = int(mixing.directionNames.size());
    Geometry g;
    for (int i = 0; i < n; ++i) {
        g.labelWidth = std::max(g.labelWidth, metrics.horizontalAdvance(rowLabel(mixing, i)));
    }
    g.labelWidth = std::min(g.labelWidth + metrics.height() / 2, area.width() * 0.45);
    const double header = metrics.height() * 1.5;
    if (n == 0) {
        return g;
    }
    g.cell = std::min((area.width() - g.labelWidth) / n, (area.height() - header) / n);
    // Square cells, not larger than a few lines of text, the map centred in the area.
    g.cell = std::clamp(g.cell, 1.0, metrics.height() * 4);
    const double width = g.labelWidth + g.cell * n;
    const double left = area.left() + std::max(0.0, (area.width() - width) / 2);
    g.grid = QRectF(left + g.labelWidth, area.top() + header, g.cell * n, g.cell * n);
    return g;
}

int maxOffDiagonal(const MixingFigures& mixing)
{
    int max = 0;
    for (int i = 0; i < mixing.matrix.size(); ++i) {
        for (int j = 0; j < mixing.matrix.at(i).size(); ++j) {
            if (i != j) {
                max = std::max(max, mixing.matrix.at(i).at(j));
            }
        }
    }
    return max;
}

int valueAt(const MixingFigures& mixing, int row, int column)
{
    if (row < 0 || row >= mixing.matrix.size() || column < 0 ||
        column >= mixing.matrix.at(row).size()) {
        return 0;
    }
    return mixing.matrix.at(row).at(column);
}

} // namespace

MixingHeatMap::MixingHeatMap(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MixingHeatMap::setFigures(const MixingFigures& mixing)
{
    m_mixing = mixing;
    updateGeometry();
    update();
}

QPoint MixingHeatMap::cellAt(const QPoint& position) const
{
    const Geometry g = geometryOf(QRectF(rect()), m_mixing, font());
    if (g.cell <= 0 || !g.grid.contains(position)) {
        return {-1, -1};
    }
    const auto n = int(m_mixing.directionNames.size());
    const int column = std::clamp(int((position.x() - g.grid.left()) / g.cell), 0, n - 1);
    const int row = std::clamp(int((position.y() - g.grid.top()) / g.cell), 0, n - 1);
    return {row, column};
}

QPoint MixingHeatMap::cellCentre(int row, int column) const
{
    const Geometry g = geometryOf(QRectF(rect()), m_mixing, font());
    return QPointF(g.grid.left() + (column + 0.5) * g.cell, g.grid.top() + (row + 0.5) * g.cell)
        .toPoint();
}

QString MixingHeatMap::cellText(const MixingFigures& mixing, int row, int column)
{
    const int sessions = valueAt(mixing, row, column);
    const QString a = mixing.directionNames.value(row);
    if (row == column) {
        return tr("%1 was present at %n sessions", nullptr, sessions).arg(a);
    }
    return tr("%1 and %2 met at %n sessions", nullptr, sessions)
        .arg(a, mixing.directionNames.value(column));
}

void MixingHeatMap::paint(QPainter& painter, const QRectF& area, const MixingFigures& mixing,
                          const QFont& font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, Qt::white);
    painter.setFont(font);
    const Geometry g = geometryOf(area, mixing, font);
    const auto n = int(mixing.directionNames.size());
    const QFontMetricsF metrics(font);
    const int max = std::max(1, maxOffDiagonal(mixing));
    const QColor dark(0x1f, 0x4e, 0x79);
    for (int i = 0; i < n; ++i) {
        const QRectF label(g.grid.left() - g.labelWidth, g.grid.top() + i * g.cell,
                           g.labelWidth - 4, g.cell);
        painter.setPen(Qt::black);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(rowLabel(mixing, i), Qt::ElideMiddle, label.width()));
        const QRectF header(g.grid.left() + i * g.cell, area.top(), g.cell,
                            g.grid.top() - area.top());
        painter.drawText(header, Qt::AlignCenter, QString::number(i + 1));
        for (int j = 0; j < n; ++j) {
            const QRectF cell(g.grid.left() + j * g.cell, g.grid.top() + i * g.cell, g.cell,
                              g.cell);
            const int value = valueAt(mixing, i, j);
            QColor fill;
            if (i == j) {
                fill = QColor(0xe6, 0xe6, 0xe6);
            } else {
                const double t = double(value) / max;
                fill = QColor::fromRgbF(float(1.0 + t * (dark.redF() - 1.0)),
                                        float(1.0 + t * (dark.greenF() - 1.0)),
                                        float(1.0 + t * (dark.blueF() - 1.0)));
            }
            painter.fillRect(cell, fill);
            painter.setPen(QColor(0xc8, 0xc8, 0xc8));
            painter.drawRect(cell);
            if (value > 0 && g.cell >= metrics.height()) {
                painter.setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
                painter.drawText(cell, Qt::AlignCenter, QString::number(value));
            }
        }
    }
    painter.restore();
}

QSize MixingHeatMap::sizeHint() const
{
    const auto n = int(m_mixing.directionNames.size());
    const int cell = fontMetrics().height() * 2;
    return {fontMetrics().horizontalAdvance(QString(30, QLatin1Char('x'))) + n * cell,
            fontMetrics().height() * 2 + n * cell};
}

QSize MixingHeatMap::minimumSizeHint() const
{
    return {200, 150};
}

void MixingHeatMap::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    paint(painter, QRectF(rect()), m_mixing, font());
}

bool MixingHeatMap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0) {
            QToolTip::showText(help->globalPos(), cellText(m_mixing, cell.x(), cell.y()), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace truc2::ui
