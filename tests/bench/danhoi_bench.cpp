// danhoi-bench: the figures of docs/PERFORMANCE.md on a generated database (made once, then reused).
// Not a test and not run by ctest:  build/bin/danhoi-bench --data /work/bench-data [--count 1000000] [--only a,b]
// One line per figure: name, median, 95th percentile, unit, ratio to the raw engine where there is one.

#include "BenchFigures.h"

#include "services/AuthService.h"
#include "services/SyntheticData.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

using namespace danhoi;
using namespace danhoi::bench;

namespace {

void show(const QList<Figure>& figures, const QString& prefix = {})
{
    for (Figure f : figures) {
        f.name.prepend(prefix);
        print(f);
    }
}

// Figure 7: search, queue and start-up (figure 4) on a PostgreSQL database, through a desk login each: the
// coordinator (who reads every question) and a clerk (whom row-level security shows their department and others'
// public versions).
int serverFigures(const Setup& setup, const QString& location, qint64 count, const QStringList& chosen, int runs)
{
    QList<Figure> figures;
    const qint64 present = ensureServerDatabase(setup, location, count, figures);
    std::printf("database: %s (%lld questions)\n", qPrintable(location), qlonglong(present));
    printHeader();
    show(figures);
    for (const QString& name : {coordinatorName(), clerkName()}) {
        ServiceContext context;
        context.serverLocation = location;
        auto user = AuthService(context).login(name, SyntheticData::staffPassword());
        if (!user)
            qFatal("%s", qPrintable(user.error().message));
        if (chosen.contains(QStringLiteral("search")))
            show(searchFigures(context, user.value(), RawEngine{{}, location}, runs), QStringLiteral("pg %1: ").arg(name));
        if (chosen.contains(QStringLiteral("search")) || chosen.contains(QStringLiteral("ranking")))
            show({rankingFigure(context, user.value(), runs)}, QStringLiteral("pg %1: ").arg(name));
        if (chosen.contains(QStringLiteral("queue")))
            show(queueFigures(context, user.value(), runs), QStringLiteral("pg %1: ").arg(name));
        // The desk signs in as the user's login role: the location's owner is only where the server is.
        if (chosen.contains(QStringLiteral("desktop")))
            show({startupFigure(setup, location, name, std::min(runs, 5))}, QStringLiteral("pg %1: ").arg(name));
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("DANHOI_LANG", "en");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DanHoi performance figures (see docs/PERFORMANCE.md)."));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Folder of the generated databases (kept)."),
                                  QStringLiteral("DIR"), qEnvironmentVariable("DANHOI_BENCH_DATA", QStringLiteral("bench-data")));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Questions in the main database."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption imports(QStringLiteral("import"), QStringLiteral("Questions imported (figure 1)."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption exports(QStringLiteral("export"), QStringLiteral("Rows exported (figure 5)."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption items(QStringLiteral("publish"), QStringLiteral("Items in the published bundle (figure 5)."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each timed step."), QStringLiteral("N"),
                                  QStringLiteral("10"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Comma-separated subset of: import, search, queue, desktop, publish, export, server "
                                                 "(figure 7: search, queue and start-up on the bench's own PostgreSQL "
                                                 "server in DIR/pg, filled from the generated file; with search, "
                                                 "queue or desktop, only those there); ranking (the C++ ranking of "
                                                 "search alone, also part of search)."),
                                  QStringLiteral("LIST"));
    const QCommandLineOption server(QStringLiteral("pg"),
                                    QStringLiteral("A PostgreSQL database (postgresql://OWNER@HOST/DBNAME, the owner's password in "
                                                   "PGPASSWORD or ~/.pgpass): search and queue figures there, as the "
                                                   "coordinator and as a clerk (figure 7), and their start-ups (figure 4, --only desktop)."),
                                    QStringLiteral("LOCATION"));
    parser.addOptions({data, count, imports, exports, items, runs, only, server});
    parser.process(app);

    Setup setup{QCoreApplication::applicationDirPath(), QDir(parser.value(data)).absolutePath()};
    const qint64 questions = parser.value(count).toLongLong();
    const int runCount = std::max(1, parser.value(runs).toInt());
    const QStringList chosen = parser.isSet(only) ? parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts)
                                                  : QStringList{QStringLiteral("import"), QStringLiteral("search"), QStringLiteral("queue"),
                                                                QStringLiteral("desktop"), QStringLiteral("publish"), QStringLiteral("export"),
                                                                QStringLiteral("server")};
    if (questions < 1000)
        qFatal("--count must be 1000 or more");

    if (parser.isSet(server))
        return serverFigures(setup, parser.value(server), questions, chosen, runCount);

    QList<Figure> figures;
    const QString db = ensureDatabase(setup, questions, figures);
    std::printf("database: %s (%lld questions)\n", qPrintable(db), qlonglong(questions));
    printHeader();
    for (const Figure& f : std::as_const(figures))
        print(f);

    if (chosen.contains(QStringLiteral("import")))
        show(importFigures(setup, db, std::min<int>(parser.value(imports).toInt(), int(questions))));
    if (chosen.contains(QStringLiteral("search")) || chosen.contains(QStringLiteral("queue"))
        || chosen.contains(QStringLiteral("ranking"))) {
        auto opened = DatabaseOpener::open(db, true);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        ServiceContext context;
        context.db = opened->db;
        auto coordinator = AuthService(context).login(coordinatorName(), SyntheticData::staffPassword());
        if (!coordinator)
            qFatal("%s", qPrintable(coordinator.error().message));
        // A clerk's "All" is their department's questions and every other published one: the most common desk. Their
        // search window tests each candidate row's department and publication (question_scope, schema 11).
        auto clerk = AuthService(context).login(clerkName(), SyntheticData::staffPassword());
        if (!clerk)
            qFatal("%s", qPrintable(clerk.error().message));
        if (chosen.contains(QStringLiteral("search"))) {
            show(searchFigures(context, coordinator.value(), RawEngine{db, {}}, runCount));
            show(searchFigures(context, clerk.value(), RawEngine{db, {}}, runCount), QStringLiteral("clerk: "));
            show(similarFigures(context, coordinator.value(), runCount));
        }
        if (chosen.contains(QStringLiteral("search")) || chosen.contains(QStringLiteral("ranking")))
            show({rankingFigure(context, coordinator.value(), runCount)});
        if (chosen.contains(QStringLiteral("queue"))) {
            show(queueFigures(context, coordinator.value(), runCount));
            show(queueFigures(context, clerk.value(), runCount), QStringLiteral("clerk: "));
        }
    }
    if (chosen.contains(QStringLiteral("desktop")))
        show(desktopFigures(setup, db, std::min(runCount, 5)));
    if (chosen.contains(QStringLiteral("publish")))
        show(publishFigures(setup, parser.value(items).toInt(), std::min(runCount, 3)));
    if (chosen.contains(QStringLiteral("export")))
        show(exportFigures(setup, db, std::min<int>(parser.value(exports).toInt(), int(questions)), std::min(runCount, 3)));
    if (chosen.contains(QStringLiteral("server"))) {
        QStringList onServer;
        for (const char* figure : {"search", "ranking", "queue", "desktop"})
            if (chosen.contains(QLatin1String(figure)))
                onServer.append(QLatin1String(figure));
        if (onServer.isEmpty())
            onServer = {QStringLiteral("search"), QStringLiteral("queue"), QStringLiteral("desktop")};
        bool started = false;
        const QString location = ensureOwnServer(setup, db, questions, &started);
        std::fflush(stdout);
        serverFigures(setup, location, questions, onServer, runCount);
        if (started)
            stopOwnServer(setup);
    }
    return 0;
}
