#include "PublishRun.h"

#include "common/BackgroundWork.h"
#include "PublishDialog.h"
#include "common/DeskSession.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QDir>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace danhoi {

PublishRun::PublishRun(DeskSession& session, QWidget* parent)
    : QObject(parent)
    , m_session(session)
    , m_parent(parent)
{
}

PublishRun::~PublishRun()
{
    if (m_cancelled)
        m_cancelled->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString PublishRun::problem(const Result<PublishOutcome>& result, bool cancelled)
{
    if (!result)
        return result.error().message;
    if (!result->failures.isEmpty())
        return result->failures.first().second.message;
    if (!result->bundleWritten)
        return cancelled ? tr("Writing the portal bundle was cancelled; the folder keeps the previous bundle. "
                              "Tools → Write the portal bundle writes it again.")
                         : tr("The portal bundle was not written.");
    return {};
}

void PublishRun::start(PublishRequest request, Done done)
{
    if (m_thread)
        return;
    m_done = std::move(done);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_progress = showCancellableProgress(m_parent, QStringLiteral("publishProgress"), tr("Publish"),
                                         tr("Publishing and writing the portal bundle…"), m_cancelled);
    auto cancelled = m_cancelled;
    request.cancelled = [cancelled] { return cancelled->load(); };
    request.progress = progressReporter(m_progress);
    ServiceContext& context = m_session.context();
    const User user = m_session.user();
    // The worker never touches a widget: progress and the result go back to the UI thread as queued calls.
    m_thread = QThread::create([this, &context, user, request] {
        backgroundWorkStarted(QStringLiteral("publish"));
        auto result = PublishService(context, user).publish(request);
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("danhoi-publish"));
    m_thread->start();
}

void PublishRun::finish(const Result<PublishOutcome>& result)
{
    const bool cancelled = m_cancelled->load();
    finishBackgroundWork(m_thread, m_progress);
    if (m_done)
        m_done(result, cancelled);
}

void writePortalBundle(DeskSession& session, QWidget* parent)
{
    QString folder = PublishDialog::rememberedFolder();
    if (folder.isEmpty())
        folder = FileDialog::existingFolder(parent, PublishDialog::tr("Write the portal bundle to"), QDir::homePath());
    if (folder.isEmpty())
        return;
    auto* run = new PublishRun(session, parent);
    PublishRequest request;
    request.outDir = folder;
    run->start(request, [run, parent, folder](const Result<PublishOutcome>& written, bool cancelled) {
        run->deleteLater();
        const QString title = PublishRun::tr("Write the portal bundle");
        if (const QString problem = PublishRun::problem(written, cancelled); !problem.isEmpty()) {
            MessageBox::warning(parent, title, problem);
            return;
        }
        PublishDialog::rememberFolder(folder);
        MessageBox::information(parent, title,
                                PublishRun::tr("The portal bundle in %1 holds %n item(s).", nullptr, written->items)
                                    .arg(QDir::toNativeSeparators(written->outDir)));
    });
}

} // namespace danhoi
