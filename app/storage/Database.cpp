#include "Database.h"
#include "KeptStatements.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlField>
#include <QThread>

namespace danhoi {

namespace {
QAtomicInteger<quint64> databaseCounter;
QAtomicInteger<quint64> threadCounter;
QAtomicInteger<quint64> dedicatedCounter;
QAtomicInteger<qint64> retriesSoFar;
constexpr int busyTimeoutMs = 10000;

QMutex connectionRemoval;

// Connections opened on this thread, named by a token that no later thread reuses (the system's thread
// id is reused once a thread ends) and closed when the thread ends.
struct ThreadConnections {
    const quint64 token = threadCounter.fetchAndAddRelaxed(1);
    QStringList names;

    ~ThreadConnections()
    {
        // A thread's locals end after QThread::wait() has returned, so a Database may be removing these very
        // connections on another thread now: one at a time (closing one twice frees libpq's memory twice).
        QMutexLocker lock(&connectionRemoval);
        for (const QString& name : std::as_const(names)) {
            if (!QSqlDatabase::contains(name))
                continue; // its Database went first
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
thread_local ThreadConnections threadConnections;
} // namespace

Database::Database(Engine engine, QString path)
    : m_engine(engine)
    , m_path(std::move(path))
    , m_namePrefix(QStringLiteral("danhoi-%1").arg(databaseCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    QMutexLocker removal(&connectionRemoval);
    for (const QString& name : std::as_const(m_connectionNames)) {
        if (!QSqlDatabase::contains(name))
            continue; // its thread ended and closed it
        // Another thread's connection may only be removed from here, not used.
        if (threadConnections.names.removeAll(name) > 0) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::shared_ptr<Database>> Database::openSqlite(const QString& path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::other(tr("The SQLite driver of Qt is not installed (package libqt6sql6-sqlite)."));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::other(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    std::shared_ptr<Database> db(new Database(Engine::Sqlite, info.absoluteFilePath()));
    auto connection = db->connection();
    if (!connection)
        return connection.error();
    return db;
}

Result<std::shared_ptr<Database>> Database::openSqliteReadOnly(const QString& path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::other(tr("The SQLite driver of Qt is not installed (package libqt6sql6-sqlite)."));
    const QFileInfo info(path);
    if (!info.isFile())
        return Error::notFound(tr("There is no file %1.").arg(path));
    std::shared_ptr<Database> db(new Database(Engine::Sqlite, info.absoluteFilePath()));
    db->m_readOnly = true;
    auto connection = db->connection();
    if (!connection)
        return connection.error();
    return db;
}

Result<std::shared_ptr<Database>> Database::openPostgres(const DatabaseLocation& location, const QString& user,
                                                        const QString& password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::other(tr("The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql)."));
    if (!location.isPostgres())
        return Error::invalid(tr("%1 is not a PostgreSQL location.").arg(location.display()));
    std::shared_ptr<Database> db(new Database(Engine::PostgreSql, location.display()));
    db->m_location = location;
    db->m_user = user.isEmpty() ? location.user : user;
    db->m_password = password;
    auto connection = db->connection();
    if (!connection)
        return connection.error();
    return db;
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = QStringLiteral("%1-t%2").arg(m_namePrefix).arg(threadConnections.token);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    return openConnection(name);
}

Result<QSqlDatabase> Database::openConnection(const QString& name)
{
    const QString driver = m_engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(driver, name);
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.contains(name))
            m_connectionNames.append(name);
    }
    if (!threadConnections.names.contains(name))
        threadConnections.names.append(name);
    auto opened = m_engine == Engine::Sqlite ? openSqliteConnection(db) : openPostgresConnection(db);
    if (!opened)
        return opened.error();
    return db;
}

Result<void> Database::openSqliteConnection(QSqlDatabase& db)
{
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1%2")
                             .arg(busyTimeoutMs)
                             .arg(m_readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    if (!db.open())
        return Error::other(tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text()));
    const QStringList pragmas = m_readOnly ? QStringList{QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs)}
                                           : QStringList{
                                                 QStringLiteral("PRAGMA journal_mode=WAL"),
                                                 QStringLiteral("PRAGMA synchronous=FULL"),
                                                 QStringLiteral("PRAGMA foreign_keys=ON"),
                                                 QStringLiteral("PRAGMA busy_timeout=%1").arg(busyTimeoutMs),
                                             };
    for (const QString& pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            const Error error = errorFrom(query.lastError(), m_path);
            db.close();
            return error;
        }
    }
    // A file that is not an SQLite database only shows itself on the first read.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        const Error error = errorFrom(probe.lastError(), m_path);
        db.close();
        return error;
    }
    return {};
}

Result<void> Database::openPostgresConnection(QSqlDatabase& db, const QString& applicationName)
{
    db.setDatabaseName(m_location.dbname);
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    QString options = m_location.connectOptions();
    bool hasTimeout = false;
    for (const auto& option : m_location.options)
        hasTimeout = hasTimeout || option.first == QLatin1String("connect_timeout");
    if (!hasTimeout) // an unreachable server should not hold a desk for minutes
        options += QStringLiteral("%1connect_timeout=%2").arg(options.isEmpty() ? QString() : QStringLiteral(";")).arg(10);
    if (!applicationName.isEmpty())
        options += QStringLiteral(";application_name='danhoi-%1'").arg(applicationName);
    db.setConnectOptions(options);
    if (!db.open()) {
        return connectionError(db.lastError());
    }
    // NOTICEs (such as "already exists, skipping") are for psql users, not for the program's output.
    QSqlQuery quiet(db);
    if (!quiet.exec(QStringLiteral("SET client_min_messages TO warning"))) {
        const Error error = errorFrom(quiet.lastError(), m_path);
        db.close();
        return error;
    }
    return {};
}

Error Database::connectionError(const QSqlError& error) const
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    // libpq's message may span lines ("connection to server … failed: FATAL: …"); keep the telling part.
    detail = detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; ")).simplified();
    const QString server = m_location.host.isEmpty() ? tr("the local default socket")
                           : m_location.port > 0     ? QStringLiteral("%1:%2").arg(m_location.host).arg(m_location.port)
                                                     : m_location.host;
    const QString lower = detail.toLower();
    if (lower.contains(QLatin1String("authentication failed")) || lower.contains(QLatin1String("no password supplied"))
        || (lower.contains(QLatin1String("role \"")) && lower.contains(QLatin1String("does not exist")))
        || lower.contains(QLatin1String("pg_hba.conf")) || lower.contains(QLatin1String("not permitted to log in"))
        || lower.contains(QLatin1String("password is required")))
        return {ErrorKind::Authentication,
                tr("The PostgreSQL server %1 refused the login of %2: wrong user name or password, or this account "
                   "may not log in (server said: %3).")
                    .arg(server, m_user.isEmpty() ? tr("the default user") : m_user, detail),
                {}};
    if (lower.contains(QLatin1String("database \"")) && lower.contains(QLatin1String("does not exist")))
        return Error::notFound(tr("There is no database %1 on the PostgreSQL server %2.").arg(m_location.dbname, server));
    if (lower.contains(QLatin1String("could not connect")) || lower.contains(QLatin1String("connection refused"))
        || lower.contains(QLatin1String("no such file or directory")) || lower.contains(QLatin1String("timeout"))
        || lower.contains(QLatin1String("could not translate host name")) || lower.contains(QLatin1String("unreachable")))
        return Error::other(tr("Cannot reach the PostgreSQL server %1: check its address and port, that it is running "
                               "and accepts connections from here (server said: %2).")
                                .arg(server, detail));
    return Error::other(tr("Cannot connect to the PostgreSQL database %1: %2").arg(m_path, detail));
}

Result<QSqlDatabase> Database::openDedicated(const QString& purpose)
{
    const QString name = QStringLiteral("%1-%2-%3").arg(m_namePrefix, purpose).arg(dedicatedCounter.fetchAndAddRelaxed(1));
    const QString driver = m_engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    auto opened = m_engine == Engine::Sqlite ? openSqliteConnection(db) : openPostgresConnection(db, purpose);
    if (!opened) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return opened.error();
    }
    return db;
}

void Database::closeDedicated(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Result<void> Database::exec(const QString& sql)
{
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    if (!query.exec(sql))
        return errorFrom(query.lastError());
    return {};
}

namespace {
thread_local bool transientFailure = false;
}

bool Database::transientFailureSeen(bool reset)
{
    const bool seen = transientFailure;
    if (reset)
        transientFailure = false;
    return seen;
}

qint64 Database::transientRetries()
{
    return retriesSoFar.loadRelaxed();
}

void pauseBeforeRetry(int run)
{
    retriesSoFar.fetchAndAddRelaxed(1);
    QThread::msleep(5 * run + QRandomGenerator::global()->bounded(35 * run));
}

Result<void> Database::enlargeCache(int megabytes)
{
    if (m_engine != Engine::Sqlite)
        return {};
    return exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(megabytes) * 1024));
}

