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
    auto model = std::make_shared<RoutingSuggester>();
    for (const Department& department : departments.value())
        model->addDepartment(department.code, department.nameVi, keywords->value(department.code));
    // Page by page, newest first, asking `cancelled` between pages and every 100 questions; until the last page the
    // total is the most it will learn from.
    std::optional<Id> before;
    int learned = 0;
    const auto stopped = [&] { return cancelled && cancelled(); };
    const Error stop = Error::other(tr("Learning the department suggestions was cancelled."));
    for (;;) {
        if (stopped())
            return stop;
        const int wanted = std::min(trainingPage, trainingQuestions - learned);
        auto page = repository.routedQuestions(wanted, before);
        if (!page)
            return page.error();
        const bool last = page->size() < wanted || learned + page->size() >= trainingQuestions;
        for (const RoutedText& routed : std::as_const(page.value())) {
            if (learned % 100 == 0) {
                if (stopped())
                    return stop;
                if (progress)
                    progress(learned, trainingQuestions);
            }
            model->addExample(routed.departmentCode, routed.text);
            ++learned;
        }
        if (last)
            break;
        before = page->last().questionId;
    }
    if (progress)
        progress(learned, learned);
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
