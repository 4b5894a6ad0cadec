#include "TableCopier.h"

#include "BatchedInsert.h"
#include "PostgresSecurity.h"

#include <QSqlRecord>

namespace danhoi {

namespace {

// The tables whose id is an identity on PostgreSQL ({id} in Schema.cpp).
const QStringList identityTables = {
    QStringLiteral("departments"), QStringLiteral("categories"), QStringLiteral("users"), QStringLiteral("questions"),
    QStringLiteral("answer_revisions"), QStringLiteral("audit_events"), QStringLiteral("question_redactions"),
};

// The key that orders a table's rows (its first column for those without an id).
QString orderOf(const QString& table, const QStringList& columns)
{
    return columns.contains(QStringLiteral("id")) ? QStringLiteral("id") : columns.first();
}

// SQL NULL stays NULL: QSQLITE reports it as a null QString, which a text column would otherwise take as ''.
QVariant plain(const QVariant& value)
{
    return value.isNull() ? QVariant() : value;
}

} // namespace

QStringList TableCopier::tables()
{
    return {QStringLiteral("settings"),        QStringLiteral("departments"),         QStringLiteral("categories"),
            QStringLiteral("users"),           QStringLiteral("questions"),           QStringLiteral("answer_revisions"),
            QStringLiteral("audit_events"),    QStringLiteral("audit_head"),          QStringLiteral("calendar_days"),
            QStringLiteral("question_redactions"), QStringLiteral("import_fingerprints"), QStringLiteral("portal_pushes")};
}

Result<void> TableCopier::requireEmptyTarget()
{
    for (const QString& table : tables()) {
        if (table == QLatin1String("audit_head"))
            continue;
        QSqlQuery any(m_to);
        if (!any.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)))
            return Database::errorFrom(any.lastError(), table);
        if (any.next())
            return Error::conflict(tr("The target database already holds data (table %1); copy only into a new, empty "
                                      "database.")
                                       .arg(table));
    }
    QSqlQuery head(m_to);
    if (!head.exec(QStringLiteral("SELECT seq FROM audit_head")))
        return Database::errorFrom(head.lastError(), QStringLiteral("audit_head"));
    if (head.next() && head.value(0).toLongLong() != 0)
        return Error::conflict(tr("The target database already has an audit trail; copy only into a new, empty database."));
    return {};
}

Result<QStringList> TableCopier::sharedColumns(const QString& table)
{
    const QSqlRecord source = m_from.record(table);
    const QSqlRecord target = m_to.record(table);
    if (source.isEmpty() || target.isEmpty())
        return Error::other(tr("The table %1 is missing on one side of the copy.").arg(table));
    QStringList columns;
    for (int i = 0; i < source.count(); ++i)
        if (target.contains(source.fieldName(i)))
            columns.append(source.fieldName(i));
    return columns;
}

Result<qint64> TableCopier::copy(const QString& table, const QStringList& later,
                                 const std::function<Result<void>(QVariantMap&)>& onRow)
{
    auto shared = sharedColumns(table);
    if (!shared)
        return shared.error();
    const QStringList columns = shared.value();
    if (table == QLatin1String("audit_head")) { // the migration's genesis row gives way to the copied head
        QSqlQuery clear(m_to);
        if (!clear.exec(QStringLiteral("DELETE FROM audit_head")))
            return Database::errorFrom(clear.lastError(), table);
    }
    QSqlQuery read(m_from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(columns.join(QStringLiteral(", ")), table, orderOf(table, columns))))
        return Database::errorFrom(read.lastError(), table);
    const QString tuple = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                          QLatin1Char(')');
    BatchedInsert write(m_to, QStringLiteral("INSERT INTO %1 (%2)").arg(table, columns.join(QStringLiteral(", "))),
                        tuple, int(columns.size()));
    // The later columns (references to other rows: ids), written once every row is in, many rows a statement.
    const QString laterTuple = QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT))");
    QList<std::tuple<QVariant, int, QVariant>> deferred;
    QVariantList values;
    values.reserve(columns.size());
    while (read.next()) {
        QVariantMap row;
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), plain(read.value(i)));
        if (onRow)
            if (auto ok = onRow(row); !ok)
                return ok.error();
        values.clear();
        for (const QString& column : columns) {
            const int postponed = int(later.indexOf(column));
            if (postponed >= 0 && !row.value(column).isNull())
                deferred.append({row.value(QStringLiteral("id")), postponed, row.value(column)});
            values.append(postponed >= 0 ? QVariant() : row.value(column));
        }
        if (auto ok = write.add(values); !ok)
            return ok.error();
    }
    if (auto ok = write.finish(); !ok)
        return ok.error();
    for (int i = 0; i < later.size(); ++i) {
        BatchedInsert update(m_to, QStringLiteral("UPDATE %1 SET %2 = v.value FROM (").arg(table, later.at(i)),
                             laterTuple, 2, QStringLiteral(") AS v (id, value) WHERE %1.id = v.id").arg(table));
        for (const auto& [id, postponed, value] : std::as_const(deferred))
            if (postponed == i)
                if (auto ok = update.add({id, value}); !ok)
                    return ok.error();
        if (auto ok = update.finish(); !ok)
            return ok.error();
    }
    return write.written();
}

Result<void> TableCopier::advanceIdentities()
{
    if (!isPostgres(m_to))
        return {};
    for (const QString& table : identityTables) {
        QSqlQuery move(m_to);
        if (!move.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), MAX(id)) FROM %1"
                                      " HAVING MAX(id) IS NOT NULL")
                           .arg(table)))
            return Database::errorFrom(move.lastError(), table);
    }
    return {};
}

Result<bool> TableCopier::targetMakesLogins()
{
    if (!isPostgres(m_to))
        return false;
    QSqlQuery probe(m_to);
    if (!probe.exec(QStringLiteral("SELECT to_regprocedure('danhoi_user_create(text,text)') IS NOT NULL")) || !probe.next())
        return Database::errorFrom(probe.lastError());
    return probe.value(0).toBool();
}

Result<void> TableCopier::createLogin(const QString& username, const QString& verifier)
{
    QSqlQuery create(m_to);
    create.prepare(QStringLiteral("SELECT danhoi_user_create(:u, :v)"));
    create.bindValue(QStringLiteral(":u"), username);
    create.bindValue(QStringLiteral(":v"), verifier);
    if (!create.exec())
        return PostgresSecurity::errorFrom(create.lastError());
    return {};
}

Result<bool> TableCopier::targetKeepsPublicVersions()
{
    if (!isPostgres(m_to))
        return false;
    QSqlQuery probe(m_to);
    if (!probe.exec(QStringLiteral("SELECT to_regclass('public_questions') IS NOT NULL")) || !probe.next())
        return Database::errorFrom(probe.lastError());
    return probe.value(0).toBool();
}

Result<QList<Id>> TableCopier::publishedQuestions()
{
    QSqlQuery ids(m_to);
    ids.setForwardOnly(true);
    if (!ids.exec(QStringLiteral("SELECT id FROM questions WHERE published_revision_id IS NOT NULL ORDER BY id")))
        return Database::errorFrom(ids.lastError(), QStringLiteral("questions"));
    QList<Id> out;
    while (ids.next())
        out.append(ids.value(0).toLongLong());
    return out;
}

} // namespace danhoi