Error Database::errorFrom(const QSqlError& error, const QString& context)
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01")) {
        transientFailure = true;
        return Error::conflict(tr("Another desk changed the same data at the same moment; try again."));
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (context.isEmpty())
        return Error::other(tr("Database error: %1").arg(detail));
    return Error::other(tr("Database error (%1): %2").arg(context, detail));
}

QVariant nullableText(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

std::optional<qint64> optionalId(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

SqlStatement::SqlStatement(const QSqlDatabase& db, const QString& sql)
    : m_kept(kept_statements::lend(db, sql))
    , m_query(m_kept ? QSqlQuery() : QSqlQuery(db))
    , m_sql(sql)
    , m_inline(isPostgres(db))
{
    if (m_kept) {
        m_prepared = true;
        return;
    }
    // QPSQL streams a forward-only result row by row and loses the rest when the connection runs another statement
    // meanwhile (as the search index does while it reads the questions); on PostgreSQL a result arrives whole.
    m_query.setForwardOnly(!m_inline);
    m_prepared = m_inline || m_query.prepare(sql);
}

SqlStatement& SqlStatement::bind(const QString& placeholder, const QVariant& value)
{
    // A null QString would be bound as SQL NULL; text is never NULL unless passed as an empty QVariant.
    const QVariant bound = value.metaType().id() == QMetaType::QString && value.toString().isNull()
        ? QVariant(QStringLiteral(""))
        : value;
    if (m_inline)
        m_values.insert(placeholder, bound);
    else
        query().bindValue(placeholder, bound);
    return *this;
}

Result<QString> SqlStatement::withValues() const
{
    const QSqlDriver* driver = m_query.driver();
    QString out;
    out.reserve(m_sql.size() + 16 * m_values.size());
    bool quoted = false;
    const qsizetype n = m_sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = m_sql.at(i);
        if (c == QLatin1Char('\'')) // '' inside a literal toggles twice
            quoted = !quoted;
        const bool placeholder = !quoted && c == QLatin1Char(':') && i + 1 < n
            && (m_sql.at(i + 1).isLetter() || m_sql.at(i + 1) == QLatin1Char('_'))
            && (i == 0 || m_sql.at(i - 1) != QLatin1Char(':')); // not the ::type of a cast
        if (!placeholder) {
            out.append(c);
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && (m_sql.at(end).isLetterOrNumber() || m_sql.at(end) == QLatin1Char('_')))
            ++end;
        const QString name = m_sql.mid(i, end - i);
        const auto found = m_values.constFind(name);
        if (found == m_values.cend())
            return Error::other(QStringLiteral("SQL placeholder %1 has no value").arg(name));
        QSqlField field(QString(), found->metaType());
        field.setValue(*found);
        out.append(driver->formatValue(field));
        i = end - 1;
    }
    return out;
}

Result<void> SqlStatement::exec()
{
    if (m_inline) {
        auto sql = withValues();
        if (!sql)
            return sql.error();
        if (!m_query.exec(sql.value()))
            return Database::errorFrom(m_query.lastError());
        return {};
    }
    if (!m_prepared || !query().exec())
        return Database::errorFrom(query().lastError());
    return {};
}

QSqlQuery& SqlStatement::query()
{
    return m_kept ? m_kept->query() : m_query;
}

Transaction::Transaction(Database& db) : m_db(db) { }

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::begin(Turn turn)
{
    auto connection = m_db.connection();
    if (!connection)
        return connection.error();
    m_connection = connection.value();
    QSqlQuery query(m_connection);
    const bool sqlite = m_db.engine() == Database::Engine::Sqlite;
    if (!query.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE")))
        return Database::errorFrom(query.lastError());
    m_active = true;
    // LOCK is no query, so the snapshot is taken after the turn came (PostgreSQL's LOCK documentation). SHARE ROW
    // EXCLUSIVE conflicts with itself and with writes of `questions`, not with reads; a desk may take it because it
    // may UPDATE questions (its assignments).
    if (!sqlite && turn == Turn::Take
        && !query.exec(QStringLiteral("LOCK TABLE questions IN SHARE ROW EXCLUSIVE MODE"))) {
        const Error error = Database::errorFrom(query.lastError());
        rollback();
        return error;
    }
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Error::other(QStringLiteral("commit without an open transaction"));
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = Database::errorFrom(query.lastError());
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_connection);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

Result<void> ReadSnapshot::begin()
{
    QSqlQuery query(m_connection);
    if (!query.exec(isPostgres(m_connection) ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                             : QStringLiteral("BEGIN DEFERRED")))
        return Database::errorFrom(query.lastError());
    m_active = true;
    return {};
}

void ReadSnapshot::end()
{
    if (!m_active)
        return;
    QSqlQuery query(m_connection);
    query.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace danhoi
