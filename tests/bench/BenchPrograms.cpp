#include "BenchFigures.h"

#include "BenchProcess.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

namespace danhoi::bench {

namespace {

QStringList asCoordinator(const QString& db)
{
    return {QStringLiteral("--db"), db, QStringLiteral("--user"), coordinatorName(), QStringLiteral("--json")};
}

QJsonObject jsonOf(const ProcessRun& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

QList<Figure> importFigures(const Setup& setup, const QString& db, int count)
{
    QTemporaryDir dir(QDir(setup.dataDir).filePath(QStringLiteral("import-XXXXXX")));
    const ImportFiles files = writeImportFiles(db, dir.path(), count);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    copyDatabase(db, copy);
    const ProcessRun app = runProcess(setup.cli(), asCoordinator(copy) + QStringList{QStringLiteral("import"), files.jsonLines},
                                      coordinatorEnv());
    requireOk(app, QStringLiteral("danhoi-cli import"));
    const int imported = jsonOf(app).value(QStringLiteral("imported")).toArray().size();
    copyDatabase(db, copy);
    const ProcessRun raw = runProcess(QStringLiteral("/usr/bin/sqlite3"), {copy}, {}, files.shellScript.toUtf8());
    requireOk(raw, QStringLiteral("sqlite3 .import"));
    if (!raw.err.trimmed().isEmpty())
        qFatal("sqlite3 .import: %s", raw.err.left(1000).constData());
    const double appRate = double(count) / (app.ms / 1000.0);
    const double rawRate = double(count) / (raw.ms / 1000.0);
    return {{QStringLiteral("import %1 JSONL (danhoi-cli import)").arg(count), {app.ms / 1000.0}, QStringLiteral("s"),
             app.ms / raw.ms, QStringLiteral("%1 rows/s (imported %2), peak RSS %3 MB; ratio = time / raw")
                                  .arg(appRate, 0, 'f', 0).arg(imported).arg(app.maxRssKb / 1024)},
            {QStringLiteral("import %1 CSV raw (sqlite3 .import + FTS)").arg(count), {raw.ms / 1000.0}, QStringLiteral("s"), {},
             QStringLiteral("%1 rows/s").arg(rawRate, 0, 'f', 0)}};
}

namespace {

// The desktop app's environment to sign in as `user` (a staff login) without the dialog, offscreen.
QHash<QString, QString> deskEnv(const QString& user)
{
    QHash<QString, QString> env = coordinatorEnv();
    env.insert(QStringLiteral("DANHOI_USER"), user);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

// Start-ups of the desk as `user` to its painted main window: the milliseconds the app reports and the whole process's.
std::pair<QList<double>, QList<double>> startups(const Setup& setup, const QString& db, int runs, const QString& user)
{
    const QHash<QString, QString> env = deskEnv(user);
    static const QRegularExpression after(QStringLiteral("after ([0-9]+) ms"));
    QList<double> reported, wall;
    for (int r = 0; r <= runs; ++r) { // the first start warms the file cache (the server's) and is dropped
        const ProcessRun run = runProcess(setup.desktop(), {QStringLiteral("--db"), db, QStringLiteral("--report-startup")}, env);
        requireOk(run, QStringLiteral("danhoi --report-startup"));
        const auto match = after.match(QString::fromUtf8(run.out));
        if (!match.hasMatch())
            qFatal("danhoi --report-startup printed: %s", run.out.constData());
        if (r > 0) {
            reported.append(match.captured(1).toDouble());
            wall.append(run.ms);
        }
    }
    return {reported, wall};
}

} // namespace

Figure startupFigure(const Setup& setup, const QString& db, const QString& user, int runs)
{
    const auto [reported, wall] = startups(setup, db, runs, user);
    // On a server the desk signs in as its login role (the server checks the password), not with Argon2id.
    const QString login = DatabaseOpener::isServerLocation(db) ? QStringLiteral("logged in to the server")
                                                               : QStringLiteral("logged in (Argon2id)");
    return {QStringLiteral("desktop start-up to painted main window"), reported, QStringLiteral("ms"), {},
            QStringLiteral("%1, offscreen; whole process incl. exit: median %2 ms").arg(login).arg(median(wall), 0, 'f', 0)};
}

QList<Figure> desktopFigures(const Setup& setup, const QString& db, int runs)
{
    const Figure coordinator = startupFigure(setup, db, coordinatorName(), runs);
    // A clerk's desk counts other queues (their department's, assigned to them, their drafts, overdue) over their
    // department's questions and the other published ones.
    Figure clerk = startupFigure(setup, db, clerkName(), runs);
    clerk.name.prepend(QStringLiteral("clerk: "));
    const ProcessRun scrolled = runProcess(setup.desktop(), {QStringLiteral("--db"), db, QStringLiteral("--report-startup"),
                                                             QStringLiteral("--report-scroll")}, deskEnv(coordinatorName()));
    requireOk(scrolled, QStringLiteral("danhoi --report-scroll"));
    return {coordinator, clerk,
            {QStringLiteral("desktop peak RSS after scrolling All queue"), {double(scrolled.maxRssKb) / 1024.0}, QStringLiteral("MB"), {},
             QString::fromUtf8(scrolled.out).trimmed().replace(QLatin1Char('\n'), QLatin1String("; "))}};
}

QList<Figure> publishFigures(const Setup& setup, int items, int runs)
{
    QList<Figure> out;
    // About 70 % of the generated questions end up published.
    const QString db = ensureDatabase(setup, qint64(items) * 10 / 7, out);
    QList<double> times;
    int bundled = 0;
    qint64 rss = 0;
    for (int r = 0; r < runs; ++r) {
        QTemporaryDir dir(QDir(setup.dataDir).filePath(QStringLiteral("bundle-XXXXXX")));
        const ProcessRun run = runProcess(setup.cli(), asCoordinator(db) + QStringList{QStringLiteral("publish"), QStringLiteral("--out"),
                                                                                      dir.filePath(QStringLiteral("portal"))},
                                          coordinatorEnv());
        requireOk(run, QStringLiteral("danhoi-cli publish"));
        bundled = jsonOf(run).value(QStringLiteral("items")).toInt();
        times.append(run.ms);
        rss = std::max(rss, run.maxRssKb);
    }
    out.append({QStringLiteral("publish bundle of %1 items").arg(bundled), times, QStringLiteral("ms"), {},
                QStringLiteral("danhoi-cli publish, peak RSS %1 MB").arg(rss / 1024)});
    return out;
}

QList<Figure> exportFigures(const Setup& setup, const QString& db, int rows, int runs)
{
    // The agency day (UTC+7) from which the latest `rows` questions were received.
    QDate from;
    {
        auto opened = Database::openSqlite(db);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        QSqlQuery q(opened.value()->connection().value());
        if (!q.exec(QStringLiteral("SELECT received_at FROM questions ORDER BY received_at DESC LIMIT 1 OFFSET %1").arg(rows - 1))
            || !q.next())
            qFatal("cannot find the latest %d questions", rows);
        from = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone(7 * 3600)).date().addDays(1);
    }
    QList<Figure> out;
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        QList<double> times;
        qint64 rss = 0;
        int exported = 0;
        for (int r = 0; r < runs; ++r) {
            QTemporaryDir dir(QDir(setup.dataDir).filePath(QStringLiteral("export-XXXXXX")));
            const ProcessRun run = runProcess(setup.cli(), asCoordinator(db) + QStringList{QStringLiteral("export"), QStringLiteral("--format"), format,
                                                                                          QStringLiteral("--from"), from.toString(Qt::ISODate),
                                                                                          QStringLiteral("--out"), dir.filePath(QStringLiteral("out.") + format)},
                                              coordinatorEnv());
            requireOk(run, QStringLiteral("danhoi-cli export"));
            exported = jsonOf(run).value(QStringLiteral("rows")).toInt();
            times.append(run.ms);
            rss = std::max(rss, run.maxRssKb);
        }
        out.append({QStringLiteral("export %1 rows to %2").arg(exported).arg(format.toUpper()), times, QStringLiteral("ms"), {},
                    QStringLiteral("danhoi-cli export --from %1").arg(from.toString(Qt::ISODate))});
        out.append({QStringLiteral("export %1 peak RSS").arg(format.toUpper()), {double(rss) / 1024.0}, QStringLiteral("MB"), {},
                    QStringLiteral("%1 rows").arg(exported)});
    }
    return out;
}

} // namespace danhoi::bench
