#pragma once

#include "Database.h"
#include "core/Domain.h"

#include <functional>

namespace danhoi {

// Positional bindings from `offset`; a null QString is bound as '' (text columns are NOT NULL), SQL NULL is an
// empty QVariant.
void bindRow(QSqlQuery& query, int offset, const QVariantList& values);

// SQLite: questions as an import receives them, each with its content key and its "record" event, staged a group
// at a time in a temporary table (one INSERT of many rows), then copied into `questions`, `import_fingerprints` and
// the search index by one INSERT … SELECT each (writeStaged; the index text folded in that statement), as the
// sqlite3 shell's bulk import does. A group INSERT into `questions` itself opens a statement journal (its count
// triggers and foreign keys could fail halfway): every page of its 13 indexes that the transaction had already
// changed was copied there first (60,000 page writes for 10,000 questions into the 1M file, more than the WAL took),
// and FTS5 wrote out the index rows it held as a small segment. The single INSERT … SELECT finds nothing changed
// yet. The events are written a group at a time (they reference no table). The ids are given here, after the
// largest one (the transaction holds SQLite's write lock). Writes through the sqlite3 API on the connection's own
// handle (the library Qt's driver uses).
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
    bool full() const { return m_rows.size() >= rows; }
    Result<void> write(); // stages the questions added since the last write and writes their events
    // write(), then the staged questions into their tables and the search index; the temporary table is dropped.
    Result<void> writeStaged(class SearchIndex& index);

private:
    struct Statement;
    class Binder;
    // What add() was given, bound in place when the group is written (no value list per row).
    struct Row {
        Question question;
        int year;
        int sequence;
        QString fingerprint;
        qint64 now;
        AuditEvent event;
        QString channel, status;
    };
    Result<void> insert(const QString& table, const QString& columns, int columnCount,
                        const std::function<void(Binder&, const Row&)>& bind);
    Result<void> exec(const QString& sql);

    QSqlDatabase m_db;
    std::optional<Id> m_nextId;
    bool m_staging = false; // the temporary table exists
    QList<Row> m_rows;
    QByteArray m_texts; // the texts of the group being written, as UTF-8 (kept: its capacity is reused)
    QHash<QString, std::shared_ptr<Statement>> m_full; // per table: the statement of a full group, prepared once
};

} // namespace danhoi
