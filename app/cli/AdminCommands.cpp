#include "Commands.h"
#include "JsonViews.h"

#include "services/AdminService.h"

#include <QJsonArray>

namespace danhoi::cli {

namespace {

class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)
public:
    static QString yesNo(bool value) { return value ? tr("active") : tr("retired"); }
};

Result<QString> newPassword()
{
    return CliSession::secret("DANHOI_NEW_PASSWORD", AdminCommands::tr("New password: "));
}

} // namespace

Result<void> runInit(CliSession& session)
{
    const Invocation& in = session.invocation();
    if (!in.has(QStringLiteral("agency")) || !in.has(QStringLiteral("admin")))
        return Error::invalid(AdminCommands::tr("init needs --agency NAME and --admin USERNAME."));
    auto password = CliSession::secret("DANHOI_PASSWORD", AdminCommands::tr("Password for the administrator: "));
    if (!password)
        return password.error();
    auto admin = AdminService::initialise(session.context(), in.option(QStringLiteral("agency")),
                                          in.option(QStringLiteral("admin")), password.value());
    if (!admin)
        return admin.error();
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("agency"), in.option(QStringLiteral("agency")).trimmed()},
                                      {QStringLiteral("admin"), admin->username},
                                      {QStringLiteral("db"), session.context().db->path()}});
    else
        session.print(AdminCommands::tr("Set up %1 in %2 with the administrator %3.")
                          .arg(in.option(QStringLiteral("agency")).trimmed(), session.context().db->path(), admin->username));
    return {};
}

Result<void> runDepartmentAdd(CliSession& session)
{
    const Invocation& in = session.invocation();
    if (!in.has(QStringLiteral("name")))
        return Error::invalid(AdminCommands::tr("department add needs --name NAME."));
    auto department = AdminService(session.context(), session.user())
                          .addDepartment(in.positionals.at(0), in.option(QStringLiteral("name")),
                                         in.option(QStringLiteral("name-en")));
    if (!department)
        return department.error();
    if (session.json())
        session.printJson(JsonViews::department(department.value()));
    else
        session.print(AdminCommands::tr("Added the department %1 – %2.").arg(department->code, department->nameVi));
    return {};
}

Result<void> runDepartmentList(CliSession& session)
{
    auto departments = AdminService(session.context(), session.user()).departments();
    if (!departments)
        return departments.error();
    QJsonArray array;
    QStringList lines;
    for (const Department& d : departments.value()) {
        array.append(JsonViews::department(d));
        lines.append(QStringLiteral("%1\t%2\t%3\t%4").arg(d.code, d.nameVi, d.nameEn, AdminCommands::yesNo(d.active)));
    }
    session.json() ? session.printJson(array) : session.print(lines.join(QLatin1Char('\n')));
    return {};
}

Result<void> runCategoryAdd(CliSession& session)
{
    const Invocation& in = session.invocation();
    if (!in.has(QStringLiteral("days")))
        return Error::invalid(AdminCommands::tr("category add needs --days N."));
    bool ok = false;
    const int days = in.option(QStringLiteral("days")).toInt(&ok);
    if (!ok)
        return Error::invalid(AdminCommands::tr("--days must be a whole number of working days."));
    auto category = AdminService(session.context(), session.user())
                        .addCategory(in.positionals.at(0), in.option(QStringLiteral("department")), days);
    if (!category)
        return category.error();
    if (session.json())
        session.printJson(JsonViews::category(category.value()));
    else
        session.print(AdminCommands::tr("Added the category %1 (%2 working days).").arg(category->name).arg(days));
    return {};
}

