#pragma once

#include "ServiceContext.h"
#include "core/RoutingSuggester.h"

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
    // Learns again from every routed question; returns how many it learned from.
    Result<int> retrain();

private:
    Result<void> ensureTrained();

    ServiceContext& m_context;
    User m_actor;
    std::shared_ptr<RoutingSuggester> m_model;
};

} // namespace danhoi
