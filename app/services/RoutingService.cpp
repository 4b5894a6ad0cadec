#include "RoutingService.h"

#include "QuestionService.h"
#include "core/TextRules.h"
#include "storage/CatalogRepository.h"
#include "storage/RoutingRepository.h"

namespace danhoi {

Result<int> RoutingService::retrain()
{
    auto model = train();
    if (!model)
        return model.error();
    m_model = model.value();
    return m_model->exampleCount();
}

Result<std::shared_ptr<RoutingSuggester>> RoutingService::train(const std::function<bool()>& cancelled,
                                                                const std::function<void(int, int)>& progress) const
{
    if (!m_actor.active)
        return Error{ErrorKind::Authentication, tr("Your account is disabled."), {}};
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    auto departments = CatalogRepository(connection.value()).departments(true);
    if (!departments)
        return departments.error();
    RoutingRepository repository(connection.value());
    auto keywords = repository.keywords();
    if (!keywords)
        return keywords.error();
    auto routed = repository.routedQuestions(trainingQuestions);
    if (!routed)
        return routed.error();
    auto model = std::make_shared<RoutingSuggester>();
    for (const Department& department : departments.value())
        model->addDepartment(department.code, department.nameVi, keywords->value(department.code));
    const int total = int(routed->size());
    for (int i = 0; i < total; ++i) {
        if (i % 100 == 0) {
            if (cancelled && cancelled())
                return Error::other(tr("Learning the department suggestions was cancelled."));
            if (progress)
                progress(i, total);
        }
        model->addExample(routed->at(i).departmentCode, routed->at(i).text);
    }
    if (progress)
        progress(total, total);
    return model;
}

Result<void> RoutingService::ensureTrained()
{
    if (m_model)
        return {};
    auto trained = retrain();
    if (!trained)
        return trained.error();
    return {};
}

Result<QList<RoutingSuggestion>> RoutingService::suggest(const QString& idOrReference, int limit)
{
    auto question = QuestionService(m_context, m_actor).find(idOrReference);
    if (!question)
        return question.error();
    return suggestText(question->title + QLatin1Char('\n') + question->body, limit);
}

Result<QList<RoutingSuggestion>> RoutingService::suggestText(const QString& text, int limit)
{
    auto clean = TextRules::clean(text, QStringLiteral("text"), tr("The text"), TextRules::maxBodyLength, true);
    if (!clean)
        return clean.error();
    if (auto ok = ensureTrained(); !ok)
        return ok.error();
    return m_model->suggest(clean.value(), limit);
}

} // namespace danhoi
