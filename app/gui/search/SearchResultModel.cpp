#include "SearchResultModel.h"

#include "SnippetHtml.h"
#include "common/StatusLook.h"

namespace danhoi {

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractTableModel(parent) { }

void SearchResultModel::setResults(const QList<SearchResult>& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int SearchResultModel::rowOf(Id questionId) const
{
    for (int row = 0; row < m_results.size(); ++row)
        if (m_results.at(row).id == questionId)
            return row;
    return -1;
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchResult& result = m_results.at(index.row());
    if (role == QuestionIdRole)
        return result.id;
    switch (index.column()) {
    case ReferenceColumn:
        if (role == Qt::DisplayRole)
            return result.ref;
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return result.title;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return result.answered ? tr("%1 – answered").arg(DomainLabels::status(result.status))
                                   : DomainLabels::status(result.status);
        if (role == Qt::DecorationRole)
            return StatusLook::icon(result.status);
        break;
    case SnippetColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return SnippetHtml::toPlainText(result.snippet);
        if (role == SnippetHtmlRole)
            return SnippetHtml::toSafeHtml(result.snippet);
        break;
    default:
        break;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn: return tr("Reference");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case SnippetColumn: return tr("Where the words were found");
    default: return {};
    }
}

} // namespace danhoi
