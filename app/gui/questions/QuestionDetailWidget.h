#pragma once

#include "services/QuestionService.h"

#include <QWidget>

#include <memory>

namespace Ui {
class QuestionDetailWidget;
}

namespace danhoi {

class DeskSession;
class SimilarQuestionsWidget;

// Everything about one question the user may see: the question, the asker (staff only), the answer's
// revisions and the history from the audit events. Citizen text is always shown as plain text.
class QuestionDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionDetailWidget(DeskSession& session, QWidget* parent = nullptr);
    ~QuestionDetailWidget() override;

    // 0 clears the pane.
    void showQuestion(Id questionId);
    void reload() { showQuestion(m_questionId); }
    Id questionId() const { return m_questionId; }
    // Empty (access None) when nothing is shown.
    const QuestionDetails& details() const { return m_details; }
    static QString historyActionLabel(const QString& action);
    SimilarQuestionsWidget* similarQuestions() const { return m_similar; }
    // Shows the Similar tab (its list is looked up when the tab is shown).
    void showSimilar();

protected:
    void changeEvent(QEvent* event) override;

signals:
    void detailsChanged();
    void duplicateOfChosen(const QString& reference);
    void reuseAnswerChosen(const QString& markdown);

private:
    void showRevision(int row);
    // A person of the question as the desk shows them: the display name, or the login when there is none.
    QString personShown(const QString& login) const;
    void fill();
    void loadSimilarIfShown();

    const std::unique_ptr<Ui::QuestionDetailWidget> m_ui;
    DeskSession& m_session;
    Id m_questionId = 0;
    QuestionDetails m_details;
    SimilarQuestionsWidget* m_similar;
    Id m_similarLoadedFor = 0;
};

} // namespace danhoi
