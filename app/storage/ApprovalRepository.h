#pragma once

#include "Database.h"
#include "core/Domain.h"

namespace danhoi {

// An approved revision of an answer with who approved it and when.
struct ApprovedAnswer {
    Id questionId = 0;
    Id revisionId = 0;
    int number = 0;
    QString body; // Markdown
    QDateTime approvedAt; // UTC
    std::optional<Id> approverId;
    QString approverUsername;
    QString approverDisplayName;
};

// Approved answers of many questions at once, for reports and letters (one query per batch, never per row).
class ApprovalRepository
{
public:
    explicit ApprovalRepository(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Every approved revision of the given questions, oldest first within each question.
    Result<QHash<Id, QList<ApprovedAnswer>>> approvedOf(const QList<Id>& questionIds);

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
