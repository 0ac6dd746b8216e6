#pragma once

#include "stats/DashboardFigures.h"

#include <QCoreApplication>
#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace truc2::ui {

/// Tiles of figures at the top of the Dashboard page: the headline figures of the period
/// beside those of the same dates a year earlier, with the change; then the animators' (their
/// number is a headline tile).
/// Each tile's labels are named after its key: sessionsCurrentLabel, sessionsPreviousLabel,
/// sessionsChangeLabel… (keys below).
class DashboardTiles : public QWidget
{
    Q_OBJECT

public:
    /// The headline tiles' keys, in their order.
    static QStringList headlineKeys();
    /// The animators' tiles: newAnimators, sessionsPerAnimator (their current label alone).
    static QStringList animatorKeys();

    explicit DashboardTiles(QWidget* parent = nullptr);

    void setFigures(const DashboardFigures& figures);
    /// The value shown on a tile (its current label).
    QString value(const QString& key) const;

    /// "+3 (+12,5 %)", "−2 (−40 %)", "=" : the change of a count.
    static QString countChange(int current, int previous);
    /// "+4,2 pts": the change of a share; "–" when either side has no figure.
    static QString shareChange(const std::optional<double>& current,
                               const std::optional<double>& previous);

private:
    struct Tile
    {
        QLabel* current = nullptr;
        QLabel* previous = nullptr;
        QLabel* change = nullptr;
    };
    Tile addTile(const QString& key, const QString& name, bool comparing);

    QMap<QString, Tile> m_tiles;
    QGridLayout* m_grid = nullptr;
    int m_count = 0;
};

} // namespace truc2::ui
