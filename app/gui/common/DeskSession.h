#pragma once

#include "core/Clock.h"
#include "services/AdminService.h"
#include "services/AuditService.h"
#include "services/CalendarService.h"
#include "services/ExportService.h"
#include "services/LetterService.h"
#include "services/QuestionService.h"
#include "services/RoutingService.h"
#include "services/SearchService.h"
#include "services/WorkflowService.h"

#include <QObject>

namespace danhoi {

class SuggestionLearner;

// The signed-in user at the desk and the services they act through; features share one session.
class DeskSession : public QObject
{
    Q_OBJECT
public:
    DeskSession(ServiceContext& context, User user, QObject* parent = nullptr);

    ServiceContext& context() { return m_context; }
    const User& user() const { return m_user; }

    QuestionService questions() { return QuestionService(m_context, m_user); }
    WorkflowService workflow() { return WorkflowService(m_context, m_user); }
    AdminService admin() { return AdminService(m_context, m_user); }
    AuditService audit() { return AuditService(m_context, m_user); }
    SearchService search() { return SearchService(m_context, m_user); }
    LetterService letters() { return LetterService(m_context, m_user); }
    CalendarService calendar() { return CalendarService(m_context, m_user); }
    // One for the session; its suggester is learned on a worker thread by suggestionLearner().
    RoutingService& routing();
    SuggestionLearner& suggestionLearner();

    AgencySettings agency();
    AgencyTime agencyTime() { return AgencyTime(agency().timeZone); }
    // Today in the agency's time zone.
    QDate today() { return agencyTime().today(*m_context.clock); }
    // Working days until the due date for an open question; nothing for closed or undated ones.
    std::optional<int> workingDaysLeft(const Question& question, const QDate& today) const;
    // dd/MM/yyyy in the agency's time zone.
    QString formatDate(const QDate& date) const;
    QString formatDateTime(const QDateTime& instant);

    // Active departments, Vietnamese names; cached until catalogChanged.
    QList<Department> departments();
    QList<Category> categories();
    // Forgets the cached departments and categories (without a signal): dialogs that decide with them (routing,
    // intake) read what an administrator changed at another desk.
    void forgetCatalog();

    // Features report changes here; every view of questions refreshes.
    void notifyQuestionChanged(Id questionId);
    void notifyCatalogChanged();

signals:
    void questionChanged(danhoi::Id questionId);
    void catalogChanged();

private:
    ServiceContext& m_context;
    User m_user;
    std::optional<AgencySettings> m_agency;
    std::optional<QList<Department>> m_departments;
    std::optional<QList<Category>> m_categories;
    std::optional<RoutingService> m_routing;
    SuggestionLearner* m_learner = nullptr;
};

} // namespace danhoi
