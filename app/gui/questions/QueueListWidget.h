#pragma once

#include "Queues.h"

#include <QListWidget>

namespace danhoi {

class DeskSession;

// The queues of the signed-in user with live counts, all counted in one query.
class QueueListWidget : public QListWidget
{
    Q_OBJECT
public:
    explicit QueueListWidget(DeskSession& session, QWidget* parent = nullptr);

    void refreshCounts();
    Queues::Kind currentQueue() const;
    void selectQueue(Queues::Kind kind);
    QuestionQuery currentQuery();
    qint64 countOf(Queues::Kind kind) const { return m_counts.value(int(kind), -1); }

protected:
    void changeEvent(QEvent* event) override;

signals:
    void queueSelected(danhoi::Queues::Kind kind);

private:
    DeskSession& m_session;
    QList<Queues::Kind> m_kinds;
    QHash<int, qint64> m_counts;
};

} // namespace danhoi
