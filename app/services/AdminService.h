#pragma once

#include "ServiceContext.h"

namespace danhoi {

struct NewUser {
    QString username;
    QString displayName;
    Roles roles;
    QString departmentCode;
    QString password;
};

// The installation: agency settings, departments, categories and user accounts.
class AdminService
{
    Q_DECLARE_TR_FUNCTIONS(AdminService)
public:
    AdminService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    static Result<bool> isInitialised(ServiceContext& context);
    // First set-up of an empty database: the agency and its first administrator.
    static Result<User> initialise(ServiceContext& context, const QString& agencyName, const QString& adminUsername,
                                   const QString& password);

    Result<AgencySettings> settings();
    Result<void> saveSettings(const AgencySettings& settings);

    Result<Department> addDepartment(const QString& code, const QString& nameVi, const QString& nameEn);
    // Rename or retire; questions keep their department.
    Result<Department> updateDepartment(const Department& department);
    Result<QList<Department>> departments();

    Result<Category> addCategory(const QString& name, const QString& departmentCode, int answerDays);
    // Changes the category with category.id: name, default department (its code; empty for none), answer period,
    // and whether it is still offered. Questions keep their category and their due dates. A save from a copy older
    // than the stored row (category.version) is refused with whose change won (error field "version").
    Result<Category> updateCategory(const Category& category);
    Result<QList<Category>> categories();

    Result<User> addUser(const NewUser& user);
    Result<User> updateUser(const User& user);
    Result<QList<User>> users();
    // Clerks and supervisors of a department, for assignment.
    Result<QList<User>> staffOf(Id departmentId);
    Result<void> disableUser(const QString& username);
    // An administrator for anyone; every user for their own account.
    Result<void> setPassword(const QString& username, const QString& password);

    static Result<QString> cleanDepartmentCode(const QString& code);
    static Result<QString> cleanUsername(const QString& username);

private:
    Result<void> requireAdmin() const;
    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
