#pragma once

#include "common/FormErrors.h"

#include <QDialog>

#include <memory>

namespace Ui {
class IntakeDialog;
}

namespace danhoi {

class DeskSession;

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

private:
    void clearForNext();
    void resetReceived();

    const std::unique_ptr<Ui::IntakeDialog> m_ui;
    DeskSession& m_session;
    FormErrors m_errors;
    QString m_lastReference;
};

} // namespace danhoi
