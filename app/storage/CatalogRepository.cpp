#include "CatalogRepository.h"

namespace danhoi {

namespace {

Department departmentFrom(const SqlStatement& q)
{
    return {q.value(QStringLiteral("id")).toLongLong(), q.value(QStringLiteral("code")).toString(),
            q.value(QStringLiteral("name_vi")).toString(), q.value(QStringLiteral("name_en")).toString(),
            q.value(QStringLiteral("active")).toBool(), q.value(QStringLiteral("version")).toInt()};
}

Category categoryFrom(const SqlStatement& q)
{
    Category c;
    c.id = q.value(QStringLiteral("id")).toLongLong();
    c.name = q.value(QStringLiteral("name")).toString();
    c.defaultDepartmentId = optionalId(q.value(QStringLiteral("department_id")));
    c.defaultDepartmentCode = q.value(QStringLiteral("department_code")).toString();
    c.answerDays = q.value(QStringLiteral("answer_days")).toInt();
    c.active = q.value(QStringLiteral("active")).toBool();
    c.version = q.value(QStringLiteral("version")).toInt();
    return c;
}

const QString categorySelect = QStringLiteral(
    "SELECT c.id, c.name, c.department_id, d.code AS department_code, c.answer_days, c.active, c.version"
    " FROM categories c LEFT JOIN departments d ON d.id = c.department_id");

} // namespace

Result<QString> CatalogRepository::setting(const QString& key, const QString& fallback)
{
    SqlStatement q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    if (auto ok = q.bind(QStringLiteral(":key"), key).exec(); !ok)
        return ok.error();
    return q.next() ? q.value(0).toString() : fallback;
}

Result<void> CatalogRepository::setSetting(const QString& key, const QString& value)
{
    SqlStatement q(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    return q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec();
}

Result<AgencySettings> CatalogRepository::agencySettings()
{
    AgencySettings s;
    SqlStatement q(m_db, QStringLiteral("SELECT key, value FROM settings"));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("agency.name"))
            s.name = value;
        else if (key == QLatin1String("agency.time_zone"))
            s.timeZone = value;
        else if (key == QLatin1String("agency.portal_base_url"))
            s.portalBaseUrl = value;
        else if (key == QLatin1String("agency.default_answer_days"))
            s.defaultAnswerDays = value.toInt() > 0 ? value.toInt() : 10;
        else if (key == QLatin1String("desk.idle_lock_minutes"))
            s.idleLockMinutes = value.toInt() > 0 ? value.toInt() : 15;
    }
    return s;
}

Result<void> CatalogRepository::saveAgencySettings(const AgencySettings& s)
{
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("agency.name"), s.name},
        {QStringLiteral("agency.time_zone"), s.timeZone},
        {QStringLiteral("agency.portal_base_url"), s.portalBaseUrl},
        {QStringLiteral("agency.default_answer_days"), QString::number(s.defaultAnswerDays)},
        {QStringLiteral("desk.idle_lock_minutes"), QString::number(s.idleLockMinutes)},
    };
    for (const auto& [key, value] : values)
        if (auto ok = setSetting(key, value); !ok)
            return ok;
    return {};
}

