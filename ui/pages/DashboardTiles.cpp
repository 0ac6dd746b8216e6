#include "pages/DashboardTiles.h"

#include "charts/DashboardCharts.h"
#include "itemmodels/SurveySessionTableModel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace truc2::ui {
namespace {

constexpr int kColumns = 4;

QString count(int value)
{
    return QLocale().toString(value);
}

/// A signed number: "+3", "−2" (a true minus sign), "0".
QString signedNumber(double value, int decimals)
{
    const QString digits = QLocale().toString(std::abs(value), 'f', decimals);
    if (value > 0) {
        return QLatin1Char('+') + digits;
    }
    if (value < 0) {
        return QChar(0x2212) + digits;
    }
    return digits;
}

} // namespace

QStringList DashboardTiles::headlineKeys()
{
    return {QStringLiteral("sessions"),      QStringLiteral("participants"),
            QStringLiteral("agentsReached"), QStringLiteral("reachRate"),
            QStringLiteral("animators"),     QStringLiteral("responseRate"),
            QStringLiteral("satisfaction"),  QStringLiteral("usefulSkills")};
}

QStringList DashboardTiles::animatorKeys()
{
    return {QStringLiteral("newAnimators"), QStringLiteral("sessionsPerAnimator")};
}

DashboardTiles::DashboardTiles(QWidget* parent)
    : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    const QStringList names{tr("Sessions"),       tr("Participants"),
                            tr("Agents reached"), tr("Share of the headcount reached"),
                            tr("Animators"),      tr("Survey response rate"),
                            tr("Satisfaction"),   tr("Useful skills")};
    const QStringList keys = headlineKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        addTile(keys.at(i), names.at(i), true);
    }
    const QStringList animatorNames{tr("New animators"), tr("Sessions per animator")};
    for (qsizetype i = 0; i < animatorKeys().size(); ++i) {
        addTile(animatorKeys().at(i), animatorNames.at(i), false);
    }
}

DashboardTiles::Tile DashboardTiles::addTile(const QString& key, const QString& name,
                                             bool comparing)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(key + QStringLiteral("Tile"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    auto* title = new QLabel(name, frame);
    title->setWordWrap(true);
    Tile tile;
    tile.current = new QLabel(frame);
    tile.current->setObjectName(key + QStringLiteral("CurrentLabel"));
    QFont big = tile.current->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    tile.current->setFont(big);
    layout->addWidget(title);
    layout->addWidget(tile.current);
    if (comparing) {
        tile.previous = new QLabel(frame);
        tile.previous->setObjectName(key + QStringLiteral("PreviousLabel"));
        tile.change = new QLabel(frame);
        tile.change->setObjectName(key + QStringLiteral("ChangeLabel"));
        auto* row = new QHBoxLayout;
        row->addWidget(tile.previous);
        row->addStretch(1);
        row->addWidget(tile.change);
        layout->addLayout(row);
    }
    m_grid->addWidget(frame, m_count / kColumns, m_count % kColumns);
    ++m_count;
    m_tiles.insert(key, tile);
    return tile;
}

void DashboardTiles::setFigures(const DashboardFigures& figures)
{
    const TotalFigures& now = figures.current.totals;
    const TotalFigures& before = figures.previous.totals;
    const QString previousYear = DashboardCharts::yearLabel(figures.previous.period);
    auto setCount = [&](const QString& key, int current, int previous) {
        const Tile& tile = m_tiles[key];
        tile.current->setText(count(current));
        tile.previous->setText(tr("a year before: %1").arg(count(previous)));
        tile.change->setText(countChange(current, previous));
        tile.previous->setToolTip(previousYear);
    };
    auto setRate = [&](const QString& key, const Rate& current, const Rate& previous) {
        const Tile& tile = m_tiles[key];
        tile.current->setText(DashboardCharts::rateText(current));
        tile.previous->setText(tr("a year before: %1").arg(DashboardCharts::rateText(previous)));
        tile.change->setText(shareChange(current.value(), previous.value()));
        tile.previous->setToolTip(previousYear);
    };
    setCount(QStringLiteral("sessions"), now.sessions, before.sessions);
    setCount(QStringLiteral("participants"), now.participants, before.participants);
    setCount(QStringLiteral("agentsReached"), now.agentsReached, before.agentsReached);
    setRate(QStringLiteral("reachRate"), now.reachRate, before.reachRate);
    setCount(QStringLiteral("animators"), now.animators, before.animators);
    setRate(QStringLiteral("responseRate"), now.responseRate, before.responseRate);
    setRate(QStringLiteral("usefulSkills"), now.usefulSkillsRate, before.usefulSkillsRate);
    const auto satisfactionText = [](const TotalFigures& t) {
        if (t.satisfactionAnswers == 0) {
            return tr("–", "nothing to divide by");
        }
        return t.satisfaction ? SurveySessionTableModel::percentLabel(*t.satisfaction)
                              : tr("n < %1").arg(kMinimumAnswers);
    };
    const Tile& satisfaction = m_tiles[QStringLiteral("satisfaction")];
    satisfaction.current->setText(satisfactionText(now));
    satisfaction.previous->setText(tr("a year before: %1").arg(satisfactionText(before)));
    satisfaction.change->setText(shareChange(now.satisfaction, before.satisfaction));

    const AnimatorSummary& animators = figures.animators;
    m_tiles[QStringLiteral("newAnimators")].current->setText(count(animators.newAnimators));
    m_tiles[QStringLiteral("sessionsPerAnimator")].current->setText(
        animators.sessionsPerAnimator ? QLocale().toString(*animators.sessionsPerAnimator, 'f', 1)
                                      : tr("–", "nothing to divide by"));
}

QString DashboardTiles::value(const QString& key) const
{
    return m_tiles.contains(key) ? m_tiles.value(key).current->text() : QString();
}

QString DashboardTiles::countChange(int current, int previous)
{
    if (current == previous) {
        return tr("=", "no change");
    }
    const QString difference = signedNumber(current - previous, 0);
    if (previous == 0) {
        return difference;
    }
    const double percent = 100.0 * (current - previous) / previous;
    return tr("%1 (%2%)", "a change and its percentage")
        .arg(difference, signedNumber(std::round(percent * 10.0) / 10.0,
                                      percent == std::round(percent) ? 0 : 1));
}

QString DashboardTiles::shareChange(const std::optional<double>& current,
                                    const std::optional<double>& previous)
{
    if (!current || !previous) {
        return tr("–", "nothing to compare with");
    }
    const double points = std::round((*current - *previous) * 1000.0) / 10.0;
    return tr("%1 pts", "percentage points")
        .arg(signedNumber(points, points == std::round(points) ? 0 : 1));
}

} // namespace truc2::ui
