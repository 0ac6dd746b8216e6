#include "itemmodels/RegistrationTableModel.h"

#include "School.h"
#include "core/TextKey.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace truc2 {

RegistrationTableModel::RegistrationTableModel(School& school, QObject* parent)
    : QAbstractTableModel(parent)
    , m_school(school)
{
    connect(&school.registrations(), &RegistrationStore::registrationsChanged, this,
            &RegistrationTableModel::onRegistrationsChanged);
    connect(&school.sessions(), &SessionStore::registrationsChanged, this,
            &RegistrationTableModel::onRegistrationsChanged);
    connect(&school.sessions(), &SessionStore::sessionRemoved, this,
            &RegistrationTableModel::onRegistrationsChanged);
    connect(&school.agents(), &AgentStore::agentUpdated, this,
            &RegistrationTableModel::onAgentChanged);
    connect(&school.agents(), &AgentStore::reset, this, &RegistrationTableModel::refresh);
    connect(&school.organisation(), &OrganisationStore::changed, this,
            &RegistrationTableModel::refresh);
}

void RegistrationTableModel::setSession(qint64 sessionId)
{
    beginResetModel();
    m_sessionId = sessionId;
    m_rows.clear();
    if (sessionId > 0) {
        Result<QList<Registrant>> all = m_school.registrations().registrants(sessionId);
        if (all) {
            for (Registrant& r : *all) {
                m_rows.append(makeRow(std::move(r)));
            }
            std::stable_sort(m_rows.begin(), m_rows.end(), &RegistrationTableModel::before);
        }
    }
    endResetModel();
}

void RegistrationTableModel::refresh()
{
    if (m_sessionId <= 0) {
        return;
    }
    Result<QList<Registrant>> all = m_school.registrations().registrants(m_sessionId);
    if (!all) {
        return; // the session went away, or the database is busy: keep what is shown
    }
    QList<Row> fresh;
    fresh.reserve(all->size());
    for (Registrant& r : *all) {
        fresh.append(makeRow(std::move(r)));
    }
    std::stable_sort(fresh.begin(), fresh.end(), &RegistrationTableModel::before);
    apply(std::move(fresh));
}

void RegistrationTableModel::onRegistrationsChanged(qint64 sessionId)
{
    if (sessionId == m_sessionId) {
        refresh();
    }
}

void RegistrationTableModel::onAgentChanged(qint64 personId)
{
    if (rowOfPerson(personId) >= 0) {
        refresh();
    }
}

RegistrationTableModel::Row RegistrationTableModel::makeRow(Registrant registrant)
{
    Row row;
    switch (registrant.registration.status) {
    case RegistrationStatus::Registered:
    case RegistrationStatus::WalkIn:
        row.group = 0;
        break;
    case RegistrationStatus::Waitlisted:
        row.group = 1;
        break;
    case RegistrationStatus::Cancelled:
        row.group = 2;
        break;
    }
    row.nameKey =
        foldedText(registrant.lastName) + QLatin1Char(' ') + foldedText(registrant.firstName);
    row.registrant = std::move(registrant);
    return row;
}

bool RegistrationTableModel::before(const Row& a, const Row& b)
{
    if (a.group != b.group) {
        return a.group < b.group;
    }
    if (a.group == 1) {
        const int pa = a.registrant.registration.waitingPosition;
        const int pb = b.registrant.registration.waitingPosition;
        if (pa != pb) {
            return pa < pb;
        }
    } else if (a.nameKey != b.nameKey) {
        return a.nameKey < b.nameKey;
    }
    return a.registrant.registration.id < b.registrant.registration.id;
}

