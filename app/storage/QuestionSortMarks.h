#pragma once

#include "QuestionRepository.h"

namespace danhoi {

// Far pages of the lists sorted by title, locality, reference and due date (SQLite, schema 10). Marks are keys of
// each sort, one every few thousand rows, placed from the questions (question_sort_marks); question_sort_counts holds
// how many questions of each (department, status, published or not) lie from each mark to the next, kept exact by
// triggers in the writing transaction like question_counts. A page far down such a list sums the marks before it and
// walks from the mark that holds its first row, never more than one mark's rows: the same rows at the same positions
// as the walk from the top, whatever was written since the marks were placed (they only get less even).
class QuestionSortMarks
{
public:
    // Rows between two marks when they are placed.
    static constexpr int rowsPerMark = 8192;

    explicit QuestionSortMarks(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Tables and triggers of schema 10 (SQLite; PostgreSQL's step 10 is empty and its lists walk as before).
    static QStringList schemaStep();
    static bool sorts(QuestionQuery::Sort sort);
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

    // Places the marks again from the questions as they are, `rows` apart, and counts each mark's rows; in the
    // caller's transaction (a schema step, after a generated or imported batch).
    Result<void> place(int rows = rowsPerMark);
    // Splits each mark that holds more than four times `rows` (a database that grew since they were placed) into
    // marks `rows` apart over the rows it holds, as place() would, and counts those rows again; the other marks keep
    // theirs. Whether any was split. A check of a few thousand count rows otherwise. An import of 100,000 questions
    // into the 1M file splits the last mark by reference in about a second, where placing every mark again read
    // the whole file (~100 s).
    Result<bool> placeIfUneven(int rows = rowsPerMark);
    // The same page as `query` (sorted by title, locality, reference or due date, offset at least `from`), narrowed
    // to the rows from the mark that holds its first row on (QuestionQuery::sortFrom), the offset counted from that
    // mark; nullopt when `query` is not such a page or the marks cannot place it (PostgreSQL, questions with no due
    // date).
    Result<std::optional<QuestionQuery>> nearerStart(const QuestionQuery& query, qint64 from = QuestionRepository::farOffset);

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
