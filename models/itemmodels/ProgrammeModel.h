#pragma once

#include "domain/Programme.h"
#include "itemmodels/KeyedTableModel.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace truc2 {

class School;

/// A session of the programme with its folded texts and its conflicts.
struct ProgrammeRow
{
    ProgrammeEntry entry;
    QString searchKey; ///< Folded code, title, format, room and animators.
    QString roomKey;
};

/// The sessions of a period (a month or week shown by the calendar, or the list's period),
/// in order of start. Rows follow the stores' signals one by one: a session created, changed,
/// moved into or out of the period, removed, or whose registrations changed. The calendar
/// views and the list read it through the roles below.
class ProgrammeModel : public KeyedTableModel<ProgrammeRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Time,
        Code,
        Format,
        Title,
        Room,
        Animators,
        Filled,
        Status,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Raw value for sorting.
        SessionIdRole,
        StartRole,  ///< QDateTime
        EndRole,    ///< QDateTime
        ColourRole, ///< QColor of the format
        TitleRole,  ///< The action's title
        RoomRole,
        FilledRole,   ///< "8/12", or "8" when not limited
        StatusRole,   ///< int(SessionStatus)
        ConflictRole, ///< The conflicts described, one per line; empty when none.
        FormatIdRole,
    };

    explicit ProgrammeModel(School& school, QObject* parent = nullptr);

    /// Shows the sessions between two dates (both included): reads them again.
    void setPeriod(const QDate& from, const QDate& to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ProgrammeEntry& programmeEntry(int row) const { return entry(row).entry; }
    QList<SessionConflict> conflicts(qint64 sessionId) const
    {
        return m_conflicts.value(sessionId);
    }

    /// "8/12 (+3)": registered against capacity and the waiting list.
    static QString filledLabel(const ProgrammeEntry& entry);
    static QString statusLabel(SessionStatus status);

protected:
    Result<QList<ProgrammeRow>> readAll() const override;
    Result<ProgrammeRow> read(qint64 id) const override;
    qint64 idOf(const ProgrammeRow& row) const override { return row.entry.id(); }
    int placeFor(const ProgrammeRow& row) const override;

private:
    static ProgrammeRow makeRow(ProgrammeEntry entry);
    bool inPeriod(const ProgrammeEntry& entry) const;
    void sessionChanged(qint64 id);
    void sessionRemoved(qint64 id);
    void refreshConflicts();

    School& m_school;
    QDate m_from;
    QDate m_to;
    QHash<qint64, QList<SessionConflict>> m_conflicts;
};

/// The programme filtered by format, status, animator and room, and searched (every word typed
/// must appear in the code, title, format, room or animators' names; accents and case ignored).
class ProgrammeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProgrammeFilterModel(QObject* parent = nullptr);

    /// 0 for every format.
    void setFormatId(qint64 formatId);
    /// Empty for every status.
    void setStatus(std::optional<SessionStatus> status);
    /// 0 for every animator.
    void setAnimatorId(qint64 personId);
    /// Empty for every room.
    void setRoom(const QString& room);
    void setSearchText(const QString& text);

    qint64 formatId() const { return m_formatId; }
    qint64 animatorId() const { return m_animatorId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const ProgrammeModel* programme() const;

    qint64 m_formatId = 0;
    std::optional<SessionStatus> m_status;
    qint64 m_animatorId = 0;
    QString m_roomKey;
    QStringList m_words;
};

} // namespace truc2
