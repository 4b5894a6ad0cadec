#pragma once

#include "common/FormErrors.h"
#include "core/Domain.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RoutingDialog;
}

namespace danhoi {

class DeskSession;

// The coordinator sends a question to a department (type-ahead) with a category and a due date that starts
// from the category's answer period in working days and can be changed. Up to three departments learned from the
// questions routed before are offered as buttons, each with the words that led to it; one click fills the field.
class RoutingDialog : public QDialog
{
    Q_OBJECT
public:
    RoutingDialog(DeskSession& session, const Question& question, QWidget* parent = nullptr);
    ~RoutingDialog() override;

    void accept() override;

private:
    void categoryChosen();
    void showSuggestions();
    QString chosenDepartmentCode() const;

    const std::unique_ptr<Ui::RoutingDialog> m_ui;
    DeskSession& m_session;
    Question m_question;
    QList<Category> m_categories;
    QDate m_today;
    FormErrors m_errors;
};

} // namespace danhoi
