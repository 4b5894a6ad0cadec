#pragma once

// Helpers shared by the storage and services tests: temporary SQLite files and raw SQL probes.

#include "support/TestPrinting.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>
#include <QVariant>

namespace danhoi::test {

// The single value of a query run on this thread's connection; an invalid QVariant on error.
inline QVariant scalar(Database& db, const QString& sql)
{
    auto connection = db.connection();
    if (!connection)
        return {};
    QSqlQuery query(connection.value());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

inline qint64 countRows(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

// Runs a statement that must succeed (test set-up or deliberate tampering).
inline bool execSql(Database& db, const QString& sql)
{
    auto connection = db.connection();
    if (!connection)
        return false;
    QSqlQuery query(connection.value());
    if (!query.exec(sql)) {
        qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

} // namespace danhoi::test
