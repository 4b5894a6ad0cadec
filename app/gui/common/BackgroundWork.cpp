#include "BackgroundWork.h"

#include <QCoreApplication>
#include <QMutex>
#include <QProgressDialog>
#include <QThread>

namespace danhoi {

namespace {
QMutex hookMutex;
std::function<void(const QString&)>& hook()
{
    static std::function<void(const QString&)> instance;
    return instance;
}
} // namespace

void finishBackgroundWork(QThread*& thread, QProgressDialog*& progress)
{
    if (thread) {
        thread->wait();
        delete thread;
        thread = nullptr;
    }
    if (progress) {
        progress->reset();
        progress->deleteLater();
        progress = nullptr;
    }
}

QProgressDialog* showCancellableProgress(QWidget* parent, const QString& objectName, const QString& title,
                                         const QString& label, std::shared_ptr<std::atomic_bool> cancelled)
{
    auto* progress = new QProgressDialog(label, QCoreApplication::translate("BackgroundWork", "Cancel"), 0, 0, parent);
    progress->setObjectName(objectName);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    QObject::connect(progress, &QProgressDialog::canceled, progress, [cancelled] { cancelled->store(true); });
    progress->show();
    return progress;
}

std::function<void(int, int)> progressReporter(QPointer<QProgressDialog> progress)
{
    return [progress](int done, int total) {
        QMetaObject::invokeMethod(progress, [progress, done, total] {
            if (!progress)
                return;
            progress->setMaximum(total);
            progress->setValue(done);
        }, Qt::QueuedConnection);
    };
}

void backgroundWorkStarted(const QString& work)
{
    std::function<void(const QString&)> current;
    {
        QMutexLocker lock(&hookMutex);
        current = hook();
    }
    if (current)
        current(work);
}

void setBackgroundWorkHookForTests(std::function<void(const QString& work)> newHook)
{
    QMutexLocker lock(&hookMutex);
    hook() = std::move(newHook);
}

} // namespace danhoi