Result<Id> CatalogRepository::addDepartment(const Department& d)
{
    SqlStatement q(m_db, QStringLiteral("INSERT INTO departments (code, name_vi, name_en, active)"
                                        " VALUES (:code, :vi, :en, :active) RETURNING id"));
    q.bind(QStringLiteral(":code"), d.code).bind(QStringLiteral(":vi"), d.nameVi);
    q.bind(QStringLiteral(":en"), d.nameEn).bind(QStringLiteral(":active"), d.active ? 1 : 0);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<void> CatalogRepository::updateDepartment(const Department& d)
{
    SqlStatement q(m_db, QStringLiteral("UPDATE departments SET name_vi = :vi, name_en = :en, active = :active,"
                                        " version = version + 1 WHERE id = :id AND version = :version"));
    q.bind(QStringLiteral(":vi"), d.nameVi).bind(QStringLiteral(":en"), d.nameEn);
    q.bind(QStringLiteral(":active"), d.active ? 1 : 0).bind(QStringLiteral(":id"), d.id);
    q.bind(QStringLiteral(":version"), d.version);
    if (auto ok = q.exec(); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return Error::conflict(QCoreApplication::translate("CatalogRepository",
                                                           "Someone else changed this department; reload and try again."));
    return {};
}

Result<QList<Department>> CatalogRepository::departments(bool activeOnly)
{
    SqlStatement q(m_db, QStringLiteral("SELECT id, code, name_vi, name_en, active, version FROM departments%1 ORDER BY code")
                             .arg(activeOnly ? QStringLiteral(" WHERE active = 1") : QString()));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<Department> out;
    while (q.next())
        out.append(departmentFrom(q));
    return out;
}

Result<std::optional<Department>> CatalogRepository::departmentByCode(const QString& code)
{
    SqlStatement q(m_db, QStringLiteral("SELECT id, code, name_vi, name_en, active, version FROM departments"
                                        " WHERE code = :code"));
    if (auto ok = q.bind(QStringLiteral(":code"), code).exec(); !ok)
        return ok.error();
    return q.next() ? std::optional(departmentFrom(q)) : std::nullopt;
}

Result<std::optional<Department>> CatalogRepository::departmentById(Id id)
{
    SqlStatement q(m_db, QStringLiteral("SELECT id, code, name_vi, name_en, active, version FROM departments WHERE id = :id"));
    if (auto ok = q.bind(QStringLiteral(":id"), id).exec(); !ok)
        return ok.error();
    return q.next() ? std::optional(departmentFrom(q)) : std::nullopt;
}

Result<Id> CatalogRepository::addCategory(const Category& c)
{
    SqlStatement q(m_db, QStringLiteral("INSERT INTO categories (name, department_id, answer_days, active)"
                                        " VALUES (:name, :dep, :days, :active) RETURNING id"));
    q.bind(QStringLiteral(":name"), c.name).bind(QStringLiteral(":dep"), nullable(c.defaultDepartmentId));
    q.bind(QStringLiteral(":days"), c.answerDays).bind(QStringLiteral(":active"), c.active ? 1 : 0);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<void> CatalogRepository::updateCategory(const Category& c)
{
    SqlStatement q(m_db, QStringLiteral("UPDATE categories SET name = :name, department_id = :dep, answer_days = :days,"
                                        " active = :active, version = version + 1 WHERE id = :id AND version = :version"));
    q.bind(QStringLiteral(":name"), c.name).bind(QStringLiteral(":dep"), nullable(c.defaultDepartmentId));
    q.bind(QStringLiteral(":days"), c.answerDays).bind(QStringLiteral(":active"), c.active ? 1 : 0);
    q.bind(QStringLiteral(":id"), c.id).bind(QStringLiteral(":version"), c.version);
    if (auto ok = q.exec(); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return Error{ErrorKind::Conflict,
                     QCoreApplication::translate("CatalogRepository",
                                                 "Someone else changed this category; reload and try again."),
                     QStringLiteral("version")};
    return {};
}

Result<QList<Category>> CatalogRepository::categories()
{
    SqlStatement q(m_db, categorySelect + QStringLiteral(" ORDER BY c.name"));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<Category> out;
    while (q.next())
        out.append(categoryFrom(q));
    return out;
}

Result<std::optional<Category>> CatalogRepository::categoryByName(const QString& name)
{
    SqlStatement q(m_db, categorySelect + QStringLiteral(" WHERE c.name = :name"));
    if (auto ok = q.bind(QStringLiteral(":name"), name).exec(); !ok)
        return ok.error();
    return q.next() ? std::optional(categoryFrom(q)) : std::nullopt;
}

Result<std::optional<Category>> CatalogRepository::categoryById(Id id)
{
    SqlStatement q(m_db, categorySelect + QStringLiteral(" WHERE c.id = :id"));
    if (auto ok = q.bind(QStringLiteral(":id"), id).exec(); !ok)
        return ok.error();
    return q.next() ? std::optional(categoryFrom(q)) : std::nullopt;
}

} // namespace danhoi
