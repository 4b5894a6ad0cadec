#include "AdminService.h"

#include "AuditService.h"
#include "AuthService.h"
#include "core/AuditNote.h"
#include "core/Clock.h"
#include "core/TextRules.h"
#include "storage/CatalogRepository.h"
#include "storage/Logins.h"
#include "storage/RevisionRepository.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>

namespace danhoi {

Result<void> AdminService::requireAdmin() const
{
    if (!m_actor.active || !m_actor.hasRole(Role::Admin))
        return Error::forbidden(tr("Only an administrator may change the installation."));
    return {};
}

Result<QString> AdminService::cleanDepartmentCode(const QString& code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9_-]{1,20}$"));
    const QString upper = code.trimmed().toUpper();
    if (!shape.match(upper).hasMatch())
        return Error::invalid(tr("A department code has 1 to 20 letters A–Z, digits, '-' or '_' (e.g. SVHTTDL)."),
                              QStringLiteral("code"));
    return upper;
}

Result<QString> AdminService::cleanUsername(const QString& username)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,62}$"));
    const QString lower = username.trimmed().toLower();
    if (!shape.match(lower).hasMatch())
        return Error::invalid(tr("A user name has 2 to 63 lower-case letters a–z, digits, '.', '-' or '_', "
                                 "without accents (e.g. nguyenvana)."),
                              QStringLiteral("username"));
    return lower;
}

Result<bool> AdminService::isInitialised(ServiceContext& context)
{
    auto connection = context.db->connection();
    if (!connection)
        return connection.error();
    auto name = CatalogRepository(connection.value()).setting(QStringLiteral("agency.name"));
    if (!name)
        return name.error();
    return !name->isEmpty();
}

Result<User> AdminService::initialise(ServiceContext& context, const QString& agencyName, const QString& adminUsername,
                                      const QString& password)
{
    auto name = TextRules::clean(agencyName, QStringLiteral("agency"), tr("The agency name"),
                                 TextRules::maxShortFieldLength, true);
    if (!name)
        return name.error();
    auto username = cleanUsername(adminUsername);
    if (!username)
        return username.error();
    if (auto ok = AuthService::checkPasswordPolicy(password); !ok)
        return ok.error();
    auto hash = AuthService::storedHash(*context.db, password);
    if (!hash)
        return hash.error();
    return inTransaction<User>(*context.db, [&](QSqlDatabase tx) -> Result<User> {
        CatalogRepository catalog(tx);
        auto existing = catalog.setting(QStringLiteral("agency.name"));
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return Error::conflict(tr("This database is already set up for %1.").arg(existing.value()));
        AgencySettings settings;
        settings.name = name.value();
        if (auto ok = catalog.saveAgencySettings(settings); !ok)
            return ok.error();
        User admin;
        admin.username = username.value();
        admin.displayName = username.value();
        admin.roles = Role::Admin;
        if (auto ok = Logins::of(*context.db)->create(tx, admin.username, password); !ok)
            return ok.error();
        auto id = UserRepository(tx).add(admin, hash.value());
        if (!id)
            return id.error();
        admin.id = id.value();
        if (auto ok = AuditService::record(tx, context.now(), admin.username, std::nullopt, QStringLiteral("init"), {}, {},
                                           settings.name);
            !ok)
            return ok.error();
        return admin;
    });
}

Result<AgencySettings> AdminService::settings()
{
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    return CatalogRepository(connection.value()).agencySettings();
}

Result<void> AdminService::saveSettings(const AgencySettings& input)
{
    if (auto ok = requireAdmin(); !ok)
        return ok;
    auto name = TextRules::clean(input.name, QStringLiteral("agency"), tr("The agency name"),
                                 TextRules::maxShortFieldLength, true);
    if (!name)
        return name.error();
    if (input.defaultAnswerDays < 1 || input.defaultAnswerDays > 365)
        return Error::invalid(tr("The default answer period must be between 1 and 365 working days."),
                              QStringLiteral("days"));
    if (input.idleLockMinutes < 1 || input.idleLockMinutes > 480)
        return Error::invalid(tr("The desk lock must come after 1 to 480 idle minutes."), QStringLiteral("idle"));
    if (!QTimeZone(input.timeZone.toUtf8()).isValid())
        return Error::invalid(tr("The time zone %1 is not known.").arg(input.timeZone), QStringLiteral("timezone"));
    AgencySettings settings = input;
    settings.name = name.value();
    settings.portalBaseUrl = input.portalBaseUrl.trimmed();
    auto saved = inTransaction<bool>(*m_context.db, [&](QSqlDatabase tx) -> Result<bool> {
        if (auto ok = CatalogRepository(tx).saveAgencySettings(settings); !ok)
            return ok.error();
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, std::nullopt,
                                           QStringLiteral("settings"), {}, {}, settings.name);
            !ok)
            return ok.error();
        return true;
    });
    if (!saved)
        return saved.error();
    return {};
}

