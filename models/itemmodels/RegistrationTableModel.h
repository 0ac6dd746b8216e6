#pragma once

#include "storage/RegistrationStore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace truc2 {

class School;

/// The registrants of one session: those holding a seat (registered and walk-ins) by name,
/// then the waiting list in its order, then the cancelled registrations by name. After each
/// change of the session's registrations (here or on another workstation) the list is read
/// again and the rows are changed exactly: removed, moved, inserted or changed one by one, so
/// that a view keeps its selection and a promoted agent is seen moving up.
class RegistrationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Matricule,
        Service, ///< "Direction / Service"
        Status,
        WaitingPosition,
        RegisteredAt,
        Email,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< Raw value for sorting: folded name, place, date.
        RegistrationIdRole,
        PersonIdRole,
        StatusRole, ///< RegistrationStatus as an int.
    };

    explicit RegistrationTableModel(School& school, QObject* parent = nullptr);

    /// Shows the registrants of a session (0: none); resets the model.
    void setSession(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }
    /// Reads the session's registrations again and changes the rows that differ.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Registrant& registrant(int row) const { return m_rows.at(row).registrant; }
    /// The row of a registration, or of a person's registration; -1 when there is none.
    int rowOfRegistration(qint64 registrationId) const;
    int rowOfPerson(qint64 personId) const;

    /// The addresses of the agents holding a seat (not those waiting), in the table's order,
    /// as a mail client takes them: "a@x.fr; b@y.fr". The names of those without an address go
    /// to *withoutEmail.
    QString seatedEmails(QStringList* withoutEmail = nullptr) const;

    /// "Registered", "Waiting list", "Cancelled", "Walk-in".
    static QString statusText(RegistrationStatus status);

private:
    struct Row
    {
        Registrant registrant;
        int group = 0; ///< 0 seated, 1 waiting, 2 cancelled: the order of the table.
        QString nameKey;
        bool operator==(const Row&) const = default;
    };
    static Row makeRow(Registrant registrant);
    static bool before(const Row& a, const Row& b);
    void apply(QList<Row> fresh);
    void onRegistrationsChanged(qint64 sessionId);
    void onAgentChanged(qint64 personId);

    School& m_school;
    qint64 m_sessionId = 0;
    QList<Row> m_rows;
};

/// The registrants as a view shows them: cancelled registrations hidden unless asked for;
/// unsorted, the model's own order (seats, waiting list, cancelled).
class RegistrationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RegistrationFilterModel(QObject* parent = nullptr);

    void setShowCancelled(bool show);
    bool showCancelled() const { return m_showCancelled; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_showCancelled = false;
};

} // namespace truc2
