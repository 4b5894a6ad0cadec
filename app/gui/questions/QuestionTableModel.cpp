#include "QuestionTableModel.h"

#include "common/DeskSession.h"
#include "common/StatusLook.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QStyle>

namespace danhoi {

namespace {
constexpr int dueSoonDays = 2;
} // namespace

QuestionQuery::Sort QuestionTableModel::sortForColumn(int column)
{
    switch (column) {
    case QuestionTableModel::ReferenceColumn: return QuestionQuery::Sort::Reference;
    case QuestionTableModel::TitleColumn: return QuestionQuery::Sort::Title;
    case QuestionTableModel::LocalityColumn: return QuestionQuery::Sort::Locality;
    case QuestionTableModel::DepartmentColumn: return QuestionQuery::Sort::Department;
    case QuestionTableModel::StatusColumn: return QuestionQuery::Sort::Status;
    case QuestionTableModel::DueColumn:
    case QuestionTableModel::DaysLeftColumn: return QuestionQuery::Sort::Due;
    default: return QuestionQuery::Sort::Received;
    }
}

QuestionTableModel::QuestionTableModel(DeskSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

int QuestionTableModel::count()
{
    const QDate today = m_session.today();
    if (today != m_today)
        m_daysLeft.clear();
    m_today = today;
    auto total = m_session.questions().count(m_query);
    m_error = total ? QString() : total.error().message;
    // A view cannot show more rows than an int counts; nobody scrolls that far.
    return total ? int(std::min<qint64>(total.value(), std::numeric_limits<int>::max())) : 0;
}

void QuestionTableModel::setQuery(const QuestionQuery& query)
{
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_recentPages.clear();
    m_rowCount = count();
    endResetModel();
}

void QuestionTableModel::refresh()
{
    const int total = count();
    if (total != m_rowCount) {
        beginResetModel();
        m_pages.clear();
        m_recentPages.clear();
        m_rowCount = total;
        endResetModel();
        return;
    }
    m_pages.clear();
    m_recentPages.clear();
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(int(m_rowCount) - 1, ColumnCount - 1));
}

int QuestionTableModel::cachedRowCount() const
{
    int rows = 0;
    for (const QList<Question>& page : m_pages)
        rows += int(page.size());
    return rows;
}

int QuestionTableModel::rowOf(Id questionId, int hintRow) const
{
    if (const Question* hinted = questionAt(hintRow); hinted && hinted->id == questionId)
        return hintRow;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it.value().size(); ++i)
            if (it.value().at(i).id == questionId)
                return it.key() * pageSize + i;
    return -1;
}

bool QuestionTableModel::loadPages(int first, int count) const
{
    QuestionQuery query = m_query;
    query.limit = count * pageSize;
    // Scrolling down goes on from the last row of the page above (by date, the usual order); a jump counts.
    const auto above = m_pages.constFind(first - 1);
    if (query.sort == QuestionQuery::Sort::Received && above != m_pages.constEnd() && above->size() == pageSize)
        query.afterReceived = std::pair(above->last().receivedAt, above->last().id);
    else
        query.offset = first * pageSize;
    auto rows = m_session.questions().list(query);
    if (!rows) {
        m_error = rows.error().message;
        return false;
    }
    for (int page = first; page < first + count; ++page) {
        while (m_pages.size() >= maxCachedPages && !m_recentPages.isEmpty())
            m_pages.remove(m_recentPages.takeFirst());
        m_pages.insert(page, rows->mid(qsizetype(page - first) * pageSize, pageSize));
        m_recentPages.removeOne(page);
        m_recentPages.append(page);
    }
    return true;
}

void QuestionTableModel::fetchRows(int first, int last)
{
    first = std::max(first, 0);
    last = int(std::min<qint64>(last, m_rowCount - 1));
    if (first > last)
        return;
    int from = first / pageSize;
    int to = last / pageSize;
    while (from <= to && m_pages.contains(from))
        ++from;
    while (to >= from && m_pages.contains(to))
        --to;
    // A view taller than half the cache reads page by page as it paints.
    if (from > to || to - from + 1 > maxCachedPages / 2)
        return;
    loadPages(from, to - from + 1);
}

