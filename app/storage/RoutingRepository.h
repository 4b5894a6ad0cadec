#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace danhoi {

// What the department suggester learns from: every question routed so far and the department it went to.
struct RoutedText {
    QString departmentCode;
    QString text; // title, body and the latest answer revision
};

class RoutingRepository
{
public:
    explicit RoutingRepository(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Routed questions (a department set, not rejected), in one statement.
    // The `newest` routed questions that were not rejected, newest first.
    Result<QList<RoutedText>> routedQuestions(int newest);
    // Seed keywords per department code, from the settings "routing.keywords.CODE" (separated by ',' or ';').
    Result<QHash<QString, QStringList>> keywords();

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
