#include "itemmodels/ProgrammeModel.h"

#include "School.h"
#include "core/TextKey.h"
#include "storage/RegistrationStore.h"
#include "storage/SessionStore.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace truc2 {

ProgrammeModel::ProgrammeModel(School& school, QObject* parent)
    : KeyedTableModel(parent)
    , m_school(school)
{
    SessionStore& sessions = school.sessions();
    connect(&sessions, &SessionStore::sessionInserted, this, &ProgrammeModel::sessionChanged);
    connect(&sessions, &SessionStore::sessionUpdated, this, &ProgrammeModel::sessionChanged);
    connect(&sessions, &SessionStore::sessionRemoved, this, &ProgrammeModel::sessionRemoved);
    connect(&sessions, &SessionStore::registrationsChanged, this, &ProgrammeModel::sessionChanged);
    connect(&school.registrations(), &RegistrationStore::registrationsChanged, this,
            &ProgrammeModel::sessionChanged);
    // Names, titles and colours are shown from other tables: read the period again.
    connect(&school.agents(), &AgentStore::agentUpdated, this, [this] { reload(); });
    connect(&school.catalogue(), &CatalogueStore::actionUpdated, this, [this] { reload(); });
    connect(&school.catalogue(), &CatalogueStore::formatUpdated, this, [this] { reload(); });
    connect(this, &QAbstractItemModel::modelReset, this, &ProgrammeModel::refreshConflicts);
}

void ProgrammeModel::setPeriod(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    reload();
}

QString ProgrammeModel::filledLabel(const ProgrammeEntry& e)
{
    const int people = e.registered + e.session.anonymousHeadcount;
    QString label = e.session.capacity > 0
                        ? QStringLiteral("%1/%2").arg(people).arg(e.session.capacity)
                        : QString::number(people);
    if (e.waitlisted > 0) {
        label += QStringLiteral(" (+%1)").arg(e.waitlisted);
    }
    return label;
}

QString ProgrammeModel::statusLabel(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Planned:
        return tr("Planned");
    case SessionStatus::Confirmed:
        return tr("Confirmed");
    case SessionStatus::Held:
        return tr("Held");
    case SessionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

ProgrammeRow ProgrammeModel::makeRow(ProgrammeEntry entry)
{
    ProgrammeRow row;
    row.roomKey = foldedText(entry.session.location.simplified());
    row.searchKey = foldedText(QStringList{entry.session.code, entry.actionTitle, entry.formatName,
                                           entry.session.location, entry.animatorNames()}
                                   .join(QLatin1Char(' ')));
    row.entry = std::move(entry);
    return row;
}

bool ProgrammeModel::inPeriod(const ProgrammeEntry& e) const
{
    return m_from.isValid() && m_to.isValid() &&
           e.session.startsAt < m_to.addDays(1).startOfDay() &&
           e.session.endsAt > m_from.startOfDay();
}

Result<QList<ProgrammeRow>> ProgrammeModel::readAll() const
{
    if (!m_from.isValid() || !m_to.isValid()) {
        return QList<ProgrammeRow>();
    }
    return entriesOf(m_school.sessions().programme(m_from, m_to), &ProgrammeModel::makeRow);
}

Result<ProgrammeRow> ProgrammeModel::read(qint64 id) const
{
    Result<ProgrammeRow> row =
        entryOf(m_school.sessions().programmeEntry(id), &ProgrammeModel::makeRow);
    if (row && !inPeriod(row->entry)) {
        return Error{QString()}; // not shown here
    }
    return row;
}

int ProgrammeModel::placeFor(const ProgrammeRow& row) const
{
    // After every session that starts earlier (or at the same time with a lower id), not
    // counting the row itself.
    int place = 0;
    const auto key = std::make_pair(row.entry.session.startsAt, row.entry.id());
    for (const ProgrammeRow& other : entries()) {
        if (other.entry.id() != row.entry.id() &&
            std::make_pair(other.entry.session.startsAt, other.entry.id()) < key) {
            ++place;
        }
    }
    return place;
}

void ProgrammeModel::sessionChanged(qint64 id)
{
    if (rowOf(id) >= 0) {
        const Result<ProgrammeEntry> now = m_school.sessions().programmeEntry(id);
        if (!now || !inPeriod(*now)) {
            rowRemoved(id); // moved out of the period, or gone
        } else {
            rowUpdated(id);
        }
    } else {
        rowInserted(id);
    }
    refreshConflicts();
}

void ProgrammeModel::sessionRemoved(qint64 id)
{
    rowRemoved(id);
    refreshConflicts();
}

void ProgrammeModel::refreshConflicts()
{
    QList<ProgrammeEntry> all;
    all.reserve(rowCount());
    for (const ProgrammeRow& row : entries()) {
        all.append(row.entry);
    }
    m_conflicts = conflictsAmong(all);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {ConflictRole, Qt::ToolTipRole, Qt::ForegroundRole});
    }
}

int ProgrammeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgrammeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProgrammeRow& row = entry(index.row());
    const ProgrammeEntry& e = row.entry;
    const Session& s = e.session;
    switch (role) {
    case SessionIdRole:
        return s.id;
    case StartRole:
        return s.startsAt;
    case EndRole:
        return s.endsAt;
    case ColourRole:
        return e.colour;
    case TitleRole:
        return e.actionTitle;
    case RoomRole:
        return s.location;
    case FilledRole:
        return filledLabel(e);
    case StatusRole:
        return int(s.status);
    case FormatIdRole:
        return e.formatId;
    case ConflictRole: {
        QStringList lines;
        for (const SessionConflict& c : m_conflicts.value(s.id)) {
            lines << c.describe();
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return locale.toString(s.startsAt.date(), QStringLiteral("ddd dd/MM/yyyy"));
        case Time:
            return QString(s.startsAt.time().toString(QStringLiteral("HH:mm")) +
                           QStringLiteral("–") + s.endsAt.time().toString(QStringLiteral("HH:mm")));
        case Code:
            return s.code;
        case Format:
            return e.formatName;
        case Title:
            return e.actionTitle;
        case Room:
            return s.location;
        case Animators:
            return e.animatorNames();
        case Filled:
            return filledLabel(e);
        case Status:
            return statusLabel(s.status);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Date:
        case Time:
            return s.startsAt;
        case Code:
            return s.code;
        case Format:
            return foldedText(e.formatName);
        case Title:
            return foldedText(e.actionTitle);
        case Room:
            return row.roomKey;
        case Animators:
            return foldedText(e.animatorNames());
        case Filled:
            return e.registered + s.anonymousHeadcount;
        case Status:
            return int(s.status);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Format) {
            return e.colour;
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = e.formatName + QStringLiteral(" – ") + e.actionTitle;
        if (s.status == SessionStatus::Cancelled && !s.cancelReason.isEmpty()) {
            tip += QLatin1Char('\n') + tr("Cancelled: %1").arg(s.cancelReason);
        }
        const QString conflicts = data(index, ConflictRole).toString();
        if (!conflicts.isEmpty()) {
            tip += QLatin1Char('\n') + conflicts;
        }
        return tip;
    }
    case Qt::FontRole:
        if (s.status == SessionStatus::Cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (m_conflicts.contains(s.id) && index.column() == Time) {
            return QBrush(QColor(0xb0, 0x3a, 0x2e));
        }
        return {};
    default:
        return {};
    }
}

QVariant ProgrammeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Code:
        return tr("Code");
    case Format:
        return tr("Format");
    case Title:
        return tr("Action");
    case Room:
        return tr("Room");
    case Animators:
        return tr("Animators");
    case Filled:
        return tr("Registered");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

ProgrammeFilterModel::ProgrammeFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProgrammeModel::SortRole);
}

const ProgrammeModel* ProgrammeFilterModel::programme() const
{
    return qobject_cast<const ProgrammeModel*>(sourceModel());
}

void ProgrammeFilterModel::setFormatId(qint64 formatId)
{
    if (m_formatId == formatId) {
        return;
    }
    m_formatId = formatId;
    invalidate();
}

void ProgrammeFilterModel::setStatus(std::optional<SessionStatus> status)
{
    m_status = status;
    invalidate();
}

void ProgrammeFilterModel::setAnimatorId(qint64 personId)
{
    if (m_animatorId == personId) {
        return;
    }
    m_animatorId = personId;
    invalidate();
}

void ProgrammeFilterModel::setRoom(const QString& room)
{
    const QString key = foldedText(room.simplified());
    if (key == m_roomKey) {
        return;
    }
    m_roomKey = key;
    invalidate();
}

void ProgrammeFilterModel::setSearchText(const QString& text)
{
    m_words = foldedText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidate();
}

bool ProgrammeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const ProgrammeModel* model = programme();
    if (model == nullptr) {
        return true;
    }
    const ProgrammeRow& row = model->entries().at(sourceRow);
    const ProgrammeEntry& e = row.entry;
    if (m_formatId != 0 && e.formatId != m_formatId) {
        return false;
    }
    if (m_status && e.session.status != *m_status) {
        return false;
    }
    if (m_animatorId != 0 &&
        std::none_of(e.animators.cbegin(), e.animators.cend(),
                     [this](const ProgrammeAnimator& a) { return a.personId == m_animatorId; })) {
        return false;
    }
    if (!m_roomKey.isEmpty() && row.roomKey != m_roomKey) {
        return false;
    }
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&row](const QString& w) { return row.searchKey.contains(w); });
}

bool ProgrammeFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(ProgrammeModel::SortRole);
    const QVariant b = right.data(ProgrammeModel::SortRole);
    const auto order = QVariant::compare(a, b);
    if (order != QPartialOrdering::Equivalent) {
        return order == QPartialOrdering::Less;
    }
    // Ties in start order.
    return left.data(ProgrammeModel::StartRole).toDateTime() <
           right.data(ProgrammeModel::StartRole).toDateTime();
}

} // namespace truc2
