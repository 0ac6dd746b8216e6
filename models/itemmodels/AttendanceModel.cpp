#include "itemmodels/AttendanceModel.h"

#include "core/TextKey.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace truc2 {
namespace {

// Colours readable on a light window and printable in grey: green present, red absent, amber
// excused (not entered stays plain).
const QColor kPresentBack(0xdc, 0xf1, 0xdc);
const QColor kPresentText(0x1e, 0x5e, 0x20);
const QColor kAbsentBack(0xf8, 0xdd, 0xdb);
const QColor kAbsentText(0x9b, 0x1c, 0x1c);
const QColor kExcusedBack(0xfb, 0xef, 0xcc);
const QColor kExcusedText(0x7a, 0x52, 0x00);
const QColor kUnknownText(0x80, 0x80, 0x80);

QString shortDate(const QDate& day)
{
    return day.toString(QStringLiteral("dd/MM"));
}

} // namespace

AttendanceModel::AttendanceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString AttendanceModel::attendanceText(Attendance value)
{
    switch (value) {
    case Attendance::Present:
        return QStringLiteral("\u2713 ") + tr("Present");
    case Attendance::Absent:
        return tr("Absent");
    case Attendance::Excused:
        return tr("Excused");
    case Attendance::Unknown:
        break;
    }
    return QStringLiteral("\u2013");
}

Attendance AttendanceModel::cycled(Attendance value)
{
    switch (value) {
    case Attendance::Present:
        return Attendance::Absent;
    case Attendance::Absent:
        return Attendance::Excused;
    default:
        return Attendance::Present;
    }
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_sheet.halfDays.size());
}

void AttendanceModel::setSheet(const AttendanceSheet& sheet)
{
    beginResetModel();
    m_sheet = sheet;
    m_lines = sheet.lines;
    m_read.clear();
    for (const AttendanceLine& line : m_lines) {
        m_read.insert(line.registrationId, line.halfDays);
    }
    endResetModel();
    updateDirty();
    Q_EMIT edited();
}

void AttendanceModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly) {
        return;
    }
    m_readOnly = readOnly;
    if (!m_lines.isEmpty() && columnCount() > FirstHalfDay) {
        Q_EMIT dataChanged(index(0, FirstHalfDay), index(rowCount() - 1, columnCount() - 1));
    }
}

Attendance AttendanceModel::attendance(int row, int halfDay) const
{
    if (row < 0 || row >= m_lines.size() || halfDay < 0 || halfDay >= m_sheet.halfDays.size()) {
        return Attendance::Unknown;
    }
    return m_lines.at(row).halfDays.at(halfDay);
}

bool AttendanceModel::setAttendance(int row, int halfDay, Attendance value)
{
    if (m_readOnly || row < 0 || row >= m_lines.size() || halfDay < 0 ||
        halfDay >= m_sheet.halfDays.size()) {
        return false;
    }
    Attendance& cell = m_lines[row].halfDays[halfDay];
    if (cell != value) {
        cell = value;
        m_lines[row].summary = attendanceSummary(m_lines.at(row).halfDays);
        const QModelIndex changed = index(row, columnOf(halfDay));
        // The name's tooltip tells the summary.
        Q_EMIT dataChanged(index(row, Name), index(row, Name));
        Q_EMIT dataChanged(changed, changed);
        updateDirty();
        Q_EMIT edited();
    }
    return true;
}

void AttendanceModel::setAllPresent()
{
    if (m_readOnly || m_lines.isEmpty() || m_sheet.halfDays.isEmpty()) {
        return;
    }
    bool changed = false;
    for (AttendanceLine& line : m_lines) {
        for (Attendance& value : line.halfDays) {
            changed = changed || value != Attendance::Present;
            value = Attendance::Present;
        }
        line.summary = Attendance::Present;
    }
    if (changed) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        updateDirty();
        Q_EMIT edited();
    }
}

QSet<qint64> AttendanceModel::personIds() const
{
    QSet<qint64> ids;
    ids.reserve(m_lines.size());
    for (const AttendanceLine& line : m_lines) {
        ids.insert(line.personId);
    }
    return ids;
}

int AttendanceModel::addWalkIn(const AgentRow& agent)
{
    if (m_readOnly || agent.agent.id <= 0 || personIds().contains(agent.agent.id)) {
        return -1;
    }
    AttendanceLine line;
    line.personId = agent.agent.id;
    line.lastName = agent.agent.lastName;
    line.firstName = agent.agent.firstName;
    line.directionName = agent.directionName;
    line.serviceName = agent.serviceName;
    line.external = agent.agent.external;
    line.organisation = agent.agent.organisation;
    line.status = RegistrationStatus::WalkIn;
    line.halfDays = QList<Attendance>(m_sheet.halfDays.size(), Attendance::Present);
    line.summary = attendanceSummary(line.halfDays);
    const int row = int(std::upper_bound(m_lines.cbegin(), m_lines.cend(), line, comesBefore) -
                        m_lines.cbegin());
    beginInsertRows({}, row, row);
    m_lines.insert(row, line);
    endInsertRows();
    updateDirty();
    Q_EMIT edited();
    return row;
}

