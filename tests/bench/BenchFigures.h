#pragma once

#include "BenchData.h"

#include "services/ServiceContext.h"

namespace danhoi::bench {

// Figure 1: `danhoi-cli import` of `count` JSON Lines questions against the sqlite3 shell's `.import` of the same rows.
QList<Figure> importFigures(const Setup& setup, const QString& db, int count);
// The raw engine of the search comparison: the sqlite3 shell on `file`, or psql on `server` (its owner's location).
struct RawEngine {
    QString file;
    QString server;
};
// Figure 2: SearchService for 50 fixed queries, as `user`, against the same full-text query in the raw engine.
QList<Figure> searchFigures(ServiceContext& context, const User& user, const RawEngine& engine, int runs);
// Figure 2, the app's side alone: SearchRanking counting the terms in the folded texts of each query's window (what
// a PostgreSQL search does in C++ with the rows danhoi_search_window hands out), the texts read once beforehand.
Figure rankingFigure(ServiceContext& context, const User& user, int runs);
// Figure 2b: similar questions for ten questions spread over the file, as `user`.
QList<Figure> similarFigures(ServiceContext& context, const User& user, int runs);
// Figure 3: the desk's question list (QuestionListWidget and its QuestionTableModel) on `user`'s "All" queue.
QList<Figure> queueFigures(ServiceContext& context, const User& user, int runs);
// Figure 4 for one user: `danhoi --report-startup` on `db` (a file or a server location) signed in as `user`.
Figure startupFigure(const Setup& setup, const QString& db, const QString& user, int runs);
// Figures 4 and 6: the desktop app's start-up to its painted main window, and its peak memory after scrolling.
QList<Figure> desktopFigures(const Setup& setup, const QString& db, int runs);
// Figure 5: publishing the portal bundle of a database with about `items` published questions.
QList<Figure> publishFigures(const Setup& setup, int items, int runs);
// Figures 5 and 6: `danhoi-cli export` of the latest `rows` questions to CSV and XLSX, time and peak memory.
QList<Figure> exportFigures(const Setup& setup, const QString& db, int rows, int runs);

} // namespace danhoi::bench