const Question* QuestionTableModel::questionAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / pageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        if (!loadPages(page, 1))
            return nullptr;
        found = m_pages.constFind(page);
    } else if (m_recentPages.isEmpty() || m_recentPages.last() != page) {
        m_recentPages.removeOne(page);
        m_recentPages.append(page);
    }
    const int offset = row - page * pageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

int QuestionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rowCount);
}

int QuestionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<int> QuestionTableModel::daysLeft(const Question& question) const
{
    // Every cell asks, rows share due dates, and an old deadline is years of days to count: once per date.
    static const QList<Status> open = QuestionService::openStatuses();
    if (!question.dueDate || !open.contains(question.status))
        return std::nullopt;
    auto found = m_daysLeft.constFind(*question.dueDate);
    if (found == m_daysLeft.constEnd())
        found = m_daysLeft.insert(*question.dueDate, m_session.workingDaysLeft(question, m_today));
    return found.value();
}

QString QuestionTableModel::daysLeftText(const Question& question) const
{
    const std::optional<int> left = daysLeft(question);
    if (!left)
        return QStringLiteral("–");
    if (*left < 0)
        return tr("%n day(s) overdue", nullptr, -*left); // short: the column is narrow; the tooltip says it in full
    if (*left == 0)
        return tr("Due today");
    if (*left <= dueSoonDays)
        return tr("%n day(s) – due soon", nullptr, *left);
    return tr("%n day(s)", nullptr, *left);
}

QString QuestionTableModel::daysLeftTip(const Question& question) const
{
    const std::optional<int> left = m_session.workingDaysLeft(question, m_today);
    if (!left || !question.dueDate)
        return tr("No due date: the question has not been routed, or it is answered.");
    const QString due = m_session.formatDate(*question.dueDate);
    if (*left < 0)
        return tr("Overdue by %n working day(s): the answer was due on %1.", nullptr, -*left).arg(due);
    return tr("%n working day(s) left until the due date %1.", nullptr, *left).arg(due);
}

QVariant QuestionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Question* question = questionAt(index.row());
    if (!question)
        return role == Qt::DisplayRole && index.column() == TitleColumn ? QVariant(tr("(not available)")) : QVariant();
    const std::optional<int> left = daysLeft(*question);
    const bool overdue = left && *left < 0;
    const bool dueSoon = left && *left >= 0 && *left <= dueSoonDays;
    switch (role) {
    case QuestionIdRole: return question->id;
    case ReferenceRole: return question->ref;
    case OverdueRole: return overdue;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReferenceColumn: return question->ref;
        case TitleColumn: return question->title;
        case LocalityColumn: return question->asker.locality;
        case DepartmentColumn: return question->departmentCode;
        case StatusColumn: return DomainLabels::status(question->status);
        case ReceivedColumn: return m_session.formatDateTime(question->receivedAt);
        case DueColumn: return question->dueDate ? m_session.formatDate(*question->dueDate) : QString();
        case DaysLeftColumn: return daysLeftText(*question);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn: return question->title;
        case DepartmentColumn: return question->departmentName;
        case DaysLeftColumn: return daysLeftTip(*question);
        case LocalityColumn: return question->asker.locality;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == DaysLeftColumn && overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.column() == DaysLeftColumn && dueSoon)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        if (index.column() == StatusColumn)
            return StatusLook::icon(question->status);
        break;
    case Qt::ForegroundRole:
        if (index.column() == DaysLeftColumn && overdue)
            return QBrush(QColor(0xa4, 0x00, 0x00));
        break;
    case Qt::FontRole:
        if (index.column() == DaysLeftColumn && overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn)
            return QBrush(StatusLook::background(question->status));
        break;
    }
    return {};
}

QVariant QuestionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DaysLeftColumn)
        return tr("Working days left until the due date (weekends and public holidays not counted)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn: return tr("Reference");
    case TitleColumn: return tr("Title");
    case LocalityColumn: return tr("Asker's locality");
    case DepartmentColumn: return tr("Department");
    case StatusColumn: return tr("Status");
    case ReceivedColumn: return tr("Received");
    case DueColumn: return tr("Due date");
    case DaysLeftColumn: return tr("Days left");
    }
    return {};
}

void QuestionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    QuestionQuery query = m_query;
    query.sort = sortForColumn(column);
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

} // namespace danhoi
