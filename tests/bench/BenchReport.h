#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace danhoi::bench {

// One figure: its samples, their unit, and (where the raw engine does the same work) the ratio to it.
struct Figure {
    QString name;
    QList<double> samples;
    QString unit;
    std::optional<double> ratio; // ours / raw engine, by median
    QString note;
};

double percentile(QList<double> values, double p);
double median(const QList<double>& values);
void printHeader();
// One line: name, median, 95th percentile, unit, ratio (or "-"), note.
void print(const Figure& figure);

} // namespace danhoi::bench
