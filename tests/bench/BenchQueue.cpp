#include "BenchFigures.h"

#include "common/DeskSession.h"
#include "questions/QuestionListWidget.h"
#include "questions/QuestionTableModel.h"
#include "questions/Queues.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <algorithm>
#include <iterator>

namespace danhoi::bench {

QList<Figure> queueFigures(ServiceContext& context, const User& user, int runs)
{
    DeskSession session(context, user);
    QuestionListWidget list(session);
    list.resize(1280, 800);
    list.show();
    auto* table = list.findChild<QTableView*>(QStringLiteral("questionTable"));
    if (!table)
        qFatal("the question list has no questionTable");
    QuestionTableModel* model = list.model();
    const QuestionQuery all = Queues::query(Queues::Kind::All, user, session.today(), context.calendar);
    // Each step ends when the visible rows are painted: repaint() asks the model for every cell on screen.
    auto timed = [&](QList<double>& into, const std::function<void()>& step) {
        QElapsedTimer timer;
        timer.start();
        step();
        table->viewport()->repaint();
        into.append(double(timer.nsecsElapsed()) / 1e6);
        if (!model->lastError().isEmpty())
            qFatal("%s", qPrintable(model->lastError()));
    };
    QList<double> first, jump, filter, sort;
    list.setQueue(all);
    QApplication::processEvents();
    for (int r = 0; r < runs; ++r)
        timed(first, [&] {
            model->setQuery(all);
            table->scrollToTop();
        });
    QList<double> repaint; // the same rows again, read already: what painting alone costs
    for (int r = 0; r < runs; ++r)
        timed(repaint, [] {});
    const int rows = model->rowCount();
    for (int r = 0; r < runs; ++r) // a different stretch each time, so no page is cached yet
        timed(jump, [&] { table->scrollTo(model->index(rows / 2 + r * 997 % std::max(1, rows / 4), 0), QAbstractItemView::PositionAtCenter); });
    const QList<QList<Status>> statusFilters = {{Status::Drafting}, {Status::Published}, {Status::Received, Status::Assigned},
                                                {Status::Approved}};
    // Every filter and (below) every sort column at least once, whatever --runs says: with three runs the sort figure
    // had missed the column by department, whose first page was the slowest step of a clerk's list on the server.
    for (int r = 0; r < std::max<int>(runs, statusFilters.size()); ++r)
        timed(filter, [&] {
            QuestionQuery query = all;
            query.statuses = statusFilters.at(r % statusFilters.size());
            model->setQuery(query);
            table->scrollToTop();
        });
    model->setQuery(all);
    const int columns[] = {QuestionTableModel::TitleColumn, QuestionTableModel::LocalityColumn,
                           QuestionTableModel::StatusColumn, QuestionTableModel::DueColumn,
                           QuestionTableModel::ReferenceColumn, QuestionTableModel::DepartmentColumn,
                           QuestionTableModel::ReceivedColumn};
    for (int r = 0; r < std::max<int>(runs, std::size(columns)); ++r)
        timed(sort, [&] {
            const int column = columns[r % std::size(columns)];
            table->sortByColumn(column, (r / int(std::size(columns))) % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            table->scrollToTop();
        });
    // A jump to the middle of the list sorted by each other column (by date: "jump to the middle" above).
    const std::pair<int, QString> jumpColumns[] = {{QuestionTableModel::StatusColumn, QStringLiteral("status")},
                                                   {QuestionTableModel::TitleColumn, QStringLiteral("title")},
                                                   {QuestionTableModel::LocalityColumn, QStringLiteral("locality")},
                                                   {QuestionTableModel::ReferenceColumn, QStringLiteral("reference")},
                                                   {QuestionTableModel::DueColumn, QStringLiteral("due date")},
                                                   {QuestionTableModel::DepartmentColumn, QStringLiteral("department")}};
    QList<QList<double>> sortedJumps;
    for (const auto& [column, name] : jumpColumns) {
        table->sortByColumn(column, Qt::AscendingOrder);
        sortedJumps.append(QList<double>());
        for (int r = 0; r < runs; ++r)
            timed(sortedJumps.last(), [&] { table->scrollTo(model->index(rows / 2 + r * 997 % std::max(1, rows / 4), 0), QAbstractItemView::PositionAtCenter); });
    }
    const QString note = QStringLiteral("%1 rows, %2, painted").arg(rows).arg(user.username);
    QList<Figure> out = {{QStringLiteral("queue: first page (All)"), first, QStringLiteral("ms"), {}, note},
                         {QStringLiteral("queue: repaint of the first page"), repaint, QStringLiteral("ms"), {}, note + QStringLiteral(", rows read already")},
                         {QStringLiteral("queue: jump to the middle"), jump, QStringLiteral("ms"), {}, note},
                         {QStringLiteral("queue: change of status filter"), filter, QStringLiteral("ms"), {}, note},
                         {QStringLiteral("queue: change of sort column"), sort, QStringLiteral("ms"), {}, note + QStringLiteral(", every column")}};
    for (qsizetype i = 0; i < sortedJumps.size(); ++i)
        out.append({QStringLiteral("queue: jump to the middle, by %1").arg(jumpColumns[i].second), sortedJumps.at(i),
                    QStringLiteral("ms"), {}, note + QStringLiteral(", ascending")});
    return out;
}

} // namespace danhoi::bench
