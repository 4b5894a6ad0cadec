#include "Commands.h"

#include "services/SyntheticData.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace danhoi::cli {

namespace {
class DevCommands
{
    Q_DECLARE_TR_FUNCTIONS(DevCommands)
};
} // namespace

Result<void> runDevGenerate(CliSession& session)
{
    const Invocation& in = session.invocation();
    bool ok = false;
    const qint64 count = in.option(QStringLiteral("count")).toLongLong(&ok);
    if (!in.has(QStringLiteral("count")) || !ok || count < 0)
        return Error::invalid(DevCommands::tr("dev generate needs --count N (a whole number)."));
    quint32 seed = 1;
    if (in.has(QStringLiteral("seed"))) {
        seed = in.option(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return Error::invalid(DevCommands::tr("--seed must be a whole number."));
    }
    QElapsedTimer timer;
    timer.start();
    const bool quiet = session.json();
    auto summary = SyntheticData(session.context(), session.user())
                       .generate(count, seed, [&](qint64 done, qint64 total) {
                           if (!quiet)
                               std::fprintf(stderr, "\r%s", qPrintable(DevCommands::tr("%1 of %2 questions").arg(done).arg(total)));
                           return true;
                       });
    if (!quiet)
        std::fprintf(stderr, "\n");
    if (!summary)
        return summary.error();
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (session.json()) {
        QJsonArray staff;
        for (const QString& name : summary->staffUsernames)
            staff.append(name);
        session.printJson(QJsonObject{{QStringLiteral("questions"), summary->questions},
                                      {QStringLiteral("revisions"), summary->revisions},
                                      {QStringLiteral("events"), summary->events},
                                      {QStringLiteral("seconds"), seconds},
                                      {QStringLiteral("new_staff"), staff},
                                      {QStringLiteral("staff_password"), summary->staffPassword}});
    } else {
        session.print(DevCommands::tr("Generated %1 questions, %2 revisions and %3 audit events in %4 s. Synthetic staff "
                                      "(cv.CODE, ld.CODE, dieuphoi.demo) log in with the password %5.")
                          .arg(summary->questions)
                          .arg(summary->revisions)
                          .arg(summary->events)
                          .arg(seconds, 0, 'f', 1)
                          .arg(summary->staffPassword));
    }
    return {};
}

} // namespace danhoi::cli
