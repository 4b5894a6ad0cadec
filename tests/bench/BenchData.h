#pragma once

#include "BenchReport.h"

#include <QHash>
#include <QString>

namespace danhoi::bench {

// Where the programs under test are and where the generated databases are kept between runs.
struct Setup {
    QString binDir;
    QString dataDir;
    QString cli() const { return binDir + QStringLiteral("/danhoi-cli"); }
    QString desktop() const { return binDir + QStringLiteral("/danhoi"); }
};

// The synthetic coordinator that `dev generate` creates, and the administrator the benchmark creates.
QString coordinatorName();
QHash<QString, QString> coordinatorEnv();
QHash<QString, QString> adminEnv();

// The database of `count` generated questions in the data folder: generated once (its time per question goes to
// `figures`), reused while the file exists. Its write-ahead log is folded in, so one file copies it whole.
QString ensureDatabase(const Setup& setup, qint64 count, QList<Figure>& figures);
// The same on a PostgreSQL database (postgresql://OWNER@…/DBNAME, see docs/office-server.md), set up as an office
// would: provisioned, initialised and filled by the owner. Returns how many questions it holds (generated once).
qint64 ensureServerDatabase(const Setup& setup, const QString& location, qint64 count, QList<Figure>& figures);
// Figure 7 without --pg: the bench's own PostgreSQL cluster in DATA/pg (tests/bench/bench-server.sh: made once with
// the settings of docs/performance-history.md, kept between runs) and in it the database danhoiN (danhoi1m for a
// million) filled from the generated file `file` by db copy, once. Returns its location as the owner (whose password
// it puts in PGPASSWORD); `started`: this call started the server, stopOwnServer stops it.
QString ensureOwnServer(const Setup& setup, const QString& file, qint64 count, bool* started);
void stopOwnServer(const Setup& setup);
// The synthetic clerk of the first department (reads through row-level security on a server).
QString clerkName();

// A fresh copy of `path` at `copy`, for a run that changes the database.
void copyDatabase(const QString& path, const QString& copy);

// `count` new questions as JSON Lines (what `danhoi-cli import` reads) and the same rows as CSV for the sqlite3
// shell, with the ids, references and folded index text that the shell cannot work out; numbered after `db`'s rows.
struct ImportFiles {
    QString jsonLines;
    QString csv;
    QString shellScript;
};
ImportFiles writeImportFiles(const QString& db, const QString& dir, int count);

} // namespace danhoi::bench
