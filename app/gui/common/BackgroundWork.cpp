#include "BackgroundWork.h"

#include <QProgressDialog>
#include <QThread>

namespace danhoi {

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

} // namespace danhoi
