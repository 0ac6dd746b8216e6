#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace truc2 {

/// One table of the schema (resources/sql), as code that handles whole tables sees it.
struct SchemaTable
{
    QString name;
    QStringList columns; ///< Every column, in the order of the migrations.
    QStringList key;     ///< The primary key: rows are read in this order.
    bool identity;       ///< An auto-numbered id ({{ID}}): a sequence to move on PostgreSQL.
};

/// Every table of the schema, parents before the tables that refer to them: the one list of
/// the schema's tables in code. A migration that adds a table or a column adds it here too
/// (tst_schoolcopier compares this list with the database's own).
const QList<SchemaTable>& schemaTables();

/// The names of schemaTables(), in the same order.
QStringList schemaTableNames();

} // namespace truc2
