// AdminService: user accounts.
#include "AdminService.h"

#include "AuditService.h"
#include "AuthService.h"
#include "core/TextRules.h"
#include "storage/CatalogRepository.h"
#include "storage/Logins.h"
#include "storage/UserRepository.h"

namespace danhoi {

namespace {

Result<std::optional<Id>> departmentIdFor(CatalogRepository& catalog, const QString& code)
{
    if (code.trimmed().isEmpty())
        return std::optional<Id>();
    auto department = catalog.departmentByCode(code.trimmed().toUpper());
    if (!department)
        return department.error();
    if (!department.value())
        return Error::notFound(
            QCoreApplication::translate("AdminService", "There is no department with the code %1.").arg(code));
    if (!department.value()->active)
        return Error::conflict(
            QCoreApplication::translate("AdminService", "The department %1 is retired.").arg(department.value()->code));
    return std::optional<Id>(department.value()->id);
}

} // namespace

Result<User> AdminService::addUser(const NewUser& input)
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    auto username = cleanUsername(input.username);
    if (!username)
        return username.error();
    auto display = TextRules::clean(input.displayName, QStringLiteral("display"), tr("The display name"),
                                    TextRules::maxShortFieldLength, false);
    if (!display)
        return display.error();
    if (!input.roles)
        return Error::invalid(tr("Give the user at least one role."), QStringLiteral("roles"));
    const bool departmentRole = input.roles.testFlag(Role::Clerk) || input.roles.testFlag(Role::Supervisor);
    if (departmentRole && input.departmentCode.trimmed().isEmpty())
        return Error::invalid(tr("A clerk or supervisor needs a department."), QStringLiteral("department"));
    if (auto ok = AuthService::checkPasswordPolicy(input.password); !ok)
        return ok.error();
    auto hash = AuthService::storedHash(*m_context.db, input.password);
    if (!hash)
        return hash.error();
    return inTransaction<User>(*m_context.db, [&](QSqlDatabase tx) -> Result<User> {
        CatalogRepository catalog(tx);
        UserRepository users(tx);
        auto department = departmentIdFor(catalog, input.departmentCode);
        if (!department)
            return department.error();
        auto existing = users.byUsername(username.value());
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error::conflict(tr("The user name %1 is already taken.").arg(username.value()));
        User user;
        user.username = username.value();
        user.displayName = display->isEmpty() ? user.username : display.value();
        user.roles = input.roles;
        user.departmentId = department.value();
        user.departmentCode = input.departmentCode.trimmed().toUpper();
        if (auto ok = Logins::of(*m_context.db)->create(tx, user.username, input.password); !ok)
            return ok.error();
        auto id = users.add(user, hash.value());
        if (!id)
            return id.error();
        user.id = id.value();
        const QString note = QStringLiteral("%1 [%2] %3")
                                 .arg(user.username, roleNames(user.roles).join(QLatin1Char(',')), user.departmentCode)
                                 .trimmed();
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, std::nullopt,
                                           QStringLiteral("user-add"), {}, {}, note);
            !ok)
            return ok.error();
        return user;
    });
}

Result<User> AdminService::updateUser(const User& input)
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    if (!input.roles)
        return Error::invalid(tr("Give the user at least one role."), QStringLiteral("roles"));
    auto display = TextRules::clean(input.displayName, QStringLiteral("display"), tr("The display name"),
                                    TextRules::maxShortFieldLength, false);
    if (!display)
        return display.error();
    return inTransaction<User>(*m_context.db, [&](QSqlDatabase tx) -> Result<User> {
        CatalogRepository catalog(tx);
        UserRepository users(tx);
        auto department = departmentIdFor(catalog, input.departmentCode);
        if (!department)
            return department.error();
        const bool departmentRole = input.roles.testFlag(Role::Clerk) || input.roles.testFlag(Role::Supervisor);
        if (departmentRole && !department.value())
            return Error::invalid(tr("A clerk or supervisor needs a department."), QStringLiteral("department"));
        User user = input;
        user.displayName = display->isEmpty() ? user.username : display.value();
        user.departmentId = department.value();
        if (user.id == m_actor.id && !user.hasRole(Role::Admin))
            return Error::conflict(tr("You cannot take the administrator role from yourself."));
        if (auto ok = users.update(user); !ok)
            return ok.error();
        const QString note = QStringLiteral("%1 [%2] %3%4")
                                 .arg(user.username, roleNames(user.roles).join(QLatin1Char(',')), user.departmentCode,
                                      user.active ? QString() : QStringLiteral(" disabled"));
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, std::nullopt,
                                           QStringLiteral("user-update"), {}, {}, note.trimmed());
            !ok)
            return ok.error();
        return user;
    });
}

Result<QList<User>> AdminService::users()
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    return UserRepository(connection.value()).list();
}

Result<QList<User>> AdminService::staffOf(Id departmentId)
{
    const bool allowed = m_actor.seesEverything()
        || (m_actor.hasRole(Role::Supervisor) && m_actor.departmentId == departmentId);
    if (!allowed)
        return Error::forbidden(tr("Only a coordinator or the department's supervisor may see its staff list."));
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    auto all = UserRepository(connection.value()).ofDepartment(departmentId);
    if (!all)
        return all;
    QList<User> staff;
    for (const User& user : all.value())
        if (user.active && user.isDepartmentStaff())
            staff.append(user);
    return staff;
}

Result<void> AdminService::disableUser(const QString& username)
{
    if (auto ok = requireAdmin(); !ok)
        return ok;
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    auto found = UserRepository(connection.value()).byUsername(username.trimmed().toLower());
    if (!found)
        return found.error();
    if (!found.value())
        return Error::notFound(tr("There is no user %1.").arg(username));
    if (found.value()->id == m_actor.id)
        return Error::conflict(tr("You cannot disable your own account."));
    User user = *found.value();
    user.active = false;
    auto updated = updateUser(user);
    if (!updated)
        return updated.error();
    return {};
}

Result<void> AdminService::setPassword(const QString& username, const QString& password)
{
    const QString name = username.trimmed().toLower();
    if (name != m_actor.username)
        if (auto ok = requireAdmin(); !ok)
            return ok;
    if (auto ok = AuthService::checkPasswordPolicy(password); !ok)
        return ok;
    auto hash = AuthService::storedHash(*m_context.db, password);
    if (!hash)
        return hash.error();
    auto changed = inTransaction<bool>(*m_context.db, [&](QSqlDatabase tx) -> Result<bool> {
        UserRepository users(tx);
        auto found = users.byUsername(name);
        if (!found)
            return found.error();
        if (!found.value())
            return Error::notFound(tr("There is no user %1.").arg(username));
        if (auto ok = Logins::of(*m_context.db)->changePassword(tx, name, password); !ok)
            return ok.error();
        if (auto ok = users.setPasswordHash(found.value()->id, hash.value()); !ok)
            return ok.error();
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, std::nullopt,
                                           QStringLiteral("user-password"), {}, {}, name);
            !ok)
            return ok.error();
        return true;
    });
    if (!changed)
        return changed.error();
    return {};
}

} // namespace danhoi
