#include "BenchProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace danhoi::bench {

namespace {

std::vector<QByteArray> environmentWith(const QHash<QString, QString>& extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        environment.insert(it.key(), it.value());
    std::vector<QByteArray> out;
    for (const QString& entry : environment.toStringList())
        out.push_back(entry.toLocal8Bit());
    return out;
}

} // namespace

ProcessRun runProcess(const QString& program, const QStringList& args, const QHash<QString, QString>& env,
                      const QByteArray& input)
{
    ProcessRun run;
    QTemporaryDir dir;
    const QByteArray inPath = QFile::encodeName(dir.filePath(QStringLiteral("in")));
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("err")));
    {
        QFile in(QString::fromLocal8Bit(inPath));
        if (!in.open(QIODevice::WriteOnly) || in.write(input) != input.size())
            return run;
    }
    std::vector<QByteArray> argStore = {QFile::encodeName(program)};
    for (const QString& arg : args)
        argStore.push_back(arg.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStore = environmentWith(env);
    std::vector<char*> envp;
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    std::fflush(stdout);
    std::fflush(stderr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int in = open(inPath.constData(), O_RDONLY);
        const int out = open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0)
            _exit(126);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
    }
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.maxRssKb = usage.ru_maxrss;
    QFile out(QString::fromLocal8Bit(outPath));
    if (out.open(QIODevice::ReadOnly))
        run.out = out.readAll();
    QFile err(QString::fromLocal8Bit(errPath));
    if (err.open(QIODevice::ReadOnly))
        run.err = err.readAll();
    return run;
}

void requireOk(const ProcessRun& run, const QString& what)
{
    if (run.ok())
        return;
    std::fprintf(stderr, "danhoi-bench: %s failed (exit %d)\n%s\n%s\n", qPrintable(what), run.exitCode,
                 run.out.left(2000).constData(), run.err.left(2000).constData());
    std::exit(1);
}

} // namespace danhoi::bench
