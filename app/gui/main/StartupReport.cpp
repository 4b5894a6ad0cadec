#include "StartupReport.h"

#include "questions/QueueListWidget.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace danhoi {

namespace {

// The process's peak resident memory in MB (Linux), -1 where it is not known.
double peakResidentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

StartupReport::StartupReport(QWidget* window, QElapsedTimer started, bool scroll)
    : QObject(window)
    , m_window(window)
    , m_started(started)
    , m_scroll(scroll)
{
    qApp->installEventFilter(this);
}

bool StartupReport::eventFilter(QObject* watched, QEvent* event)
{
    // The first paint of any widget of the window: the rest of that paint pass runs before the queued report.
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == m_window) {
        m_painted = true;
        qApp->removeEventFilter(this);
        QTimer::singleShot(0, this, &StartupReport::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::report()
{
    std::fprintf(stdout, "main window painted after %lld ms\n", static_cast<long long>(m_started.elapsed()));
    std::fflush(stdout);
    if (m_scroll)
        scrollAllQueue();
    QApplication::exit(0);
}

void StartupReport::scrollAllQueue()
{
    auto* queues = m_window->findChild<QueueListWidget*>();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("questionTable"));
    if (!queues || !table) {
        std::fprintf(stdout, "no question list to scroll\n");
        return;
    }
    queues->selectQueue(Queues::Kind::All);
    QApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    QScrollBar* bar = table->verticalScrollBar();
    // Page by page through the first screens, then across the whole list in even steps, painting each one.
    constexpr int pageSteps = 50;
    constexpr int spanSteps = 200;
    for (int i = 0; i < pageSteps + spanSteps; ++i) {
        const int value = i < pageSteps ? i * bar->pageStep()
                                        : int(qint64(bar->maximum()) * (i - pageSteps + 1) / spanSteps);
        bar->setValue(std::min(value, bar->maximum()));
        table->viewport()->repaint();
        QApplication::processEvents();
    }
    std::fprintf(stdout, "scrolled %d rows in %d steps in %lld ms, peak RSS %.0f MB\n", table->model()->rowCount(),
                 pageSteps + spanSteps, static_cast<long long>(timer.elapsed()), peakResidentMb());
    std::fflush(stdout);
}

} // namespace danhoi
