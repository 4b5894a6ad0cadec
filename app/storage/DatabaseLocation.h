#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace danhoi {

// Where the data lives: an SQLite file (any plain path) or a PostgreSQL database given as
// postgresql://[USER@]HOST[:PORT]/DBNAME[?host=/socket/dir&sslmode=...] (postgres:// too).
// A password never belongs in the location: it comes from the login (or libpq's PGPASSWORD / ~/.pgpass).
struct DatabaseLocation {
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
public:
    enum class Kind { SqliteFile, PostgreSql };

    Kind kind = Kind::SqliteFile;
    QString path;   // SQLite: the file
    QString host;   // PostgreSQL: a host name, an address, or a Unix socket directory (from ?host=)
    int port = -1;  // -1: libpq's default (5432)
    QString dbname;
    QString user;   // empty: libpq's default (the system user)
    QList<QPair<QString, QString>> options; // further libpq keywords, such as sslmode

    static Result<DatabaseLocation> parse(const QString& text);
    static bool looksLikeUrl(const QString& text);

    bool isPostgres() const { return kind == Kind::PostgreSql; }
    // The location as a user may read it (the same syntax, no secrets).
    QString display() const;
    // The extra libpq options in the form QPSQL's setConnectOptions takes ("key='value';…").
    QString connectOptions() const;
};

} // namespace danhoi
