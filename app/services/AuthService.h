#pragma once

#include "ServiceContext.h"

namespace danhoi {

// Who is at the desk: password check with Argon2id and lockout after repeated failures.
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
    static bool verifyPassword(const QString& hash, const QString& password);
    static Result<void> checkPasswordPolicy(const QString& password);

private:
    ServiceContext& m_context;
};

} // namespace danhoi
