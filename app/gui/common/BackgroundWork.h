#pragma once

class QProgressDialog;
class QThread;

namespace danhoi {

// Long work (import, export) runs on its own thread with a progress dialog; this ends both once the work has
// reported back, and leaves the pointers null.
void finishBackgroundWork(QThread*& thread, QProgressDialog*& progress);

} // namespace danhoi
