#include "BenchReport.h"

#include <algorithm>
#include <cstdio>

namespace danhoi::bench {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

double median(const QList<double>& values)
{
    return percentile(values, 0.5);
}

void printHeader()
{
    std::printf("%-44s %12s %12s  %-8s %7s  %s\n", "figure", "median", "p95", "unit", "ratio", "note");
    std::fflush(stdout);
}

void print(const Figure& figure)
{
    const QString ratio = figure.ratio ? QString::number(*figure.ratio, 'f', 2) : QStringLiteral("-");
    std::printf("%-44s %12.2f %12.2f  %-8s %7s  %s\n", qPrintable(figure.name), median(figure.samples),
                percentile(figure.samples, 0.95), qPrintable(figure.unit), qPrintable(ratio), qPrintable(figure.note));
    std::fflush(stdout);
}

} // namespace danhoi::bench
