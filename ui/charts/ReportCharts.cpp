#include "charts/ReportCharts.h"

#include "charts/DashboardCharts.h"
#include "charts/MixingHeatMap.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace truc2::ui {
namespace {

/// The width the charts are laid out at before being scaled to the image.
constexpr double kLayoutWidth = 900.0;

void drawNothing(QPainter& painter, const QRectF& area, const QString& text)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    painter.setFont(font);
    painter.setPen(Qt::darkGray);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
}

QImage drawChart(DashboardCharts::Chart which, const DashboardFigures& figures, QSize pixels)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double scale = pixels.width() / kLayoutWidth;
    painter.scale(scale, scale);
    const QRectF area(0, 0, kLayoutWidth, pixels.height() / scale);
    QChart* chart = DashboardCharts::build(which, figures);
    if (!chart) {
        drawNothing(painter, area, DashboardCharts::emptyText(which, figures));
        return image;
    }
    QGraphicsScene scene; // owns the chart from here
    scene.setBackgroundBrush(Qt::white);
    scene.addItem(chart);
    scene.setSceneRect(area);
    chart->setGeometry(area);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.render(&painter, area, area);
    return image;
}

QImage drawHeatMap(const DashboardFigures& figures, QSize pixels)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double scale = pixels.width() / kLayoutWidth;
    painter.scale(scale, scale);
    const QRectF area(8, 8, kLayoutWidth - 16, pixels.height() / scale - 16);
    if (figures.mixing.directionNames.isEmpty()) {
        drawNothing(painter, area, DashboardCharts::tr("No session in this period"));
        return image;
    }
    MixingHeatMap::paint(painter, area, figures.mixing, QApplication::font());
    return image;
}

} // namespace

ReportCharts reportCharts(const DashboardFigures& figures, QSize pixels)
{
    using C = DashboardCharts::Chart;
    ReportCharts charts;
    for (const C which :
         {C::Participation, C::ParticipantsVsSessions, C::Reach, C::ReachByDirection}) {
        charts << ReportChart{DashboardCharts::title(which), drawChart(which, figures, pixels)};
    }
    charts << ReportChart{DashboardCharts::heatMapTitle(), drawHeatMap(figures, pixels)};
    for (const C which : {C::Satisfaction, C::YearOnYear}) {
        charts << ReportChart{DashboardCharts::title(which), drawChart(which, figures, pixels)};
    }
    return charts;
}

} // namespace truc2::ui
