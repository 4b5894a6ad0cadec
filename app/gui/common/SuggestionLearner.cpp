#include "SuggestionLearner.h"

#include "BackgroundWork.h"
#include "DeskSession.h"

#include <QProgressDialog>
#include <QThread>

namespace danhoi {

namespace {
constexpr qint64 staleAfterMs = 10 * 60 * 1000;
}

SuggestionLearner::SuggestionLearner(DeskSession& session)
    : QObject(&session)
    , m_session(session)
{
}

SuggestionLearner::~SuggestionLearner()
{
    if (m_cancelled)
        m_cancelled->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool SuggestionLearner::isStale() const
{
    return m_stale || !m_learnedAt.isValid() || m_learnedAt.hasExpired(staleAfterMs);
}

void SuggestionLearner::learn()
{
    if (!m_thread)
        start(nullptr);
}

void SuggestionLearner::learnIfStale()
{
    if (isStale())
        learn();
}

void SuggestionLearner::learnWithProgress(QWidget* parent)
{
    if (!m_thread) {
        start(parent);
        return;
    }
    // A quiet run is going on: show that it is busy (and can be cancelled) instead of starting another.
    if (!m_progress)
        m_progress = showCancellableProgress(parent, QStringLiteral("learnProgress"), tr("Department suggestions"),
                                             tr("Learning the department suggestions…"), m_cancelled);
}

void SuggestionLearner::start(QWidget* progressParent)
{
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_stale = false;
    std::function<void(int, int)> report;
    if (progressParent) {
        m_progress = showCancellableProgress(progressParent, QStringLiteral("learnProgress"),
                                             tr("Department suggestions"), tr("Learning the department suggestions…"),
                                             m_cancelled);
        report = progressReporter(m_progress);
    }
    const RoutingService routing(m_session.context(), m_session.user());
    auto cancelled = m_cancelled;
    // The worker never touches a widget: progress and the result go back to the UI thread as queued calls.
    m_thread = QThread::create([this, routing, cancelled, report] {
        backgroundWorkStarted(QStringLiteral("learn"));
        auto model = routing.train([cancelled] { return cancelled->load(); }, report);
        const bool ok = model.ok() && !cancelled->load();
        QMetaObject::invokeMethod(this, [this, ok, model] {
            done(ok, model ? model.value() : nullptr, model ? QString() : model.error().message);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("danhoi-learn"));
    m_thread->start();
}

void SuggestionLearner::done(bool ok, std::shared_ptr<RoutingSuggester> model, const QString& error)
{
    const bool cancelled = m_cancelled->load();
    finishBackgroundWork(m_thread, m_progress);
    if (!ok) {
        m_stale = true; // the old model (if any) stays in use
        emit finished(false, cancelled ? tr("Learning was cancelled; the suggestions stay as they were.") : error);
        return;
    }
    const int examples = model->exampleCount();
    m_session.routing().adopt(std::move(model));
    m_learnedAt.start();
    emit learned(examples);
    emit finished(true, tr("The suggestions learned from %n routed question(s).", nullptr, examples));
}

} // namespace danhoi
