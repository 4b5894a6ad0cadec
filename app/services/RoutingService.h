#pragma once

#include "ServiceContext.h"
#include "core/RoutingSuggester.h"

#include <functional>
#include <memory>

namespace danhoi {

// Department suggestions for routing, learned from the questions already routed. The model is trained on first
// use and kept by this service; retrain() picks up what was routed since.
class RoutingService
{
    Q_DECLARE_TR_FUNCTIONS(RoutingService)
public:
    RoutingService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    // For a recorded question the actor may see.
    Result<QList<RoutingSuggestion>> suggest(const QString& idOrReference, int limit = 3);
    // For text not yet recorded.
    Result<QList<RoutingSuggestion>> suggestText(const QString& text, int limit = 3);
    // The suggester learns from this many of the newest routed questions: recent routing is what it should follow,
    // and the desk's memory and learning time stay bounded at a million questions (all of them took 1.5 GB).
    static constexpr int trainingQuestions = 20000;
    // Read this many at a time: leaving the desk while it learns waits for one page at most.
    static constexpr int trainingPage = 500;

    // Learns again from the newest routed questions; returns how many it learned from.
    Result<int> retrain();
    // A new model from the newest routed questions, without touching this service's one: safe on a worker thread (the
    // database gives each thread its own connection). `cancelled` is asked between questions; `progress` gets how
    // many were learned out of how many.
    Result<std::shared_ptr<RoutingSuggester>> train(const std::function<bool()>& cancelled = {},
                                                    const std::function<void(int, int)>& progress = {}) const;
    // Uses a model trained elsewhere (see train()); suggestions come from it from now on.
    void adopt(std::shared_ptr<RoutingSuggester> model) { m_model = std::move(model); }
    bool isTrained() const { return m_model != nullptr; }

private:
    Result<void> ensureTrained();

    ServiceContext& m_context;
    User m_actor;
    std::shared_ptr<RoutingSuggester> m_model;
};

} // namespace danhoi
