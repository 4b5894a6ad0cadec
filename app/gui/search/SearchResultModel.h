#pragma once

#include "services/SearchService.h"

#include <QAbstractTableModel>

namespace danhoi {

// The results of one search (bounded by SearchService::maxLimit), best first.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ReferenceColumn, TitleColumn, StatusColumn, SnippetColumn, ColumnCount };
    enum DataRole { QuestionIdRole = Qt::UserRole + 1, SnippetHtmlRole };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setResults(const QList<SearchResult>& results);
    const QList<SearchResult>& results() const { return m_results; }
    int rowOf(Id questionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SearchResult> m_results;
};

} // namespace danhoi
