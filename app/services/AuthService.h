#pragma once

#include "ServiceContext.h"

namespace danhoi {

// Who is at the desk. On an SQLite file: password check with Argon2id and lockout after repeated failures. On a
// shared PostgreSQL server the user is a login role of the server: connecting as it with the password is the check
// (SCRAM), lockout and password rules are the server's, and the session then acts through that connection.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)
public:
    static constexpr int maxFailedAttempts = 5;
    static constexpr int lockoutMinutes = 15;
    static constexpr int minPasswordLength = 8;

    explicit AuthService(ServiceContext& context) : m_context(context) { }

    Result<User> login(const QString& username, const QString& password);

    static Result<QString> hashPassword(const QString& password);
    // What the users row keeps of a password: its Argon2id hash, or nothing where the server keeps the passwords.
    static Result<QString> storedHash(Database& db, const QString& password);
    static bool verifyPassword(const QString& hash, const QString& password);
    static Result<void> checkPasswordPolicy(const QString& password);

private:
    Result<User> loginToServer(const QString& username, const QString& password);

    ServiceContext& m_context;
};

} // namespace danhoi
