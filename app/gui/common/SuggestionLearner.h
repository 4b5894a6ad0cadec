#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace danhoi {

class DeskSession;
class RoutingSuggester;

// Learns the department suggestions on a worker thread, so that the desk never waits for them: at first need,
// again once questions changed (or ten minutes passed, for other desks' routing) when suggestions are next wanted,
// and on demand behind a cancellable progress dialog. The session's RoutingService adopts each new model.
class SuggestionLearner : public QObject
{
    Q_OBJECT
public:
    explicit SuggestionLearner(DeskSession& session);
    ~SuggestionLearner() override;

    bool isLearning() const { return m_thread != nullptr; }
    // Questions changed since the model was learned, or it is old.
    bool isStale() const;
    void markStale() { m_stale = true; }
    // Starts learning quietly unless a run is going on already.
    void learn();
    void learnIfStale();
    // Learns now, showing progress over `parent` with a Cancel button; finished() tells how it ended.
    void learnWithProgress(QWidget* parent);

signals:
    void learned(int examples);
    void finished(bool ok, const QString& message);

private:
    void start(QWidget* progressParent);
    void done(bool ok, std::shared_ptr<RoutingSuggester> model, const QString& error);

    DeskSession& m_session;
    QThread* m_thread = nullptr;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QElapsedTimer m_learnedAt;
    bool m_stale = false;
};

} // namespace danhoi
