#pragma once

#include "core/Result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ReasonDialog;
}

namespace danhoi {

// Asks for a required reason and hands it to `submit`; stays open with the error when submit fails.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);
    ~ReasonDialog() override;

    void setSubmit(std::function<Result<void>(const QString&)> submit) { m_submit = std::move(submit); }
    void accept() override;

private:
    const std::unique_ptr<Ui::ReasonDialog> m_ui;
    std::function<Result<void>(const QString&)> m_submit;
};

} // namespace danhoi
