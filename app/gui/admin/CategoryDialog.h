#pragma once

#include "core/Domain.h"
#include "core/Result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class CategoryDialog;
}

namespace danhoi {

class FormErrors;

// Adds or edits a category: its name, default department, answer period and whether it is still offered.
// The dialog closes only once `save` accepts the values; a refusal is shown beside the field at fault.
class CategoryDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Result<Category>(const Category&)>;
    CategoryDialog(const QList<Department>& departments, Category category, Save save, QWidget* parent = nullptr);
    ~CategoryDialog() override;

private:
    void trySave();

    const std::unique_ptr<Ui::CategoryDialog> m_ui;
    const std::unique_ptr<FormErrors> m_errors;
    Category m_category;
    Save m_save;
};

} // namespace danhoi
