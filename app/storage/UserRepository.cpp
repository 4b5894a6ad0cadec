#include "UserRepository.h"

namespace danhoi {

namespace {

const QString userSelect = QStringLiteral(
    "SELECT u.id, u.username, u.display_name, u.roles, u.department_id, d.code AS department_code, u.active"
    " FROM users u LEFT JOIN departments d ON d.id = u.department_id");

User userFrom(const SqlStatement& q)
{
    User u;
    u.id = q.value(QStringLiteral("id")).toLongLong();
    u.username = q.value(QStringLiteral("username")).toString();
    u.displayName = q.value(QStringLiteral("display_name")).toString();
    u.roles = rolesFromNames(q.value(QStringLiteral("roles")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                  .value_or(Roles());
    u.departmentId = optionalId(q.value(QStringLiteral("department_id")));
    u.departmentCode = q.value(QStringLiteral("department_code")).toString();
    u.active = q.value(QStringLiteral("active")).toBool();
    return u;
}

Result<QList<User>> listFrom(SqlStatement& q)
{
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<User> out;
    while (q.next())
        out.append(userFrom(q));
    return out;
}

Result<std::optional<User>> oneFrom(SqlStatement& q)
{
    auto list = listFrom(q);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::nullopt : std::optional(list->first());
}

} // namespace

Result<Id> UserRepository::add(const User& user, const QString& passwordHash)
{
    SqlStatement q(m_db, QStringLiteral("INSERT INTO users (username, display_name, password_hash, roles, department_id,"
                                        " active) VALUES (:u, :d, :h, :r, :dep, :a) RETURNING id"));
    q.bind(QStringLiteral(":u"), user.username).bind(QStringLiteral(":d"), user.displayName);
    q.bind(QStringLiteral(":h"), passwordHash).bind(QStringLiteral(":r"), roleNames(user.roles).join(QLatin1Char(',')));
    q.bind(QStringLiteral(":dep"), nullable(user.departmentId)).bind(QStringLiteral(":a"), user.active ? 1 : 0);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<void> UserRepository::update(const User& user)
{
    SqlStatement q(m_db, QStringLiteral("UPDATE users SET display_name = :d, roles = :r, department_id = :dep,"
                                        " active = :a, version = version + 1 WHERE id = :id"));
    q.bind(QStringLiteral(":d"), user.displayName).bind(QStringLiteral(":r"), roleNames(user.roles).join(QLatin1Char(',')));
    q.bind(QStringLiteral(":dep"), nullable(user.departmentId)).bind(QStringLiteral(":a"), user.active ? 1 : 0);
    q.bind(QStringLiteral(":id"), user.id);
    return q.exec();
}

Result<QList<User>> UserRepository::list()
{
    SqlStatement q(m_db, userSelect + QStringLiteral(" ORDER BY u.username"));
    return listFrom(q);
}

Result<std::optional<User>> UserRepository::byUsername(const QString& username)
{
    SqlStatement q(m_db, userSelect + QStringLiteral(" WHERE u.username = :u"));
    q.bind(QStringLiteral(":u"), username);
    return oneFrom(q);
}

Result<std::optional<User>> UserRepository::byId(Id id)
{
    SqlStatement q(m_db, userSelect + QStringLiteral(" WHERE u.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    return oneFrom(q);
}

Result<QList<User>> UserRepository::ofDepartment(Id departmentId)
{
    SqlStatement q(m_db, userSelect + QStringLiteral(" WHERE u.department_id = :dep ORDER BY u.username"));
    q.bind(QStringLiteral(":dep"), departmentId);
    return listFrom(q);
}

Result<QHash<QString, QString>> UserRepository::displayNames(const QStringList& usernames)
{
    QHash<QString, QString> out;
    if (usernames.isEmpty())
        return out;
    QStringList placeholders;
    for (int i = 0; i < usernames.size(); ++i)
        placeholders.append(QStringLiteral(":u%1").arg(i));
    SqlStatement q(m_db, QStringLiteral("SELECT username, display_name FROM users WHERE username IN (%1)"
                                        " AND display_name <> ''")
                             .arg(placeholders.join(QStringLiteral(", "))));
    for (int i = 0; i < usernames.size(); ++i)
        q.bind(placeholders.at(i), usernames.at(i));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Result<Credentials> UserRepository::credentials(Id userId)
{
    SqlStatement q(m_db, QStringLiteral("SELECT password_hash, failed_attempts, locked_until FROM users WHERE id = :id"));
    if (auto ok = q.bind(QStringLiteral(":id"), userId).exec(); !ok)
        return ok.error();
    Credentials c;
    if (q.next()) {
        c.passwordHash = q.value(0).toString();
        c.failedAttempts = q.value(1).toInt();
        if (!q.value(2).isNull())
            c.lockedUntil = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    }
    return c;
}

Result<void> UserRepository::setPasswordHash(Id userId, const QString& hash)
{
    SqlStatement q(m_db, QStringLiteral("UPDATE users SET password_hash = :h, failed_attempts = 0, locked_until = NULL,"
                                        " version = version + 1 WHERE id = :id"));
    return q.bind(QStringLiteral(":h"), hash).bind(QStringLiteral(":id"), userId).exec();
}

Result<void> UserRepository::recordLoginFailure(Id userId, int failedAttempts, const QDateTime& lockedUntil)
{
    SqlStatement q(m_db, QStringLiteral("UPDATE users SET failed_attempts = :n, locked_until = :until WHERE id = :id"));
    q.bind(QStringLiteral(":n"), failedAttempts);
    q.bind(QStringLiteral(":until"), lockedUntil.isValid() ? QVariant(lockedUntil.toMSecsSinceEpoch()) : QVariant());
    return q.bind(QStringLiteral(":id"), userId).exec();
}

Result<void> UserRepository::recordLoginSuccess(Id userId)
{
    SqlStatement q(m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = :id"
                                        " AND (failed_attempts <> 0 OR locked_until IS NOT NULL)"));
    return q.bind(QStringLiteral(":id"), userId).exec();
}

Result<int> UserRepository::countAdmins()
{
    SqlStatement q(m_db, QStringLiteral("SELECT roles FROM users WHERE active = 1"));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    int n = 0;
    while (q.next())
        n += q.value(0).toString().split(QLatin1Char(',')).contains(QStringLiteral("admin")) ? 1 : 0;
    return n;
}

} // namespace danhoi
