#include "QuestionListWidget.h"
#include "ui_QuestionListWidget.h"

#include "QuestionTableModel.h"
#include "common/CellTextDelegate.h"
#include "common/DeskSession.h"
#include "search/SearchResultModel.h"
#include "search/SnippetHtml.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

namespace danhoi {

QuestionListWidget::QuestionListWidget(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::QuestionListWidget)
    , m_session(session)
    , m_model(new QuestionTableModel(session, this))
    , m_filterDelay(new QTimer(this))
    , m_searchModel(new SearchResultModel(this))
    , m_searchDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_model->setObjectName(QStringLiteral("questionTableModel"));
    QTableView* table = m_ui->questionTable;
    table->setModel(m_model);
    table->setItemDelegate(new CellTextDelegate(table)); // a page's text shaped once, not at every paint
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setAccessibleName(tr("Questions"));
    // Widths are fixed, never "resize to contents": that would read every row of the list.
    const QFontMetrics metrics = table->fontMetrics();
    const int widths[] = {metrics.horizontalAdvance(QStringLiteral("HD-2025-000000")) + 24, 360, 140, 90, 150, 120, 90,
                          170};
    for (int column = 0; column < QuestionTableModel::ColumnCount; ++column)
        table->setColumnWidth(column, widths[column]);
    table->horizontalHeader()->setSectionResizeMode(QuestionTableModel::TitleColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSortIndicatorShown(true);
    table->horizontalHeader()->blockSignals(true);
    table->horizontalHeader()->setSortIndicator(QuestionTableModel::ReceivedColumn, Qt::DescendingOrder);
    table->horizontalHeader()->blockSignals(false);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &QuestionListWidget::applyFilters);
    connect(m_ui->quickFilterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ui->quickFilterEdit, &QLineEdit::returnPressed, this, &QuestionListWidget::applyFilters);
    connect(m_ui->statusFilterCombo, &QComboBox::activated, this, &QuestionListWidget::applyFilters);
    connect(m_ui->departmentFilterCombo, &QComboBox::activated, this, &QuestionListWidget::applyFilters);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuestionListWidget::reportCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionListWidget::updateCountLabel);
    // A jump (the scroll bar dragged, a row scrolled to) reads the rows it will show in one go, before they are painted.
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, table] {
        const int last = table->rowAt(table->viewport()->height() - 1);
        m_model->fetchRows(table->rowAt(0), last < 0 ? m_model->rowCount() - 1 : last);
    });

    m_searchModel->setObjectName(QStringLiteral("searchResultModel"));
    QTableView* results = m_ui->searchResultsView;
    results->setModel(m_searchModel);
    results->setSelectionBehavior(QAbstractItemView::SelectRows);
    results->setSelectionMode(QAbstractItemView::SingleSelection);
    results->setAlternatingRowColors(true);
    results->verticalHeader()->hide();
    results->setAccessibleName(tr("Search results"));
    results->setItemDelegateForColumn(SearchResultModel::SnippetColumn,
                                      new SnippetDelegate(SearchResultModel::SnippetHtmlRole, results));
    results->setColumnWidth(SearchResultModel::ReferenceColumn, widths[0]);
    results->setColumnWidth(SearchResultModel::TitleColumn, 300);
    results->setColumnWidth(SearchResultModel::StatusColumn, 170);
    results->horizontalHeader()->setStretchLastSection(true);
    results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    results->verticalHeader()->setDefaultSectionSize(2 * results->fontMetrics().height() + 10);
    results->setWordWrap(true);
    m_ui->searchEdit->setAccessibleName(tr("Search"));
    m_ui->searchEdit->setToolTip(tr("Searches titles, questions, answers and localities, with or without accents: "
                                    "words, \"a phrase\", -without a word, prefix*. The status and department "
                                    "filters apply."));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &QuestionListWidget::runSearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &QuestionListWidget::runSearch);
    connect(results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuestionListWidget::reportCurrent);
    connect(&m_session, &DeskSession::catalogChanged, this, &QuestionListWidget::fillFilters);
    fillFilters();
}

QuestionListWidget::~QuestionListWidget() = default;

void QuestionListWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFilters();
        m_model->refresh(); // headers and status labels in the new language
        emit m_model->headerDataChanged(Qt::Horizontal, 0, QuestionTableModel::ColumnCount - 1);
        m_searchModel->setResults(m_searchModel->results());
        updateCountLabel();
    }
    QWidget::changeEvent(event);
}

void QuestionListWidget::fillFilters()
{
    QComboBox* statuses = m_ui->statusFilterCombo;
    const QVariant keepStatus = statuses->currentData();
    statuses->clear();
    statuses->addItem(tr("All statuses"));
    const QList<Status> allowed = m_queue.statuses.isEmpty() ? allStatuses() : m_queue.statuses;
    for (Status status : allowed)
        statuses->addItem(DomainLabels::status(status), QVariant::fromValue(int(status)));
    statuses->setCurrentIndex(std::max(0, statuses->findData(keepStatus)));
    statuses->setEnabled(allowed.size() > 1);

    QComboBox* departments = m_ui->departmentFilterCombo;
    const QVariant keepDepartment = departments->currentData();
    departments->clear();
    departments->addItem(tr("All departments"));
    const QList<Department> all = m_session.departments();
    for (const Department& department : all) {
        const QString label = department.active ? department.nameVi : tr("%1 (retired)").arg(department.nameVi);
        departments->addItem(label, department.id);
        departments->setItemData(departments->count() - 1, department.code, Qt::ToolTipRole);
    }
    departments->setCurrentIndex(std::max(0, departments->findData(keepDepartment)));
    departments->setEnabled(!m_queue.departmentId);
}

