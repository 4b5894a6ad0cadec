#pragma once

#include "Database.h"
#include "core/Domain.h"

namespace danhoi {

// Agency settings, departments and categories: the small reference tables.
class CatalogRepository
{
public:
    explicit CatalogRepository(QSqlDatabase connection) : m_db(std::move(connection)) { }

    Result<QString> setting(const QString& key, const QString& fallback = {});
    Result<void> setSetting(const QString& key, const QString& value);
    Result<AgencySettings> agencySettings();
    Result<void> saveAgencySettings(const AgencySettings& settings);

    Result<Id> addDepartment(const Department& department);
    Result<void> updateDepartment(const Department& department); // checks department.version
    Result<QList<Department>> departments(bool activeOnly = false);
    Result<std::optional<Department>> departmentByCode(const QString& code);
    Result<std::optional<Department>> departmentById(Id id);

    Result<Id> addCategory(const Category& category);
    Result<void> updateCategory(const Category& category); // checks category.version (error field "version")
    Result<QList<Category>> categories();
    Result<std::optional<Category>> categoryByName(const QString& name);
    Result<std::optional<Category>> categoryById(Id id);

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
