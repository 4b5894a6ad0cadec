#pragma once

#include "Database.h"
#include "SearchIndex.h"
#include "core/Domain.h"

#include <QHash>

namespace danhoi {

// The fast path for many questions at once (synthetic data, large imports): statements prepared once and
// reused, the audit chain extended in memory and its head written once per batch. Runs inside the caller's
// write transaction; the search index is kept in step row by row, from the texts in memory (nothing read back).
class QuestionBulkWriter
{
public:
    explicit QuestionBulkWriter(QSqlDatabase tx);

    Result<void> prepare();
    // Inserts the question (numbered in `year`), its revisions and its events; fills their ids, the chain
    // hashes and the question's publishedRevisionId when `publishedRevision` indexes one of the revisions.
    Result<void> add(Question& question, int year, QList<AnswerRevision>& revisions, QList<AuditEvent>& events,
                     std::optional<int> publishedRevision);
    // Writes the audit head; call before committing.
    Result<void> finish();

private:
    Result<int> nextSequence(int year);

    QSqlDatabase m_db;
    QSqlQuery m_question;
    QSqlQuery m_revision;
    QSqlQuery m_event;
    QSqlQuery m_publish;
    SearchIndex m_search;
    QHash<int, int> m_lastSequence;
    qint64 m_headSeq = 0;
    QString m_headHash;
};

} // namespace danhoi
