#pragma once

#include "common/FormErrors.h"

#include <QDialog>

#include <memory>

class QTimer;

namespace Ui {
class IntakeDialog;
}

namespace danhoi {

class DeskSession;
class SimilarQuestionsWidget;

// The coordinator records a question: every field, validated by the service, errors next to the fields.
class IntakeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IntakeDialog(DeskSession& session, QWidget* parent = nullptr);
    ~IntakeDialog() override;

    void accept() override;
    // The reference of the last question saved from this dialog.
    QString lastReference() const { return m_lastReference; }
    SimilarQuestionsWidget* similarQuestions() const { return m_similar; }

private:
    void clearForNext();
    void resetReceived();
    void lookForSimilar();

    const std::unique_ptr<Ui::IntakeDialog> m_ui;
    DeskSession& m_session;
    FormErrors m_errors;
    QString m_lastReference;
    SimilarQuestionsWidget* m_similar;
    QTimer* m_similarDelay;
};

} // namespace danhoi
