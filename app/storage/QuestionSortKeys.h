#pragma once

#include "QuestionRepository.h"

// The keys of the sorts that have marks (QuestionSortMarks), shared by its reads and its schema steps. Internal to
// app/storage.
namespace danhoi::sort_keys {

// A sort's key on a row, in the list's order: (text, number, last). `%1` in a part is the row ("q.", "NEW.", "OLD.").
// Lists by title, locality and due date end their ORDER BY with the id; references are unique.
struct SortKey {
    QuestionQuery::Sort sort;
    int id; // question_sort_marks.sort
    const char* text;
    const char* number;
    const char* last;
    const char* only; // the rows the sort's marks count (SQLite lists questions with no due date apart)

    bool byText() const { return QLatin1String(text) != QLatin1String("''"); }
    // The first column of the sort's index, then the last one.
    QString first(const QString& row) const { return on(byText() ? text : number, row); }
    static QString on(const char* part, const QString& row)
    {
        const QString out = QString::fromLatin1(part);
        return out.contains(QLatin1String("%1")) ? out.arg(row) : out;
    }
};

inline constexpr SortKey keys[] = {
    {QuestionQuery::Sort::Title, 1, "%1title", "0", "%1id", "1"},
    {QuestionQuery::Sort::Locality, 2, "%1asker_locality", "0", "%1id", "1"},
    {QuestionQuery::Sort::Reference, 3, "''", "%1ref_year", "%1ref_seq", "1"},
    {QuestionQuery::Sort::Due, 4, "%1due_date", "0", "%1id", "%1due_date IS NOT NULL"},
};

inline const SortKey* keyOf(QuestionQuery::Sort sort)
{
    for (const SortKey& key : keys)
        if (key.sort == sort)
            return &key;
    return nullptr;
}

// The mark that holds `row`'s key: the greatest mark not above it (every sort has the mark ('', 0, 0), below all).
inline QString markOf(const SortKey& key, const QString& row)
{
    return QStringLiteral("(SELECT m.mark FROM question_sort_marks m WHERE m.sort = %1"
                          " AND (m.mark_text, m.mark_number, m.mark_id) <= (%2, %3, %4)"
                          " ORDER BY m.mark_text DESC, m.mark_number DESC, m.mark_id DESC LIMIT 1)")
        .arg(key.id)
        .arg(SortKey::on(key.text, row), SortKey::on(key.number, row), SortKey::on(key.last, row));
}

} // namespace danhoi::sort_keys
