#pragma once

#include "Database.h"
#include "core/Domain.h"
#include "core/Visibility.h"

namespace danhoi {

// One page of a question list: filters, visibility, sort and window, all applied in SQL. A new filter must also be
// named in QuestionCounts::answers (the counts table knows only scope, statuses and department).
struct QuestionQuery {
    enum class Sort { Received, Reference, Title, Locality, Department, Status, Due };

    VisibilityScope scope;
    QList<Status> statuses;
    std::optional<Id> departmentId;
    std::optional<Id> assignedClerkId;
    std::optional<QDate> overdueAsOf;     // open questions due before this day
    std::optional<std::pair<QDate, QDate>> dueBetween; // open questions due in [first, second] (due soon)
    std::optional<Id> lastRevisionAuthorId; // questions whose latest revision this user wrote
    std::optional<RevisionState> lastRevisionState;
    QString quickFilter;                  // reference or title contains
    QDateTime receivedFrom;               // inclusive; invalid = open
    QDateTime receivedBefore;             // exclusive; invalid = open
    // Sort::Received only: the rows after (received_at, id) of the previous page's last row, for paging through a
    // long list without an OFFSET that grows with every page.
    std::optional<std::pair<QDateTime, Id>> afterReceived;
    // Sorts by title, locality, reference and due date: the rows from this key of the sort on or, with `before`,
    // the rows before it (in ascending order). Set by QuestionSortMarks for a far page.
    struct SortKey {
        QString text;       // title, locality or due date ('' by reference)
        qint64 number = 0;  // the reference's year
        qint64 id = 0;      // the question's id (the reference's sequence number)
        bool before = false;
    };
    std::optional<SortKey> sortFrom;
    Sort sort = Sort::Received;
    bool descending = true;
    int limit = 100;
    int offset = 0;
};

class QuestionRepository
{
public:
    explicit QuestionRepository(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Inserts with the next reference of `year`; fills id, ref and version.
    Result<void> insert(Question& question, int year, const QDateTime& now);
    // Writes every mutable field if the stored version still equals question.version; bumps it.
    Result<void> update(Question& question, const QDateTime& now);
    Result<std::optional<Question>> byId(Id id);
    Result<std::optional<Question>> byReference(const QString& ref);
    Result<std::optional<Id>> idByExternalId(const QString& externalId);
    // From this offset on, a page of a list by date or by status (and no filter the counts do not hold) is read from
    // the period of receipt that holds it (QuestionCounts::nearerStart), and by title, locality, reference or due
    // date from the mark that holds it (QuestionSortMarks::nearerStart), rather than walked to from the top.
    static constexpr qint64 farOffset = 10000;
    // One page; `countsFrom` lowers farOffset (tests compare both ways of reading a page).
    Result<QList<Question>> list(const QuestionQuery& query, qint64 countsFrom = farOffset);
    Result<qint64> count(const QuestionQuery& query);
    // The counts of several queries (same scope), for queue badges.
    Result<QList<qint64>> countEach(const QList<QuestionQuery>& queries);

    static QList<Status> openStatuses();

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