Result<Department> AdminService::addDepartment(const QString& code, const QString& nameVi, const QString& nameEn)
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    Department department;
    auto cleanCode = cleanDepartmentCode(code);
    if (!cleanCode)
        return cleanCode.error();
    auto vi = TextRules::clean(nameVi, QStringLiteral("name"), tr("The department name"), TextRules::maxShortFieldLength, true);
    if (!vi)
        return vi.error();
    auto en = TextRules::clean(nameEn, QStringLiteral("name_en"), tr("The English name"), TextRules::maxShortFieldLength, false);
    if (!en)
        return en.error();
    department.code = cleanCode.value();
    department.nameVi = vi.value();
    department.nameEn = en.value();
    return inTransaction<Department>(*m_context.db, [&](QSqlDatabase tx) -> Result<Department> {
        CatalogRepository catalog(tx);
        auto existing = catalog.departmentByCode(department.code);
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error::conflict(tr("The department code %1 is already used.").arg(department.code));
        auto id = catalog.addDepartment(department);
        if (!id)
            return id.error();
        department.id = id.value();
        department.version = 1;
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, std::nullopt,
                                           QStringLiteral("department-add"), {}, {}, department.code);
            !ok)
            return ok.error();
        return department;
    });
}

Result<Department> AdminService::updateDepartment(const Department& input)
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    auto vi = TextRules::clean(input.nameVi, QStringLiteral("name"), tr("The department name"),
                               TextRules::maxShortFieldLength, true);
    if (!vi)
        return vi.error();
    auto en = TextRules::clean(input.nameEn, QStringLiteral("name_en"), tr("The English name"),
                               TextRules::maxShortFieldLength, false);
    if (!en)
        return en.error();
    Department department = input;
    department.nameVi = vi.value();
    department.nameEn = en.value();
    return inTransaction<Department>(*m_context.db, [&](QSqlDatabase tx) -> Result<Department> {
        Department saved = department; // a re-run after a clash starts from the caller's version again
        if (auto ok = CatalogRepository(tx).updateDepartment(saved); !ok)
            return ok.error();
        ++saved.version;
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, std::nullopt,
                                           QStringLiteral("department-update"), {}, {},
                                           AuditNote::department(saved.code, saved.nameVi, saved.active));
            !ok)
            return ok.error();
        return saved;
    });
}

Result<QList<Department>> AdminService::departments()
{
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    return CatalogRepository(connection.value()).departments();
}

namespace {

Result<QString> cleanCategoryName(const QString& name)
{
    return TextRules::clean(name, QStringLiteral("name"), AdminService::tr("The category name"),
                            TextRules::maxShortFieldLength, true);
}

Result<void> checkAnswerDays(int answerDays)
{
    if (answerDays < 1 || answerDays > 365)
        return Error::invalid(AdminService::tr("The answer period must be between 1 and 365 working days."),
                              QStringLiteral("days"));
    return {};
}

// Sets the category's default department from a code (none for an empty one); a retired department is refused.
Result<void> setCategoryDepartment(CatalogRepository& catalog, Category& category, const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper.isEmpty()) {
        category.defaultDepartmentId.reset();
        category.defaultDepartmentCode.clear();
        return {};
    }
    auto department = catalog.departmentByCode(upper);
    if (!department)
        return department.error();
    if (!department.value())
        return Error::notFound(AdminService::tr("There is no department with the code %1.").arg(code.trimmed()));
    if (!department.value()->active)
        return Error::conflict(AdminService::tr("The department %1 is retired; choose the department that took over its "
                                                "work.")
                                   .arg(upper));
    category.defaultDepartmentId = department.value()->id;
    category.defaultDepartmentCode = department.value()->code;
    return {};
}

