#pragma once

#include "services/QuestionService.h"
#include "services/SearchService.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SimilarQuestionsWidget;
}

namespace danhoi {

class DeskSession;

// The questions most like one being recorded or read, answered ones first, with the chosen one's answer shown
// beside the list: to merge duplicates and to start from an answer already published.
class SimilarQuestionsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SimilarQuestionsWidget(DeskSession& session, QWidget* parent = nullptr);
    ~SimilarQuestionsWidget() override;

    // Like an existing question; `mayReject` / `mayDraft` say which follow-ups the user may take on it.
    void showSimilarTo(Id questionId, bool mayReject, bool mayDraft);
    // Like a question still being typed (no follow-ups: it is not recorded yet).
    void showSimilarToText(const QString& title, const QString& body);
    void clear();
    const QList<SimilarQuestion>& similar() const { return m_similar; }
    // The Markdown of the published answer of the chosen similar question (empty when it has none).
    QString chosenAnswer() const { return m_chosenAnswer; }
    QString chosenReference() const;
    void choose(int row);

protected:
    void changeEvent(QEvent* event) override;

signals:
    void duplicateOfChosen(const QString& reference);
    void reuseAnswerChosen(const QString& markdown);

private:
    void fill(const Result<QList<SimilarQuestion>>& found);
    void showChosen();
    void updateButtons();

    const std::unique_ptr<Ui::SimilarQuestionsWidget> m_ui;
    DeskSession& m_session;
    QList<SimilarQuestion> m_similar;
    QString m_chosenAnswer;
    bool m_mayReject = false;
    bool m_mayDraft = false;
};

} // namespace danhoi
