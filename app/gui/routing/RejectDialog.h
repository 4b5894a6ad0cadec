#pragma once

#include "common/FormErrors.h"
#include "core/Domain.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RejectDialog;
}

namespace danhoi {

class DeskSession;

// The coordinator rejects a question: spam, out of scope, or a duplicate of another question.
class RejectDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Reason { Spam, OutOfScope, Duplicate, Other };

    RejectDialog(DeskSession& session, const Question& question, QWidget* parent = nullptr);
    ~RejectDialog() override;

    void accept() override;
    // Chooses "duplicate" with the original's reference filled in.
    void setDuplicateOf(const QString& reference);

private:
    void reasonChosen();

    const std::unique_ptr<Ui::RejectDialog> m_ui;
    DeskSession& m_session;
    Question m_question;
    FormErrors m_errors;
};

} // namespace danhoi
