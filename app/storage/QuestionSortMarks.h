#pragma once

#include "QuestionRepository.h"

namespace danhoi {

// Far pages of the lists sorted by title, locality, reference and due date (SQLite, schema 10). Marks are keys of
// each sort, one every few thousand rows, placed from the questions (question_sort_marks); question_sort_counts holds
// how many questions of each (department, status, published or not) lie from each mark to the next, kept exact by
// triggers in the writing transaction like question_counts. A page far down such a list sums the marks before it and
// walks from the mark that holds its first row, never more than one mark's rows: the same rows at the same positions
// as the walk from the top, whatever was written since the marks were placed. From schema 12 each mark also keeps how
// many rows it holds (`n`, kept by the same triggers), and whoever writes questions keeps the marks even in the
// writing transaction (keepEven): a mark that comes to hold more than twice the rows it was placed for splits in two,
// and one left nearly empty joins the mark before it.
class QuestionSortMarks
{
public:
    // Rows between two marks when they are placed.
    static constexpr int rowsPerMark = 8192;

    explicit QuestionSortMarks(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Tables and triggers of schema 10 (SQLite; PostgreSQL's step 10 is empty: its marks are the owner's layer's).
    static QStringList schemaStep();
    // Schema 12: each mark keeps its rows (triggers) and the partial indexes keepEven() reads (SQLite).
    static QStringList keepingEvenStep();
    static bool sorts(QuestionQuery::Sort sort);
    // The sort's number among the server's marks (postgres/9-sort-marks.sql): those of SQLite's sorts, and 8 by
    // status (PostgreSQL only, layer 7); 0 for none (by department: 6 within a department; by date the periods of
    // question_counts place a page, QuestionCounts::nearerStart).
    static int serverSort(QuestionQuery::Sort sort);
    // The rows of QuestionQuery::sortFrom as two ranges of the sort's index, in the list's order: the mark's own
    // first column from the mark's last one on (`atMark`), then the greater (or, before, smaller) first columns
    // (`pastMark`). One condition on (first, last) would step over every tie of the first column before the mark:
    // SQLite seeks an index on (title, id) by title alone, id being the rowid.
    struct Arms {
        QString first; // the sort's columns on `q`
        QString last;
        QString atMark;
        QString pastMark;
        QList<std::pair<QString, QVariant>> bindings;
    };
    static Arms armsOf(const QuestionQuery& query);

    // Places the marks again from the questions as they are, `rows` apart (each then splits above twice `rows`),
    // and counts each mark's rows; in the caller's transaction (after a generated batch, in tests). On PostgreSQL
    // the owner's danhoi_sort_marks_place.
    Result<void> place(int rows = rowsPerMark);
    // The same as schema 10's step did it, before the marks kept their rows (the step of a file older than 10).
    Result<void> placeAsVersion10();
    // Splits every mark that holds more than twice the rows it was placed for (at its middle row: that mark's rows
    // walked along the sort's index, the second half's read for their status), and joins a mark (not the lowest)
    // left with less than a quarter of them to the mark before it when both fit (no row read), until every mark is
    // even; in the caller's transaction, after questions were written (QuestionRepository, QuestionBulkWriter; a
    // write from elsewhere, such as the sqlite3 shell, is evened by the next) and in schema 12's step. One look at an
    // empty partial index otherwise. Nothing on PostgreSQL.
    Result<void> keepEven();
    // The same page as `query` (sorted by title, locality, reference or due date, offset at least `from`), narrowed
    // to the rows from the mark that holds its first row on (QuestionQuery::sortFrom), the offset counted from that
    // mark; nullopt when `query` is not such a page or the marks cannot place it (PostgreSQL, questions with no due
    // date).
    Result<std::optional<QuestionQuery>> nearerStart(const QuestionQuery& query, qint64 from = QuestionRepository::farOffset);
    // PostgreSQL (layer 5, postgres/9-sort-*.sql; by status layer 7): the ids of the same page from the
    // server's marks, which no desk
    // may read: danhoi_sorted_page works out what the connected user may see, as their views do, and returns the
    // page's ids in the list's order. By department, a page within the department `query` names (as
    // QuestionCounts::nearerStart narrows it). nullopt when `query` is not such a page or the server cannot place it.
    Result<std::optional<QList<Id>>> pageOnServer(const QuestionQuery& query, qint64 from = QuestionRepository::farOffset);

private:
    struct Mark;
    Result<void> place(int rows, bool keepsRows);
    Result<bool> split(const Mark& mark);
    Result<bool> joinPrevious(const Mark& mark);

    QSqlDatabase m_db;
};

} // namespace danhoi
