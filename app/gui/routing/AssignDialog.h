#pragma once

#include "core/Domain.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AssignDialog;
}

namespace danhoi {

class DeskSession;

// A supervisor or coordinator puts a question on a named clerk's desk (or moves it to another clerk).
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(DeskSession& session, const Question& question, QWidget* parent = nullptr);
    ~AssignDialog() override;

    void accept() override;

private:
    const std::unique_ptr<Ui::AssignDialog> m_ui;
    DeskSession& m_session;
    Question m_question;
};

} // namespace danhoi
