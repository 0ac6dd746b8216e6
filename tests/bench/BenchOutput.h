#pragma once

#include <QString>
#include <QTextStream>

namespace truc2::bench {

/// The benchmarks' standard output.
QTextStream& out();

/// One line of results: what was measured, dotted to `width` columns, then the milliseconds.
void report(const QString& what, double milliseconds, int width = 52);

/// Milliseconds of processor time used so far by this process, or by its finished children
/// (sqlite3): on a machine shared with other work, the wall clock alone says little.
double cpuMilliseconds(bool children = false);

/// Memory pages this process (or its finished children) touched for the first time so far
/// (minor page faults): on a virtual machine that hands memory back to its host, each costs
/// the kernel a page to clear, and a program's memory churn shows in its time.
qint64 newPages(bool children = false);

} // namespace truc2::bench
