#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace danhoi::bench {

// One finished child process: wall time, peak resident memory (from wait4) and what it printed.
struct ProcessRun {
    int exitCode = -1;
    double ms = 0;
    qint64 maxRssKb = 0;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

// Runs `program` with `args`, the environment plus `env`, and `input` on its standard input.
ProcessRun runProcess(const QString& program, const QStringList& args, const QHash<QString, QString>& env = {},
                      const QByteArray& input = {});

// Stops the benchmark with the command, its exit code and its error output.
void requireOk(const ProcessRun& run, const QString& what);

} // namespace danhoi::bench
