#pragma once

#include "services/QuestionService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ApprovalDialog;
}

namespace danhoi {

class DeskSession;

// The supervisor reads the submitted answer and what changed since it was last returned, then approves it
// or returns it with a comment. The services refuse approving one's own revision; the reason is shown.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalDialog(DeskSession& session, const QuestionDetails& details, QWidget* parent = nullptr);
    ~ApprovalDialog() override;

    bool approve();
    bool returnToAuthor();

private:
    bool decide(Action action);

    const std::unique_ptr<Ui::ApprovalDialog> m_ui;
    DeskSession& m_session;
    QuestionDetails m_details;
};

} // namespace danhoi
