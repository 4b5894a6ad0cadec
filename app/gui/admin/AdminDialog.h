#pragma once

#include "core/Domain.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AdminDialog;
}

namespace danhoi {

class DeskSession;

// Users, departments (rename and retire without losing their questions), categories and agency settings.
class AdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AdminDialog(DeskSession& session, QWidget* parent = nullptr);
    ~AdminDialog() override;

private:
    void load();
    void showResult(const QString& error);
    void addUser();
    void editUser();
    void addDepartment();
    void renameDepartment();
    void retireDepartment();
    void addCategory();
    void editCategory();
    std::optional<Department> selectedDepartment() const;
    QString selectedUsername() const;

    const std::unique_ptr<Ui::AdminDialog> m_ui;
    DeskSession& m_session;
    QList<Department> m_departments;
    QList<Category> m_categories;
};

} // namespace danhoi
