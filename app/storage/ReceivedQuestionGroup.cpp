#include "ReceivedQuestionGroup.h"
#include "SearchIndex.h"
#include "SqliteHandle.h"

#include <sqlite3.h>

namespace danhoi {

namespace {

Error errorOf(sqlite3* db, int code)
{
    return Database::errorFrom(
        QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError, QString::number(code)));
}

// Binds without copying: the values outlive the statement's step.
int bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString: {
        const QString& text = *static_cast<const QString*>(value.constData());
        return sqlite3_bind_text16(statement, index, text.isNull() ? static_cast<const void*>(u"") : static_cast<const void*>(text.utf16()), int(text.size() * sizeof(char16_t)),
                                   SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    default:
        return value.isNull() ? sqlite3_bind_null(statement, index) : SQLITE_MISMATCH;
    }
}

} // namespace

void bindRow(QSqlQuery& query, int offset, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const bool nullText = value.metaType().id() == QMetaType::QString && value.toString().isNull();
        query.bindValue(offset + i, nullText ? QVariant(QStringLiteral("")) : value);
    }
}

struct ReceivedQuestionGroup::Statement {
    sqlite3_stmt* statement = nullptr;
    ~Statement() { sqlite3_finalize(statement); }
};

bool ReceivedQuestionGroup::available(const QSqlDatabase& tx)
{
    return sqliteHandle(tx) != nullptr;
}

ReceivedQuestionGroup::ReceivedQuestionGroup(QSqlDatabase tx) : m_db(tx) { }

ReceivedQuestionGroup::~ReceivedQuestionGroup() = default;

Result<Id> ReceivedQuestionGroup::nextId()
{
    if (!m_nextId) {
        SqlStatement last(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM questions"));
        if (auto ok = last.exec(); !ok)
            return ok.error();
        last.next();
        m_nextId = last.value(0).toLongLong() + 1;
    }
    return (*m_nextId)++;
}

namespace {

const QString stage = QStringLiteral("temp.import_stage");
const QString questionColumns = QStringLiteral(
    "id, ref, ref_year, ref_seq, channel, received_at, title, body, asker_name, asker_locality, asker_phone,"
    " asker_email, asker_address, asker_id_number, status, external_id, created_at, updated_at");
const QString eventColumns = QStringLiteral(
    "seq, at, username, question_id, action, from_status, to_status, note, prev_hash, hash");

} // namespace

void ReceivedQuestionGroup::add(const Question& q, int year, int sequence, const QString& fingerprint, qint64 now,
                                const AuditEvent& e, const std::array<QString, 3>& folded)
{
    m_questions.append({q.id, q.ref, year, sequence, channelName(q.channel), q.receivedAt.toMSecsSinceEpoch(), q.title, q.body,
                        q.asker.name, q.asker.locality, q.asker.phone, q.asker.email, q.asker.address, q.asker.idNumber,
                        statusName(q.status), q.externalId.isEmpty() ? QVariant() : QVariant(q.externalId), now, now,
                        fingerprint, folded[0], folded[1], folded[2]});
    m_events.append({e.seq, e.at.toMSecsSinceEpoch(), e.username, q.id, e.action, e.fromStatus, e.toStatus, e.note,
                     e.prevHash, e.hash});
}

Result<void> ReceivedQuestionGroup::exec(const QString& sql)
{
    SqlStatement statement(m_db, sql);
    return statement.exec();
}

// Through the sqlite3 API: Qt would turn each "?" into a named placeholder, which SQLite looks up among those before
// it (a statement of 9,000 took 0.9 s to prepare), and copy each value into a QVariant list of its own.
Result<void> ReceivedQuestionGroup::insert(const QString& table, const QString& columns, int columnCount,
                                           const QList<QVariantList>& values)
{
    if (values.isEmpty())
        return {};
    sqlite3* db = sqliteHandle(m_db);
    std::shared_ptr<Statement> statement = values.size() == rows ? m_full.value(table) : nullptr;
    if (!statement) {
        const QString row = QLatin1Char('(') + QStringLiteral("?, ").repeated(columnCount - 1) + QStringLiteral("?)");
        const QStringList placeholders(values.size(), row);
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                   .arg(table, columns, placeholders.join(QStringLiteral(", ")))
                                   .toUtf8();
        statement = std::make_shared<Statement>();
        if (const int rc = sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                              &statement->statement, nullptr);
            rc != SQLITE_OK)
            return errorOf(db, rc);
        if (values.size() == rows)
            m_full.insert(table, statement);
    }
    sqlite3_stmt* s = statement->statement;
    for (int r = 0; r < values.size(); ++r)
        for (int c = 0; c < columnCount; ++c)
            if (const int rc = bind(s, r * columnCount + c + 1, values.at(r).at(c)); rc != SQLITE_OK) {
                sqlite3_clear_bindings(s);
                return errorOf(db, rc);
            }
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE)
        return errorOf(db, rc);
    return {};
}

Result<void> ReceivedQuestionGroup::write()
{
    if (!m_staging && !m_questions.isEmpty()) {
        // Dropped by writeStaged(), or with the transaction when it rolls back.
        if (auto ok = exec(QStringLiteral("CREATE TEMP TABLE import_stage (id INTEGER PRIMARY KEY, %1, fingerprint,"
                                          " ftitle, fbody, flocality)")
                               .arg(questionColumns.mid(questionColumns.indexOf(QLatin1Char(',')) + 1)));
            !ok)
            return ok;
        m_staging = true;
    }
    if (auto ok = insert(stage, questionColumns + QStringLiteral(", fingerprint, ftitle, fbody, flocality"), 22,
                         m_questions);
        !ok)
        return ok;
    if (auto ok = insert(QStringLiteral("audit_events"), eventColumns, 10, m_events); !ok)
        return ok;
    m_questions.clear();
    m_events.clear();
    return {};
}

Result<void> ReceivedQuestionGroup::writeStaged(SearchIndex& index)
{
    if (auto ok = write(); !ok)
        return ok;
    if (!m_staging)
        return {};
    m_full.clear(); // finalized before the table they insert into is dropped
    if (auto ok = exec(QStringLiteral("INSERT INTO questions (%1) SELECT %1 FROM %2 ORDER BY id").arg(questionColumns, stage));
        !ok)
        return ok;
    // In key order: the keys are random (SHA-256), so each page of the key's index is visited once, in order.
    if (auto ok = exec(QStringLiteral("INSERT INTO import_fingerprints (fingerprint, question_id, imported_at)"
                                      " SELECT fingerprint, id, created_at FROM %1 ORDER BY fingerprint").arg(stage));
        !ok)
        return ok;
    if (auto ok = index.addNewStaged(stage); !ok)
        return ok;
    if (auto ok = exec(QStringLiteral("DROP TABLE %1").arg(stage)); !ok)
        return ok;
    m_staging = false;
    return {};
}

} // namespace danhoi
