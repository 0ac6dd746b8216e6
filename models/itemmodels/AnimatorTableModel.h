#pragma once

#include "stats/AnimatorFigures.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace truc2 {

class School;

/// An animator's figures with the folded texts that sorting and search use.
struct AnimatorEntry
{
    AnimatorFigures figures;
    QString nameKey;        ///< Folded "last first".
    QString affiliationKey; ///< Folded service (or direction), or organisation.
    QString formatsKey;
    QString searchKey;
};

/// The animators of a period as a table: one row per person with a held or upcoming session
/// in it (AnimatorCalculator says what counts). The figures are aggregates, so any change to
/// sessions, registrations, survey answers, agents, formats or services reads the period again
/// (once per burst of changes); rows then come and go, and change, one by one. Only a new
/// period resets the model.
///
/// Nothing is read until setPeriod() or refresh() is first called (the page does so when it
/// is first shown), so that opening the window never waits for figures nobody looks at.
class AnimatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Affiliation, ///< The service (direction in the tooltip), or the speaker's organisation.
        Sessions,
        Hours,
        Participants,
        AgentsReached,
        Satisfaction,
        Formats,
        FirstSession,
        LastSession,
        Upcoming,
        FacilitationTraining,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Raw values: folded text, counts, minutes, Julian days.
        PersonIdRole,
        ExternalRole,
    };

    /// Starts on the school year (September to August) that contains today, unread.
    explicit AnimatorTableModel(School& school, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows another period (an invalid one: all time); resets the model.
    void setPeriod(const Period& period);
    Period period() const { return m_period; }
    /// From when planned sessions count as upcoming; an invalid time (the default) means the
    /// moment each reading happens. For tests.
    void setNow(const QDateTime& now);

    /// Reads the period again now, rather than after the current burst of changes (the first
    /// time: reads it).
    void refresh();
    /// Whether the figures were read at least once.
    bool isLoaded() const { return m_loaded; }

    const AnimatorEntry& entry(int row) const { return m_rows.at(row); }
    const AnimatorFigures& animator(int row) const { return m_rows.at(row).figures; }
    /// The row of a person, or -1.
    int rowOf(qint64 personId) const { return m_rowOf.value(personId, -1); }
    qint64 personId(const QModelIndex& index) const;
    /// What the animators of the period did together (each session once).
    const AnimatorsOfPeriod& totals() const { return m_totals; }
    /// Why the last reading failed; empty when it did not.
    QString errorMessage() const { return m_error; }

    /// "12,5 h", "3 h", "0,75 h" in the default locale.
    static QString hoursLabel(qint64 minutes);
    /// The agent's service (or direction, when none), or "CNFPT (external speaker)".
    static QString affiliationLabel(const AnimatorFigures& figures);
    /// "87 %" in the default locale, or "n < 5" when fewer than kMinimumAnswers answered.
    static QString satisfactionLabel(const AnimatorFigures& figures);

Q_SIGNALS:
    /// The figures were read again (the rows, the totals or the error may have changed).
    void refreshed();

private:
    static AnimatorEntry makeEntry(AnimatorFigures figures);
    Result<AnimatorsOfPeriod> read() const;
    void scheduleRefresh();
    void reindex();
    QVariant sortValue(const AnimatorEntry& e, int column) const;
    QVariant toolTip(const AnimatorFigures& f, int column) const;

    School& m_school;
    Period m_period;
    QDateTime m_now;
    QList<AnimatorEntry> m_rows;
    QHash<qint64, int> m_rowOf;
    AnimatorsOfPeriod m_totals;
    QString m_error;
    bool m_loaded = false;
    QTimer m_refreshTimer;
};

/// Search and sort over the animators: every word typed must appear in the name, direction,
/// service, organisation or formats (accents and case ignored); agents, external speakers, or
/// both.
class AnimatorFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        All,
        Internal,
        External
    };

    explicit AnimatorFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    void setKind(Kind kind);
    Kind kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const AnimatorTableModel* animators() const;

    QString m_searchText;
    QStringList m_words;
    Kind m_kind = Kind::All;
};

} // namespace truc2