void RegistrationTableModel::apply(QList<Row> fresh)
{
    QSet<qint64> kept;
    for (const Row& r : std::as_const(fresh)) {
        kept.insert(r.registrant.registration.id);
    }
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!kept.contains(m_rows.at(i).registrant.registration.id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // Rows before i are in place; each next one is moved up, inserted or changed in turn.
    for (int i = 0; i < fresh.size(); ++i) {
        const qint64 id = fresh.at(i).registrant.registration.id;
        int from = -1;
        for (int j = i; j < m_rows.size(); ++j) {
            if (m_rows.at(j).registrant.registration.id == id) {
                from = j;
                break;
            }
        }
        if (from < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(i));
            endInsertRows();
            continue;
        }
        if (from != i) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
        }
        if (!(m_rows.at(i) == fresh.at(i))) {
            m_rows[i] = fresh.at(i);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

int RegistrationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistrationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RegistrationTableModel::rowOfRegistration(qint64 registrationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).registrant.registration.id == registrationId) {
            return i;
        }
    }
    return -1;
}

int RegistrationTableModel::rowOfPerson(qint64 personId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).registrant.registration.personId == personId) {
            return i;
        }
    }
    return -1;
}

QString RegistrationTableModel::seatedEmails(QStringList* withoutEmail) const
{
    QStringList addresses;
    for (const Row& row : m_rows) {
        if (row.group != 0) {
            continue;
        }
        const QString email = row.registrant.email.trimmed();
        if (!email.isEmpty()) {
            addresses << email;
        } else if (withoutEmail) {
            *withoutEmail << row.registrant.displayName();
        }
    }
    return addresses.join(QLatin1String("; "));
}

QString RegistrationTableModel::statusText(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Registered:
        return tr("Registered");
    case RegistrationStatus::Waitlisted:
        return tr("Waiting list");
    case RegistrationStatus::Cancelled:
        return tr("Cancelled");
    case RegistrationStatus::WalkIn:
        return tr("Walk-in");
    }
    return {};
}

QVariant RegistrationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const Registrant& r = row.registrant;
    const Registration& g = r.registration;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.displayName();
        case Matricule:
            return r.matricule;
        case Service:
            if (r.directionName.isEmpty() || r.serviceName.isEmpty()) {
                return QString(r.directionName + r.serviceName);
            }
            return QString(r.directionName + QLatin1String(" / ") + r.serviceName);
        case Status:
            return statusText(g.status);
        case WaitingPosition:
            return g.status == RegistrationStatus::Waitlisted ? QVariant(g.waitingPosition)
                                                              : QVariant();
        case RegisteredAt:
            return g.registeredAt.isValid()
                       ? g.registeredAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                       : QString();
        case Email:
            return r.email;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Name:
            return row.nameKey;
        case Matricule:
            return r.matricule;
        case Service:
            return foldedText(QString(r.directionName + QLatin1Char(' ') + r.serviceName));
        case Status:
            return row.group * 10000 + g.waitingPosition;
        case WaitingPosition:
            return g.status == RegistrationStatus::Waitlisted ? g.waitingPosition : 0;
        case RegisteredAt:
            return g.registeredAt;
        case Email:
            return r.email;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == WaitingPosition ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    case Qt::FontRole:
        if (g.status == RegistrationStatus::Cancelled || !r.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (g.status == RegistrationStatus::Cancelled) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    case RegistrationIdRole:
        return g.id;
    case PersonIdRole:
        return g.personId;
    case StatusRole:
        return int(g.status);
    default:
        return {};
    }
}

QVariant RegistrationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Matricule:
        return tr("Matricule");
    case Service:
        return tr("Direction / Service");
    case Status:
        return tr("Status");
    case WaitingPosition:
        return tr("Place", "on the waiting list");
    case RegisteredAt:
        return tr("Registered on");
    case Email:
        return tr("E-mail");
    default:
        return {};
    }
}

RegistrationFilterModel::RegistrationFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RegistrationTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RegistrationFilterModel::setShowCancelled(bool show)
{
    if (show == m_showCancelled) {
        return;
    }
    m_showCancelled = show;
    invalidateRowsFilter();
}

bool RegistrationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_showCancelled) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(RegistrationTableModel::StatusRole).toInt() !=
           int(RegistrationStatus::Cancelled);
}

} // namespace truc2
