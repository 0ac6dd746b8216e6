#pragma once

#include "stats/DashboardFigures.h"

#include <QWidget>

class QPainter;

namespace truc2::ui {

/// Which directions met which (MixingFigures::matrix) as a heat map: a row and a column per
/// direction, each cell as dark as the sessions that brought both together are many. Qt
/// Charts has none, so it is painted here, by paint() for the page and the printed report
/// alike. Hovering a cell tells the two directions and the number of sessions.
class MixingHeatMap : public QWidget
{
    Q_OBJECT

public:
    explicit MixingHeatMap(QWidget* parent = nullptr);

    void setFigures(const MixingFigures& mixing);
    const MixingFigures& figures() const { return m_mixing; }

    /// The cell (row, column) under a point of the widget, or (-1, -1).
    QPoint cellAt(const QPoint& position) const;
    /// The centre of a cell, in the widget's coordinates (for tests and tooltips).
    QPoint cellCentre(int row, int column) const;
    /// "Culture and Sport met Finance at 3 sessions", or a direction's own sessions.
    static QString cellText(const MixingFigures& mixing, int row, int column);

    /// Paints the heat map into `area` with `font`: white background, row labels
    /// "1 · Name" on the left, column numbers on top, a number in every non-empty cell.
    static void paint(QPainter& painter, const QRectF& area, const MixingFigures& mixing,
                      const QFont& font);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    MixingFigures m_mixing;
};

} // namespace truc2::ui