bool AttendanceModel::removeWalkIn(int row)
{
    if (m_readOnly || row < 0 || row >= m_lines.size() || m_lines.at(row).registrationId != 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    updateDirty();
    Q_EMIT edited();
    return true;
}

AttendanceChange AttendanceModel::change() const
{
    AttendanceChange change;
    change.sessionId = m_sheet.session.id;
    change.halfDays = m_sheet.halfDays;
    change.sessionRowVersion = m_sheet.session.rowVersion;
    for (const AttendanceLine& line : m_lines) {
        if (line.registrationId == 0) {
            change.walkIns.append({line.personId, line.halfDays});
        } else if (m_read.value(line.registrationId) != line.halfDays) {
            change.marks.append({line.registrationId, line.rowVersion, line.halfDays});
        }
    }
    return change;
}

void AttendanceModel::updateDirty()
{
    const bool dirty = std::any_of(m_lines.cbegin(), m_lines.cend(), [this](const auto& line) {
        return line.registrationId == 0 || m_read.value(line.registrationId) != line.halfDays;
    });
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

AttendanceModel::Counts AttendanceModel::counts() const
{
    Counts c;
    for (const AttendanceLine& line : m_lines) {
        const Attendance summary = attendanceSummary(line.halfDays);
        if (line.status == RegistrationStatus::WalkIn) {
            c.walkIns += summary == Attendance::Present ? 1 : 0;
            continue;
        }
        ++c.registered;
        switch (summary) {
        case Attendance::Present:
            ++c.present;
            break;
        case Attendance::Absent:
            ++c.absent;
            break;
        case Attendance::Excused:
            ++c.excused;
            break;
        case Attendance::Unknown:
            ++c.unknown;
            break;
        }
    }
    return c;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly && index.column() >= FirstHalfDay) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant AttendanceModel::halfDayData(const AttendanceLine& line, int halfDay, int role) const
{
    const Attendance value = line.halfDays.at(halfDay);
    switch (role) {
    case Qt::DisplayRole:
        return attendanceText(value);
    case Qt::EditRole:
    case AttendanceRole:
    case SortRole:
        return int(value);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    case Qt::BackgroundRole:
        switch (value) {
        case Attendance::Present:
            return QBrush(kPresentBack);
        case Attendance::Absent:
            return QBrush(kAbsentBack);
        case Attendance::Excused:
            return QBrush(kExcusedBack);
        case Attendance::Unknown:
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        switch (value) {
        case Attendance::Present:
            return QBrush(kPresentText);
        case Attendance::Absent:
            return QBrush(kAbsentText);
        case Attendance::Excused:
            return QBrush(kExcusedText);
        case Attendance::Unknown:
            return QBrush(kUnknownText);
        }
        return {};
    case Qt::FontRole:
        // Values not saved yet stand out.
        if (line.registrationId == 0 || m_read.value(line.registrationId).value(halfDay) != value) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        const HalfDay& h = m_sheet.halfDays.at(halfDay);
        const QString when = QLocale().toString(h.day, QStringLiteral("dddd dd/MM/yyyy"));
        //: Who, when, what: "DUPONT Élodie, lundi 12/03/2026 morning: Absent"
        return tr("%1, %2 %3: %4")
            .arg(line.displayName(), when,
                 h.half == HalfDay::Morning ? tr("morning") : tr("afternoon"),
                 value == Attendance::Unknown ? tr("not entered") : attendanceText(value));
    }
    default:
        return {};
    }
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AttendanceLine& line = m_lines.at(index.row());
    switch (role) {
    case RegistrationIdRole:
        return line.registrationId;
    case PersonIdRole:
        return line.personId;
    case WalkInRole:
        return line.status == RegistrationStatus::WalkIn;
    default:
        break;
    }
    if (const int halfDay = halfDayOf(index.column()); halfDay >= 0) {
        return halfDayData(line, halfDay, role);
    }
    const bool name = index.column() == Name;
    switch (role) {
    case Qt::DisplayRole:
        if (!name) {
            return line.affiliation();
        }
        return line.status == RegistrationStatus::WalkIn
                   ? tr("%1 (walk-in)", "came without registering").arg(line.displayName())
                   : line.displayName();
    case SortRole:
        return name ? foldedText(line.lastName + QLatin1Char(' ') + line.firstName)
                    : foldedText(line.affiliation());
    case Qt::ToolTipRole:
        if (!name) {
            return line.affiliation(); // whole, where the column cuts it
        }
        return line.status == RegistrationStatus::WalkIn
                   ? tr("Came without registering; summary: %1")
                         .arg(attendanceText(attendanceSummary(line.halfDays)))
                   : tr("Summary: %1").arg(attendanceText(attendanceSummary(line.halfDays)));
    case Qt::FontRole:
        if (line.status == RegistrationStatus::WalkIn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole && role != AttendanceRole) {
        return false;
    }
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        halfDayOf(index.column()) < 0) {
        return false;
    }
    Attendance attendance = Attendance::Unknown;
    if (value.typeId() == QMetaType::QString) {
        attendance = attendanceFromCode(value.toString());
    } else {
        bool ok = false;
        const int code = value.toInt(&ok);
        if (!ok || code < int(Attendance::Unknown) || code > int(Attendance::Excused)) {
            return false;
        }
        attendance = Attendance(code);
    }
    return setAttendance(index.row(), halfDayOf(index.column()), attendance);
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // N°, as on the sheet.
        return role == Qt::DisplayRole
                   ? QVariant(section + 1)
                   : QAbstractTableModel::headerData(section, orientation, role);
    }
    const int halfDay = halfDayOf(section);
    if (halfDay >= 0 && halfDay < m_sheet.halfDays.size()) {
        const HalfDay& h = m_sheet.halfDays.at(halfDay);
        if (role == Qt::DisplayRole) {
            return h.half == HalfDay::Morning ? tr("Morning %1").arg(shortDate(h.day))
                                              : tr("Afternoon %1").arg(shortDate(h.day));
        }
        if (role == Qt::ToolTipRole) {
            return QLocale().toString(h.day, QStringLiteral("dddd d MMMM yyyy"));
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Affiliation:
        return tr("Direction / Service");
    default:
        return {};
    }
}

} // namespace truc2
