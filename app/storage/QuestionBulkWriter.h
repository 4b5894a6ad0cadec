#pragma once

#include "Database.h"
#include "GuardedWrites.h"
#include "SearchIndex.h"
#include "core/Domain.h"

#include <QHash>

namespace danhoi {

// The fast path for many questions at once (synthetic data, imports): statements prepared once and reused, the
// audit chain extended in memory and its head written once per batch. Runs inside the caller's write transaction;
// the search index rows are written from the texts in memory (nothing read back), in groups of `indexGroup`
// questions after their rows: on SQLite every statement that opens a statement journal (an insert into `questions`,
// whose count triggers may fail halfway) makes FTS5 write out the index rows it holds in memory as a new segment, so
// one index row between two questions costs a segment each and a merge of them later. finish() writes the rest.
class QuestionBulkWriter
{
public:
    static constexpr int indexGroup = 500; // ~1 MB of folded text: about the share FTS5 holds before writing a segment
    explicit QuestionBulkWriter(QSqlDatabase tx);
    ~QuestionBulkWriter();

    Result<void> prepare();
    // Inserts the question (numbered in `year`), its revisions and its events; fills their ids, the chain
    // hashes and the question's publishedRevisionId when `publishedRevision` indexes one of the revisions (published
    // at its event to the published status, else at the revision's approval). Last updated at its last event.
    // The events are written as they are (on PostgreSQL only the owner may: generated data).
    Result<void> add(Question& question, int year, QList<AnswerRevision>& revisions, QList<AuditEvent>& events,
                     std::optional<int> publishedRevision);

    // Imports. For each key: the reference of the question already recorded under its `externalId` (when not empty)
    // or else with its content `fingerprint`, if any: recorded before this import (on SQLite its own questions reach
    // their tables in finish(); the caller tells the repeats within a file). On SQLite one statement for the
    // external ids and one for the content keys of the whole list (a row at a time cost 3 % of an import).
    struct RecordKey {
        QString externalId;
        QString fingerprint;
    };
    Result<QList<std::optional<QString>>> recorded(const QList<RecordKey>& keys);
    // Inserts a question as received with its fingerprint, and `event` (its "record" event) on the chain: in memory
    // on SQLite; on PostgreSQL through the server's audit function, which checks who writes it. On SQLite the rows
    // are staged a group at a time (ReceivedQuestionGroup): the question's id and reference are given at once, its
    // rows reach their tables and the search index in finish().
    Result<void> addReceived(Question& question, int year, const QString& fingerprint, AuditEvent& event,
                             const QDateTime& now);

    // PostgreSQL, the owner only (generated data): the search vocabulary's statement triggers are off for this
    // transaction and finish() counts the words of the rows written here in one statement, instead of one count
    // per index row written (about 1 ms each). Nothing on SQLite.
    Result<void> deferWordCounts();
    // PostgreSQL: the public versions of questions published here (public_questions, what other departments read),
    // hundreds a statement.
    static Result<void> writePublicVersions(QSqlDatabase tx, const QList<std::pair<Id, PublicVersion>>& versions);

    // Writes the audit head if this writer extended the chain and the deferred word counts; call before committing.
    Result<void> finish();

private:
    Result<int> nextSequence(int year);
    Result<void> insertQuestion(Question& question, int year, qint64 createdAt, qint64 updatedAt);
    Result<void> chain(AuditEvent& event); // its place on the chain and its hash, in memory
    Result<void> extendChain(AuditEvent& event);
    Result<void> addToGroup(Question& question, int year, const QString& fingerprint, AuditEvent& event, const QDateTime& now);
    Result<void> prepareImport();
    Result<QHash<QString, QString>> refsOf(const QString& select, const QStringList& keys); // SQLite: key → ref
    Result<std::optional<QString>> recordedOne(const RecordKey& key);
    struct IndexRow {
        Id questionId;
        QString title, body, locality, latestAnswer;
        std::optional<QString> publishedAnswer;
    };
    Result<void> indexLater(IndexRow row);
    Result<void> writeIndexRows();

    QSqlDatabase m_db;
    QSqlQuery m_question;
    QSqlQuery m_revision;
    QSqlQuery m_event;
    QSqlQuery m_publish;
    QSqlQuery m_byExternalId;
    QSqlQuery m_byFingerprint;
    QSqlQuery m_fingerprint;
    SearchIndex m_search;
    QList<IndexRow> m_indexRows; // at most indexGroup, written by writeIndexRows()
    std::unique_ptr<GuardedWrites> m_serverAudit; // PostgreSQL imports
    std::unique_ptr<class ReceivedQuestionGroup> m_received; // SQLite imports
    QHash<int, int> m_lastSequence;
    std::optional<std::pair<qint64, QString>> m_head; // read on the first event written in memory
    bool m_importPrepared = false;
    bool m_wordCountsDeferred = false;
    std::optional<std::pair<Id, Id>> m_written; // the first and last question id written here
};

} // namespace danhoi
