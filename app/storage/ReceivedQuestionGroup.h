#pragma once

#include "Database.h"
#include "core/Domain.h"

namespace danhoi {

// Positional bindings from `offset`; a null QString is bound as '' (text columns are NOT NULL), SQL NULL is an
// empty QVariant.
void bindRow(QSqlQuery& query, int offset, const QVariantList& values);

// SQLite: questions as an import receives them, each with its content key and its "record" event, written a group at
// a time with one INSERT of many rows per table. A one-row INSERT into `questions` opens a statement journal (its
// count triggers and foreign keys could fail halfway): every page it changes that the transaction had already changed
// is copied there first, and FTS5 writes out the index rows it holds. Per group that happens once, not per question.
// The ids are given here, after the largest one (the transaction holds SQLite's write lock). Writes through the
// sqlite3 API on the connection's own handle (the same library Qt's driver uses).
class ReceivedQuestionGroup
{
public:
    static constexpr int rows = 500;

    // Whether `tx` is an SQLite connection whose handle the group can write through.
    static bool available(const QSqlDatabase& tx);
    explicit ReceivedQuestionGroup(QSqlDatabase tx);
    ~ReceivedQuestionGroup();

    Result<Id> nextId();
    // `event` is complete: its question id, place on the chain and hash.
    void add(const Question& question, int year, int sequence, const QString& fingerprint, qint64 now,
             const AuditEvent& event);
    bool full() const { return m_questions.size() >= rows; }
    Result<void> write(); // the rows added since the last write

private:
    struct Statement;
    Result<void> insert(const QString& table, const QString& columns, int columnCount, const QList<QVariantList>& values);

    QSqlDatabase m_db;
    std::optional<Id> m_nextId;
    QList<QVariantList> m_questions;
    QList<QVariantList> m_fingerprints;
    QList<QVariantList> m_events;
    QHash<QString, std::shared_ptr<Statement>> m_full; // per table: the statement of a full group, prepared once
};

} // namespace danhoi
