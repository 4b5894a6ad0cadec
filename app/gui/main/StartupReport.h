#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace danhoi {

// For measuring the desk (danhoi --report-startup): prints the milliseconds from start to the main window's first
// paint; optionally scrolls the question list of the "All" queue from top to bottom and prints the peak memory;
// then quits.
class StartupReport : public QObject
{
    Q_OBJECT
public:
    StartupReport(QWidget* window, QElapsedTimer started, bool scroll);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();
    void scrollAllQueue();

    QWidget* m_window;
    QElapsedTimer m_started;
    bool m_scroll;
    bool m_painted = false;
};

} // namespace danhoi
