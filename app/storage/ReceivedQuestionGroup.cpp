#include "ReceivedQuestionGroup.h"
#include "SearchIndex.h"
#include "SqliteHandle.h"

#include <QStringEncoder>

#include <sqlite3.h>

namespace danhoi {

namespace {

Error errorOf(sqlite3* db, int code)
{
    return Database::errorFrom(
        QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError, QString::number(code)));
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
                                const AuditEvent& e)
{
    m_rows.append({q, year, sequence, fingerprint, now, e, channelName(q.channel), statusName(q.status)});
}

// Binds a group's values: numbers at once, texts as UTF-8 (the file's encoding: bound as UTF-16, SQLite converted
// each one itself, a character at a time) encoded one after the other into one buffer and bound in place once the
// group is complete (bind()), valid until the statement has run. A null text is bound as '' (text columns are NOT
// NULL). The first failure is kept.
class ReceivedQuestionGroup::Binder
{
public:
    Binder(sqlite3_stmt* statement, QByteArray& buffer) : m_statement(statement), m_buffer(buffer) { m_buffer.resize(0); }
    void text(const QString& value)
    {
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + m_encoder.requiredSpace(value.size()));
        const char* end = m_encoder.appendToBuffer(m_buffer.data() + at, value);
        m_buffer.resize(end - m_buffer.constData());
        m_texts.append({++m_index, at, m_buffer.size() - at});
    }
    void number(qint64 value) { keep(sqlite3_bind_int64(m_statement, ++m_index, value)); }
    void textOrNull(const QString& value) { value.isEmpty() ? keep(sqlite3_bind_null(m_statement, ++m_index)) : text(value); }
    int bind()
    {
        for (const Text& t : std::as_const(m_texts))
            keep(sqlite3_bind_text(m_statement, t.index, m_buffer.constData() + t.at, int(t.size), SQLITE_STATIC));
        return m_result;
    }

private:
    struct Text {
        int index;
        qsizetype at, size;
    };
    void keep(int rc)
    {
        if (m_result == SQLITE_OK)
            m_result = rc;
    }
    sqlite3_stmt* m_statement;
    QByteArray& m_buffer;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QList<Text> m_texts;
    int m_index = 0;
    int m_result = SQLITE_OK;
};

Result<void> ReceivedQuestionGroup::exec(const QString& sql)
{
    SqlStatement statement(m_db, sql);
    return statement.exec();
}

// Through the sqlite3 API: Qt would turn each "?" into a named placeholder, which SQLite looks up among those before
// it (a statement of 9,000 took 0.9 s to prepare), and copy each value into a QVariant list of its own.
Result<void> ReceivedQuestionGroup::insert(const QString& table, const QString& columns, int columnCount,
                                           const std::function<void(Binder&, const Row&)>& bind)
{
    if (m_rows.isEmpty())
        return {};
    sqlite3* db = sqliteHandle(m_db);
    std::shared_ptr<Statement> statement = m_rows.size() == rows ? m_full.value(table) : nullptr;
    if (!statement) {
        const QString row = QLatin1Char('(') + QStringLiteral("?, ").repeated(columnCount - 1) + QStringLiteral("?)");
        const QStringList placeholders(m_rows.size(), row);
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                   .arg(table, columns, placeholders.join(QStringLiteral(", ")))
                                   .toUtf8();
        statement = std::make_shared<Statement>();
        if (const int rc = sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                              &statement->statement, nullptr);
            rc != SQLITE_OK)
            return errorOf(db, rc);
        if (m_rows.size() == rows)
            m_full.insert(table, statement);
    }
    sqlite3_stmt* s = statement->statement;
    Binder binder(s, m_texts);
    for (const Row& row : std::as_const(m_rows))
        bind(binder, row);
    if (const int rc = binder.bind(); rc != SQLITE_OK) {
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
    if (!m_staging && !m_rows.isEmpty()) {
        // Dropped by writeStaged(), or with the transaction when it rolls back.
        if (auto ok = exec(QStringLiteral("CREATE TEMP TABLE import_stage (id INTEGER PRIMARY KEY, %1, fingerprint)")
                               .arg(questionColumns.mid(questionColumns.indexOf(QLatin1Char(',')) + 1)));
            !ok)
            return ok;
        m_staging = true;
    }
    auto stageRow = [](Binder& b, const Row& r) {
        const Question& q = r.question;
        b.number(q.id);
        b.text(q.ref);
        b.number(r.year);
        b.number(r.sequence);
        b.text(r.channel);
        b.number(q.receivedAt.toMSecsSinceEpoch());
        for (const QString* text : {&q.title, &q.body, &q.asker.name, &q.asker.locality, &q.asker.phone, &q.asker.email,
                                    &q.asker.address, &q.asker.idNumber, &r.status})
            b.text(*text);
        b.textOrNull(q.externalId);
        b.number(r.now);
        b.number(r.now);
        b.text(r.fingerprint);
    };
    if (auto ok = insert(stage, questionColumns + QStringLiteral(", fingerprint"), 19, stageRow);
        !ok)
        return ok;
    auto eventRow = [](Binder& b, const Row& r) {
        const AuditEvent& e = r.event;
        b.number(e.seq);
        b.number(e.at.toMSecsSinceEpoch());
        b.text(e.username);
        b.number(r.question.id);
        for (const QString* text : {&e.action, &e.fromStatus, &e.toStatus, &e.note, &e.prevHash, &e.hash})
            b.text(*text);
    };
    if (auto ok = insert(QStringLiteral("audit_events"), eventColumns, 10, eventRow); !ok)
        return ok;
    m_rows.clear();
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