Result<void> runCategorySet(CliSession& session)
{
    const Invocation& in = session.invocation();
    AdminService admin(session.context(), session.user());
    auto categories = admin.categories();
    if (!categories)
        return categories.error();
    const QString name = in.positionals.at(0).trimmed();
    const auto found = std::find_if(categories->cbegin(), categories->cend(),
                                    [&](const Category& c) { return c.name == name; });
    if (found == categories->cend())
        return Error::notFound(AdminCommands::tr("There is no category %1.").arg(name));
    Category category = *found;
    if (in.has(QStringLiteral("name")))
        category.name = in.option(QStringLiteral("name"));
    if (in.has(QStringLiteral("department"))) {
        const QString code = in.option(QStringLiteral("department")).trimmed();
        category.defaultDepartmentCode = code == QLatin1String("-") ? QString() : code;
    }
    if (in.has(QStringLiteral("days"))) {
        bool ok = false;
        category.answerDays = in.option(QStringLiteral("days")).toInt(&ok);
        if (!ok)
            return Error::invalid(AdminCommands::tr("--days must be a whole number of working days."));
    }
    if (in.has(QStringLiteral("active"))) {
        const QString active = in.option(QStringLiteral("active")).trimmed().toLower();
        if (active != QLatin1String("yes") && active != QLatin1String("no"))
            return Error::invalid(AdminCommands::tr("--active takes yes or no."));
        category.active = active == QLatin1String("yes");
    }
    auto updated = admin.updateCategory(category);
    if (!updated)
        return updated.error();
    if (session.json())
        session.printJson(JsonViews::category(updated.value()));
    else
        session.print(AdminCommands::tr("The category %1 now has %2 working days (%3).")
                          .arg(updated->name)
                          .arg(updated->answerDays)
                          .arg(AdminCommands::yesNo(updated->active)));
    return {};
}

Result<void> runCategoryList(CliSession& session)
{
    auto categories = AdminService(session.context(), session.user()).categories();
    if (!categories)
        return categories.error();
    QJsonArray array;
    QStringList lines;
    for (const Category& c : categories.value()) {
        array.append(JsonViews::category(c));
        lines.append(QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(c.name, c.defaultDepartmentCode)
                         .arg(c.answerDays)
                         .arg(AdminCommands::yesNo(c.active)));
    }
    session.json() ? session.printJson(array) : session.print(lines.join(QLatin1Char('\n')));
    return {};
}

Result<void> runUserAdd(CliSession& session)
{
    const Invocation& in = session.invocation();
    if (!in.has(QStringLiteral("role")))
        return Error::invalid(AdminCommands::tr("user add needs --role ROLE[,ROLE…] (admin, coordinator, clerk, supervisor)."));
    const auto roles = rolesFromNames(in.option(QStringLiteral("role")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!roles)
        return Error::invalid(AdminCommands::tr("Unknown role in \"%1\"; the roles are admin, coordinator, clerk and supervisor.")
                                  .arg(in.option(QStringLiteral("role"))));
    auto password = newPassword();
    if (!password)
        return password.error();
    NewUser user{in.positionals.at(0), in.option(QStringLiteral("display")), roles.value(),
                 in.option(QStringLiteral("department")), password.value()};
    auto added = AdminService(session.context(), session.user()).addUser(user);
    if (!added)
        return added.error();
    if (session.json())
        session.printJson(JsonViews::user(added.value()));
    else
        session.print(AdminCommands::tr("Added the user %1.").arg(added->username));
    return {};
}

Result<void> runUserList(CliSession& session)
{
    auto users = AdminService(session.context(), session.user()).users();
    if (!users)
        return users.error();
    QJsonArray array;
    QStringList lines;
    for (const User& u : users.value()) {
        array.append(JsonViews::user(u));
        lines.append(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(u.username, u.displayName, roleNames(u.roles).join(QLatin1Char(',')), u.departmentCode,
                              u.active ? AdminCommands::tr("active") : AdminCommands::tr("disabled")));
    }
    session.json() ? session.printJson(array) : session.print(lines.join(QLatin1Char('\n')));
    return {};
}

Result<void> runUserDisable(CliSession& session)
{
    const QString username = session.invocation().positionals.at(0);
    if (auto ok = AdminService(session.context(), session.user()).disableUser(username); !ok)
        return ok;
    session.json() ? session.printJson(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("active"), false}})
                   : session.print(AdminCommands::tr("Disabled the user %1.").arg(username));
    return {};
}

Result<void> runUserPassword(CliSession& session)
{
    const QString username = session.invocation().positionals.at(0);
    auto password = newPassword();
    if (!password)
        return password.error();
    if (auto ok = AdminService(session.context(), session.user()).setPassword(username, password.value()); !ok)
        return ok;
    session.json() ? session.printJson(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password_changed"), true}})
                   : session.print(AdminCommands::tr("Changed the password of %1.").arg(username));
    return {};
}

} // namespace danhoi::cli
