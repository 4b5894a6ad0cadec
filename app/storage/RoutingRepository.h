#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace danhoi {

// What the department suggester learns from: every question routed so far and the department it went to.
struct RoutedText {
    Id questionId = 0;
    QString departmentCode;
    QString text; // title, body and the latest answer revision
};

class RoutingRepository
{
public:
    explicit RoutingRepository(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Routed questions (a department set, not rejected), newest first: `count` of them, older than the question
    // `before` when given. Read a page at a time, a learner can stop between pages (leaving the desk, say): one read
    // of the 20,000 a model learns from took a quarter of a second at a million questions, and could not be stopped.
    Result<QList<RoutedText>> routedQuestions(int count, std::optional<Id> before = std::nullopt);
    // Seed keywords per department code, from the settings "routing.keywords.CODE" (separated by ',' or ';').
    Result<QHash<QString, QStringList>> keywords();

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
