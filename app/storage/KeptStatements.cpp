#include "KeptStatements.h"
#include "SqliteHandle.h"

#include <QHash>
#include <QSqlResult>

#include <sqlite3.h>

namespace danhoi::kept_statements {

namespace {

// Per connection: more than a list, its counts and a search prepare (a few dozen texts across filters and sorts).
constexpr qsizetype keptPerConnection = 64;

struct Connection {
    sqlite3* handle = nullptr;
    QHash<QString, std::shared_ptr<Entry>> bySql;
    QList<QString> recent; // least recently lent first
};

// Each thread's connections by name (Database opens one per thread; a statement is used on its connection's thread).
thread_local QHash<QString, Connection> connections;
thread_local qint64 prepared = 0;

bool isRead(const QString& sql)
{
    const QStringView text = QStringView(sql).trimmed();
    return text.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("WITH"), Qt::CaseInsensitive);
}

sqlite3_stmt* handleOf(const QSqlQuery& query)
{
    const QSqlResult* result = query.result();
    const QVariant handle = result ? result->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt* const*>(handle.constData());
}

// The kept statements of `db`, emptied when the connection under its name is another one than they were prepared on.
Connection& connectionOf(const QSqlDatabase& db, sqlite3* handle)
{
    const QString name = db.connectionName();
    auto found = connections.find(name);
    if (found == connections.end()) {
        // Forget the connections this thread no longer has, before keeping a new one.
        for (auto it = connections.begin(); it != connections.end();)
            it = QSqlDatabase::contains(it.key()) ? std::next(it) : connections.erase(it);
        found = connections.insert(name, Connection());
    }
    if (found->handle != handle) {
        found->bySql.clear();
        found->recent.clear();
        found->handle = handle;
    }
    return found.value();
}

} // namespace

struct Entry {
    QSqlQuery query;
    bool lent = false;
};

Lease::Lease(std::shared_ptr<Entry> entry) : m_entry(std::move(entry))
{
    m_entry->lent = true;
}

Lease::~Lease()
{
    // Reset, so that the statement holds no read transaction of its own; QtSql's finish() only resets what it ran.
    m_entry->query.finish();
    if (sqlite3_stmt* statement = handle()) {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    }
    m_entry->lent = false;
}

QSqlQuery& Lease::query()
{
    return m_entry->query;
}

sqlite3_stmt* Lease::handle() const
{
    return handleOf(m_entry->query);
}

std::shared_ptr<Lease> lend(const QSqlDatabase& db, const QString& sql)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle || !isRead(sql))
        return nullptr;
    Connection& connection = connectionOf(db, handle);
    if (auto found = connection.bySql.constFind(sql); found != connection.bySql.cend()) {
        const std::shared_ptr<Entry> entry = found.value();
        if (entry->lent)
            return nullptr;
        connection.recent.removeOne(sql);
        connection.recent.append(sql);
        if (handleOf(entry->query))
            return std::make_shared<Lease>(entry);
        connection.bySql.remove(sql); // finalized under us: prepare it again
        connection.recent.removeOne(sql);
    }
    auto entry = std::make_shared<Entry>();
    entry->query = QSqlQuery(db);
    entry->query.setForwardOnly(true);
    if (!entry->query.prepare(sql) || !handleOf(entry->query))
        return nullptr;
    ++prepared;
    while (connection.recent.size() >= keptPerConnection)
        connection.bySql.remove(connection.recent.takeFirst()); // a lent one lives on in its lease
    connection.bySql.insert(sql, entry);
    connection.recent.append(sql);
    return std::make_shared<Lease>(entry);
}

Statement::Statement(const QSqlDatabase& db, const QString& sql) : m_lease(lend(db, sql))
{
    if (m_lease) {
        m_statement = m_lease->handle();
        return;
    }
    if (sqlite3* handle = sqliteHandle(db)) {
        const QByteArray text = sql.toUtf8();
        sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &m_statement, nullptr);
    }
}

Statement::~Statement()
{
    if (!m_lease)
        sqlite3_finalize(m_statement);
}

qint64 preparedSoFar()
{
    return prepared;
}

} // namespace danhoi::kept_statements
