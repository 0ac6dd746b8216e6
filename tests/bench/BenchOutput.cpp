#include "BenchOutput.h"

#include <sys/resource.h>

namespace truc2::bench {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const QString& what, double milliseconds, int width)
{
    out() << what.leftJustified(width, QLatin1Char('.')) << ' '
          << QString::number(milliseconds, 'f', 1).rightJustified(9) << " ms" << Qt::endl;
}

double cpuMilliseconds(bool children)
{
    rusage usage{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

qint64 newPages(bool children)
{
    rusage usage{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

} // namespace truc2::bench
