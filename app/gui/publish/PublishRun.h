#pragma once

#include "core/Result.h"
#include "services/PublishService.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace danhoi {

class DeskSession;

// Publishes on a worker thread behind a cancellable progress dialog over `parent`, and reports back on the UI
// thread. One run at a time; destroying it cancels a run and waits for it.
class PublishRun : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<PublishOutcome>& result, bool cancelled)>;
    PublishRun(DeskSession& session, QWidget* parent);
    ~PublishRun() override;

    bool isRunning() const { return m_thread != nullptr; }
    void start(PublishRequest request, Done done);

    // What to tell the coordinator about a finished run that wrote no bundle, or an empty text when it did.
    static QString problem(const Result<PublishOutcome>& result, bool cancelled);

private:
    void finish(const Result<PublishOutcome>& result);

    DeskSession& m_session;
    QWidget* m_parent;
    QThread* m_thread = nullptr;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    Done m_done;
};

// Tools → Write the portal bundle: every published answer again, into the folder last used (asked for when there
// is none), with the result in a message over `parent`.
void writePortalBundle(DeskSession& session, QWidget* parent);

} // namespace danhoi
