#pragma once

// A school with a few sessions for the survey imports' tests, and tables written as lists.

#include "TestSchool.h"
#include "import/TableReader.h"

namespace truc2::test {

/// Three sessions of the workshop format: UT-2021-001 (id session(0)) … UT-2021-003.
struct ImportSchool
{
    TestSchool school;
    QList<qint64> sessions;

    ImportSchool();

    /// Rows of every table the school has, to compare before and after.
    QMap<QString, qint64> rowCounts();
    /// Every text value of every table, to look for what must not be there.
    QStringList allText();
};

/// A table from rows of cells; a cell written as "\x01" is a null (empty unquoted) one. Lines are
/// numbered from 1, one per row.
Table tableOf(const QList<QStringList>& rows, const QString& path = QStringLiteral("test.csv"));

/// A result's error message, or nothing when it succeeded (QVERIFY2 reads its message first).
template <typename T>
QString why(const Result<T>& result)
{
    return result ? QString() : result.errorMessage();
}

} // namespace truc2::test
