#include "DeskSession.h"

#include "SuggestionLearner.h"
#include "services/QuestionService.h"

namespace danhoi {

DeskSession::DeskSession(ServiceContext& context, User user, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_user(std::move(user))
{
}

RoutingService& DeskSession::routing()
{
    if (!m_routing)
        m_routing.emplace(m_context, m_user);
    return *m_routing;
}

SuggestionLearner& DeskSession::suggestionLearner()
{
    if (!m_learner)
        m_learner = new SuggestionLearner(*this);
    return *m_learner;
}

AgencySettings DeskSession::agency()
{
    if (!m_agency) {
        auto settings = admin().settings();
        m_agency = settings ? settings.value() : AgencySettings{};
    }
    return *m_agency;
}

std::optional<int> DeskSession::workingDaysLeft(const Question& question, const QDate& today) const
{
    if (!question.dueDate || !QuestionRepository::openStatuses().contains(question.status))
        return std::nullopt;
    return m_context.calendar.workingDaysUntil(today, *question.dueDate);
}

QString DeskSession::formatDate(const QDate& date) const
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString DeskSession::formatDateTime(const QDateTime& instant)
{
    return instant.isValid() ? agencyTime().toAgency(instant).toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QList<Department> DeskSession::departments()
{
    if (!m_departments) {
        auto all = admin().departments();
        m_departments = all ? all.value() : QList<Department>{};
    }
    return *m_departments;
}

QList<Category> DeskSession::categories()
{
    if (!m_categories) {
        auto all = admin().categories();
        m_categories = all ? all.value() : QList<Category>{};
    }
    return *m_categories;
}

void DeskSession::forgetCatalog()
{
    m_departments.reset();
    m_categories.reset();
}

void DeskSession::notifyQuestionChanged(Id questionId)
{
    if (m_learner)
        m_learner->markStale(); // routed, rerouted or answered: learned again when suggestions are next wanted
    emit questionChanged(questionId);
}

void DeskSession::notifyCatalogChanged()
{
    m_agency.reset();
    m_departments.reset();
    m_categories.reset();
    if (m_learner)
        m_learner->markStale(); // departments renamed or retired
    emit catalogChanged();
}

} // namespace danhoi
