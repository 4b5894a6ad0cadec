#pragma once

#include <QList>
#include <QString>

namespace danhoi::search_dialect {

// The full-text SQL that differs by engine. The services build one expression language, the FTS5 subset of
// SearchQuery::ftsExpression and SearchService::similarToText ("quoted phrase", a trailing * for a prefix, AND, OR,
// NOT, parentheses); on PostgreSQL it becomes the equivalent tsquery text for to_tsquery('simple', …).

// The tsquery text for an FTS5 expression of that subset; empty when the expression holds anything else.
QString tsQuery(const QString& ftsExpression);

// Column weights (title, body, answer, locality, as for FTS5's bm25) as ts_rank's {D, C, B, A} array literal,
// scaled into ts_rank's 0–1 range.
QString tsRankWeights(const QList<double>& columnWeights);

} // namespace danhoi::search_dialect
