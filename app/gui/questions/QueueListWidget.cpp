#include "QueueListWidget.h"

#include "common/DeskSession.h"

namespace danhoi {

namespace {
constexpr int kindRole = Qt::UserRole + 1;
}

QueueListWidget::QueueListWidget(DeskSession& session, QWidget* parent)
    : QListWidget(parent)
    , m_session(session)
    , m_kinds(Queues::forUser(session.user()))
{
    setObjectName(QStringLiteral("queueList"));
    setAccessibleName(tr("Queues"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSpacing(1);
    for (Queues::Kind kind : m_kinds) {
        auto* item = new QListWidgetItem(Queues::label(kind), this);
        item->setData(kindRole, int(kind));
        item->setData(Qt::AccessibleTextRole, Queues::objectName(kind));
    }
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit queueSelected(m_kinds.at(row));
    });
    refreshCounts();
}

void QueueListWidget::refreshCounts()
{
    const QDate today = m_session.today();
    QList<QuestionQuery> queries;
    for (Queues::Kind kind : m_kinds)
        queries.append(Queues::query(kind, m_session.user(), today, m_session.context().calendar));
    auto counts = m_session.questions().countEach(queries);
    for (int row = 0; row < m_kinds.size(); ++row) {
        const Queues::Kind kind = m_kinds.at(row);
        const qint64 count = counts && row < counts->size() ? counts->at(row) : -1;
        m_counts.insert(int(kind), count);
        QListWidgetItem* entry = item(row);
        entry->setText(count < 0 ? Queues::label(kind) : tr("%1 (%2)").arg(Queues::label(kind)).arg(count));
        QFont font = entry->font();
        // A queue with work in it stands out by weight, an overdue one also by its count in the text.
        font.setBold(count > 0 && kind != Queues::Kind::All);
        entry->setFont(font);
    }
}

void QueueListWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Queues"));
        refreshCounts();
    }
    QListWidget::changeEvent(event);
}

Queues::Kind QueueListWidget::currentQueue() const
{
    const int row = currentRow();
    return row >= 0 ? m_kinds.at(row) : Queues::Kind::All;
}

void QueueListWidget::selectQueue(Queues::Kind kind)
{
    const int row = int(m_kinds.indexOf(kind));
    if (row >= 0)
        setCurrentRow(row);
}

QuestionQuery QueueListWidget::currentQuery()
{
    return Queues::query(currentQueue(), m_session.user(), m_session.today(), m_session.context().calendar);
}

} // namespace danhoi