// The audit note of a category: language-neutral, the same whoever reads it.
QString categoryNote(const Category& category)
{
    return QStringLiteral("%1; days=%2; department=%3; active=%4")
        .arg(category.name)
        .arg(category.answerDays)
        .arg(category.defaultDepartmentCode)
        .arg(category.active ? 1 : 0);
}

// The refusal of a save made from a stale copy of `current`, naming whose change won and when.
Error staleCategory(QSqlDatabase tx, const Category& current)
{
    auto last = AuditRepository(tx).latest({QStringLiteral("category-add"), QStringLiteral("category-update")},
                                           current.name + QStringLiteral("; days="));
    auto settings = CatalogRepository(tx).agencySettings();
    QString message;
    if (last && last.value() && settings) {
        const QString when = AgencyTime(settings->timeZone).toAgency(last.value()->at).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        const QString login = last.value()->username;
        auto author = UserRepository(tx).byUsername(login);
        const QString who = author && author.value() && !author.value()->displayName.isEmpty()
            ? QStringLiteral("%1 (%2)").arg(author.value()->displayName, login)
            : login;
        message = AdminService::tr("%1 changed the category %2 at %3 while you were editing it, so your change was not "
                                   "saved. The list now shows their change; make yours again if it is still needed.")
                      .arg(who, current.name, when);
    } else {
        message = AdminService::tr("Someone else changed the category %1 while you were editing it, so your change was "
                                   "not saved. The list now shows their change; make yours again if it is still needed.")
                      .arg(current.name);
    }
    return Error{ErrorKind::Conflict, message, QStringLiteral("version")};
}

} // namespace

Result<Category> AdminService::addCategory(const QString& name, const QString& departmentCode, int answerDays)
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    auto cleanName = cleanCategoryName(name);
    if (!cleanName)
        return cleanName.error();
    if (auto ok = checkAnswerDays(answerDays); !ok)
        return ok.error();
    return inTransaction<Category>(*m_context.db, [&](QSqlDatabase tx) -> Result<Category> {
        CatalogRepository catalog(tx);
        Category category;
        category.name = cleanName.value();
        category.answerDays = answerDays;
        if (auto ok = setCategoryDepartment(catalog, category, departmentCode); !ok)
            return ok.error();
        auto existing = catalog.categoryByName(category.name);
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error::conflict(tr("The category %1 already exists.").arg(category.name));
        auto id = catalog.addCategory(category);
        if (!id)
            return id.error();
        category.id = id.value();
        category.version = 1;
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, std::nullopt,
                                           QStringLiteral("category-add"), {}, {}, categoryNote(category));
            !ok)
            return ok.error();
        return category;
    });
}

Result<Category> AdminService::updateCategory(const Category& input)
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    auto cleanName = cleanCategoryName(input.name);
    if (!cleanName)
        return cleanName.error();
    if (auto ok = checkAnswerDays(input.answerDays); !ok)
        return ok.error();
    return inTransaction<Category>(*m_context.db, [&](QSqlDatabase tx) -> Result<Category> {
        CatalogRepository catalog(tx);
        auto current = catalog.categoryById(input.id);
        if (!current)
            return current.error();
        if (!current.value())
            return Error::notFound(tr("The category was removed meanwhile; reload the list."));
        if (current.value()->version != input.version)
            return staleCategory(tx, *current.value());
        Category category = *current.value();
        category.name = cleanName.value();
        category.answerDays = input.answerDays;
        category.active = input.active;
        // A category may keep a department retired since; it cannot be given one.
        if (input.defaultDepartmentCode.trimmed().toUpper() != current.value()->defaultDepartmentCode)
            if (auto ok = setCategoryDepartment(catalog, category, input.defaultDepartmentCode); !ok)
                return ok.error();
        if (category.name != current.value()->name) {
            auto existing = catalog.categoryByName(category.name);
            if (!existing)
                return existing.error();
            if (existing.value())
                return Error::conflict(tr("The category %1 already exists.").arg(category.name));
        }
        if (auto ok = catalog.updateCategory(category); !ok)
            return ok.error().field == QLatin1String("version") ? staleCategory(tx, *current.value()) : ok.error();
        ++category.version;
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, std::nullopt,
                                           QStringLiteral("category-update"), {}, {}, categoryNote(category));
            !ok)
            return ok.error();
        return category;
    });
}

Result<QList<Category>> AdminService::categories()
{
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    return CatalogRepository(connection.value()).categories();
}

} // namespace danhoi
