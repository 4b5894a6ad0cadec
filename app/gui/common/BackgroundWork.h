#pragma once

#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace danhoi {

// Long work (import, export, publishing, learning the suggestions) runs on its own thread with a progress dialog;
// this ends both once the work has reported back, and leaves the pointers null.
void finishBackgroundWork(QThread*& thread, QProgressDialog*& progress);

// A window-modal progress dialog over `parent`, shown at once, whose Cancel button sets `cancelled`.
QProgressDialog* showCancellableProgress(QWidget* parent, const QString& objectName, const QString& title,
                                         const QString& label, std::shared_ptr<std::atomic_bool> cancelled);
// Called on a worker thread: posts (done, total) to the progress dialog on the UI thread, if it is still there.
std::function<void(int done, int total)> progressReporter(QPointer<QProgressDialog> progress);

// Each worker calls this first, on its own thread, with the name of its work ("publish", "learn", …). Tests set a
// hook to hold a worker there, so that they can press Cancel or check the desk stays usable while it runs.
void backgroundWorkStarted(const QString& work);
void setBackgroundWorkHookForTests(std::function<void(const QString& work)> hook);

} // namespace danhoi
