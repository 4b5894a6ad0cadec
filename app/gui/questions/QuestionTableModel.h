#pragma once

#include "services/QuestionService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace danhoi {

class DeskSession;

// A question list of any length: the rows come from QuestionService::list a page at a time, and only a
// window of pages around what was last looked at stays in memory. Sorting and filtering run in SQL.
class QuestionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ReferenceColumn, TitleColumn, LocalityColumn, DepartmentColumn, StatusColumn, ReceivedColumn,
                  DueColumn, DaysLeftColumn, ColumnCount };
    enum DataRole { QuestionIdRole = Qt::UserRole + 1, ReferenceRole, OverdueRole };
    // Small pages: a jump reads only the rows around what is shown (cold rows of a big file cost a disk read each).
    static constexpr int pageSize = 50;
    static constexpr int maxCachedPages = 24;

    explicit QuestionTableModel(DeskSession& session, QObject* parent = nullptr);

    // A new list: counts it and drops every cached row.
    void setQuery(const QuestionQuery& query);
    const QuestionQuery& query() const { return m_query; }
    // The same list again after a change: keeps the rows' positions when the count did not change.
    void refresh();
    // Rows of the list that are currently cached (tests and memory checks).
    int cachedRowCount() const;
    QString lastError() const { return m_error; }
    // The row showing a question: looked for around `hintRow` (loading that page) and in the cached window.
    int rowOf(Id questionId, int hintRow = 0) const;
    static QuestionQuery::Sort sortForColumn(int column);
    // Reads the rows from `first` to `last` that are not cached yet (what the view is about to show) in one read of the
    // pages that hold them: rows that straddle two pages after a jump are then one read, not two as they are painted.
    void fetchRows(int first, int last);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const Question* questionAt(int row) const;
    // Reads `count` pages from page `first` on in one list read and caches them (dropping the least recently used).
    bool loadPages(int first, int count) const;
    int count();
    std::optional<int> daysLeft(const Question& question) const;
    QString daysLeftText(const Question& question) const;
    QString daysLeftTip(const Question& question) const;

    DeskSession& m_session;
    QuestionQuery m_query;
    qint64 m_rowCount = 0;
    QDate m_today;
    mutable QHash<int, QList<Question>> m_pages;
    mutable QList<int> m_recentPages; // most recent last
    mutable QHash<QDate, std::optional<int>> m_daysLeft; // open questions' working days left, by due date, for m_today
    mutable QString m_error;
};

} // namespace danhoi
