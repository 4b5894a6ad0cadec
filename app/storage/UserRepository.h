#pragma once

#include "Database.h"
#include "core/Domain.h"

namespace danhoi {

struct Credentials {
    QString passwordHash;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
};

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase connection) : m_db(std::move(connection)) { }

    Result<Id> add(const User& user, const QString& passwordHash);
    Result<void> update(const User& user); // display name, roles, department, active
    Result<QList<User>> list();
    Result<std::optional<User>> byUsername(const QString& username);
    Result<std::optional<User>> byId(Id id);
    Result<QList<User>> ofDepartment(Id departmentId);
    // The display names of `usernames` that have one, by username.
    Result<QHash<QString, QString>> displayNames(const QStringList& usernames);
    Result<Credentials> credentials(Id userId);
    Result<void> setPasswordHash(Id userId, const QString& hash);
    Result<void> recordLoginFailure(Id userId, int failedAttempts, const QDateTime& lockedUntil);
    Result<void> recordLoginSuccess(Id userId);
    Result<int> countAdmins();

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
