#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "services/QuestionService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace danhoi::cli {

// The JSON shapes of danhoi-cli --json; times are ISO 8601 with the agency's offset.
class JsonViews
{
public:
    explicit JsonViews(AgencyTime time) : m_time(std::move(time)) { }

    QJsonObject question(const Question& question) const;
    QJsonObject details(const QuestionDetails& details) const;
    QJsonObject revision(const AnswerRevision& revision) const;
    QJsonObject event(const AuditEvent& event) const;
    static QJsonObject department(const Department& department);
    static QJsonObject category(const Category& category);
    static QJsonObject user(const User& user);

private:
    AgencyTime m_time;
};

} // namespace danhoi::cli
