#pragma once

#include "services/QuestionService.h"

#include <QWidget>

#include <memory>

class QTableView;
class QTimer;

namespace Ui {
class QuestionListWidget;
}

namespace danhoi {

class DeskSession;
class QuestionTableModel;
class SearchResultModel;

// One queue as a table, with a quick filter and status/department filters, all applied in SQL.
class QuestionListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionListWidget(DeskSession& session, QWidget* parent = nullptr);
    ~QuestionListWidget() override;

    // Shows the questions of a queue; the filters narrow it further.
    void setQueue(const QuestionQuery& queue);
    void refresh();
    Id currentQuestionId() const;
    bool selectQuestion(Id questionId, int hintRow = 0);
    void focusSearch();
    void focusFilter();
    QuestionTableModel* model() const { return m_model; }
    SearchResultModel* searchModel() const { return m_searchModel; }
    // Full-text search within the queue's statuses and the chosen filters; empty text shows the queue again.
    void search(const QString& text);
    bool isSearching() const;

protected:
    void changeEvent(QEvent* event) override;

signals:
    void currentQuestionChanged(danhoi::Id questionId);

private:
    void fillFilters();
    void applyFilters();
    void updateCountLabel();
    void runSearch();
    QTableView* currentView() const;
    void reportCurrent();

    const std::unique_ptr<Ui::QuestionListWidget> m_ui;
    DeskSession& m_session;
    QuestionTableModel* m_model;
    QuestionQuery m_queue;
    QTimer* m_filterDelay;
    SearchResultModel* m_searchModel;
    bool m_searchRankedAll = true; // false: more questions matched than a search ranks (SearchService::window)
    QTimer* m_searchDelay;
    QString m_searchError;
    Id m_lastReported = 0;
};

} // namespace danhoi