void QuestionListWidget::setQueue(const QuestionQuery& queue)
{
    m_queue = queue;
    fillFilters();
    QuestionQuery query = queue;
    m_ui->questionTable->horizontalHeader()->blockSignals(true);
    m_ui->questionTable->horizontalHeader()->setSortIndicator(
        queue.sort == QuestionQuery::Sort::Due ? QuestionTableModel::DueColumn : QuestionTableModel::ReceivedColumn,
        queue.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_ui->questionTable->horizontalHeader()->blockSignals(false);
    applyFilters();
}

void QuestionListWidget::reportCurrent()
{
    const Id id = currentQuestionId();
    if (id != m_lastReported) {
        m_lastReported = id;
        emit currentQuestionChanged(id);
    }
}

bool QuestionListWidget::isSearching() const
{
    return !m_ui->searchEdit->text().trimmed().isEmpty();
}

QTableView* QuestionListWidget::currentView() const
{
    return isSearching() ? m_ui->searchResultsView : m_ui->questionTable;
}

void QuestionListWidget::search(const QString& text)
{
    m_ui->searchEdit->setText(text);
    runSearch();
}

void QuestionListWidget::runSearch()
{
    m_searchDelay->stop();
    const bool searching = isSearching();
    m_ui->questionTable->setVisible(!searching);
    m_ui->searchResultsView->setVisible(searching);
    m_ui->quickFilterEdit->setEnabled(!searching);
    if (!searching) {
        m_searchModel->setResults({});
        m_searchError.clear();
        updateCountLabel();
        reportCurrent();
        return;
    }
    SearchRequest request;
    request.text = m_ui->searchEdit->text().trimmed();
    request.limit = SearchService::maxLimit;
    request.statuses = m_queue.statuses;
    if (m_ui->statusFilterCombo->currentIndex() > 0)
        request.statuses = {Status(m_ui->statusFilterCombo->currentData().toInt())};
    std::optional<Id> departmentId = m_queue.departmentId;
    if (!departmentId && m_ui->departmentFilterCombo->currentIndex() > 0)
        departmentId = m_ui->departmentFilterCombo->currentData().toLongLong();
    if (departmentId) {
        const QList<Department> all = m_session.departments();
        for (const Department& department : all)
            if (department.id == *departmentId)
                request.departmentCode = department.code;
    }
    const Id keep = m_lastReported;
    auto found = m_session.search().find(request);
    m_searchError = found ? QString() : found.error().message;
    m_searchRankedAll = !found || found->allMatchesRanked;
    m_searchModel->setResults(found ? found->best : QList<SearchResult>());
    updateCountLabel();
    const int row = m_searchModel->rowOf(keep);
    if (m_searchModel->rowCount() > 0)
        m_ui->searchResultsView->selectRow(std::max(0, row));
    reportCurrent();
}

void QuestionListWidget::applyFilters()
{
    m_filterDelay->stop();
    if (isSearching()) { // the filters narrow the search instead
        runSearch();
        return;
    }
    QuestionQuery query = m_queue;
    query.quickFilter = m_ui->quickFilterEdit->text().trimmed();
    if (m_ui->statusFilterCombo->currentIndex() > 0)
        query.statuses = {Status(m_ui->statusFilterCombo->currentData().toInt())};
    if (m_ui->departmentFilterCombo->currentIndex() > 0 && !m_queue.departmentId)
        query.departmentId = m_ui->departmentFilterCombo->currentData().toLongLong();
    // The sort the user chose by clicking a header stays.
    const QHeaderView* header = m_ui->questionTable->horizontalHeader();
    query.sort = QuestionTableModel::sortForColumn(header->sortIndicatorSection());
    query.descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    const Id keep = currentQuestionId();
    m_model->setQuery(query);
    if (!selectQuestion(keep) && m_model->rowCount() > 0)
        m_ui->questionTable->selectRow(0);
    if (m_model->rowCount() == 0 && m_lastReported != 0) {
        m_lastReported = 0;
        emit currentQuestionChanged(0);
    }
}

void QuestionListWidget::refresh()
{
    if (isSearching()) {
        m_model->refresh();
        const Id current = currentQuestionId();
        runSearch();
        if (current && current == currentQuestionId())
            emit currentQuestionChanged(current); // same question, new details
        return;
    }
    const Id keep = currentQuestionId();
    const int keepRow = std::max(0, m_ui->questionTable->currentIndex().row());
    m_model->refresh();
    updateCountLabel();
    if (keep && !selectQuestion(keep, keepRow)) {
        if (m_model->rowCount() > 0)
            m_ui->questionTable->selectRow(0);
    } else if (keep) {
        emit currentQuestionChanged(keep); // same question, new details
    }
    if (m_model->rowCount() == 0 && m_lastReported != 0) {
        m_lastReported = 0;
        emit currentQuestionChanged(0);
    }
}

void QuestionListWidget::updateCountLabel()
{
    if (isSearching()) {
        m_ui->countLabel->setText(
            !m_searchError.isEmpty() ? m_searchError
            : !m_searchRankedAll
                ? tr("The best %n result(s) among the newest %1 matches; more match. Add words or filters to find"
                     " older questions.", nullptr, m_searchModel->rowCount()).arg(QLocale().toString(SearchService::window))
            : m_searchModel->rowCount() >= SearchService::maxLimit
                ? tr("The best %n result(s); add words to narrow the search.", nullptr, m_searchModel->rowCount())
                : tr("%n result(s), best first, within the status and department filters.", nullptr,
                     m_searchModel->rowCount()));
        return;
    }
    if (!m_model->lastError().isEmpty()) {
        m_ui->countLabel->setText(m_model->lastError());
        return;
    }
    m_ui->countLabel->setText(tr("%n question(s)", nullptr, m_model->rowCount()));
}

Id QuestionListWidget::currentQuestionId() const
{
    if (isSearching()) {
        const QModelIndex current = m_ui->searchResultsView->selectionModel()->currentIndex();
        return current.isValid() ? current.data(SearchResultModel::QuestionIdRole).toLongLong() : 0;
    }
    const QModelIndex current = m_ui->questionTable->selectionModel()->currentIndex();
    return current.isValid() ? current.data(QuestionTableModel::QuestionIdRole).toLongLong() : 0;
}

bool QuestionListWidget::selectQuestion(Id questionId, int hintRow)
{
    if (!questionId)
        return false;
    if (isSearching()) {
        const int found = m_searchModel->rowOf(questionId);
        if (found >= 0)
            m_ui->searchResultsView->selectRow(found);
        return found >= 0;
    }
    const int row = m_model->rowOf(questionId, hintRow);
    if (row < 0)
        return false;
    m_ui->questionTable->selectRow(row);
    m_ui->questionTable->scrollTo(m_model->index(row, 0));
    return true;
}

void QuestionListWidget::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void QuestionListWidget::focusFilter()
{
    m_ui->quickFilterEdit->setFocus();
    m_ui->quickFilterEdit->selectAll();
}

} // namespace danhoi
