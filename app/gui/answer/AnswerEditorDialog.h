#pragma once

#include "services/QuestionService.h"

#include <QDialog>

#include <memory>

class QTimer;

namespace Ui {
class AnswerEditorDialog;
}

namespace danhoi {

class DeskSession;
class DraftJournal;

// Writing an answer: rich text stored as Markdown, autosaved into the local draft journal every few seconds
// and on close; Save makes a revision, Submit sends the latest one for approval.
class AnswerEditorDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int autosaveMilliseconds = 3000;

    AnswerEditorDialog(DeskSession& session, const QuestionDetails& details, QWidget* parent = nullptr);
    ~AnswerEditorDialog() override;

    // Puts text from the draft journal into the editor (not saved as a revision yet).
    void restoreText(const QString& markdown);
    // Starts from another question's published answer (the current text, if any, stays below it).
    void startFrom(const QString& markdown);
    QString markdown() const;
    Id questionId() const { return m_details.question.id; }
    bool saveRevision();
    bool submit();
    // Writes unsaved text to the journal now (also done by the timer and on close).
    void writeJournal();

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void setupToolbar();
    void reloadDetails();
    void fillRevisions();
    void compareSelected();
    void showError(const QString& message);

    const std::unique_ptr<Ui::AnswerEditorDialog> m_ui;
    DeskSession& m_session;
    QuestionDetails m_details;
    std::unique_ptr<DraftJournal> m_journal;
    QTimer* m_autosave;
    bool m_unsaved = false;      // typed since the last revision
    bool m_unjournaled = false;  // typed since the last journal write
};

} // namespace danhoi
