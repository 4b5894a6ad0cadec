#pragma once

#include "Database.h"

namespace danhoi {

// Where a desk user's password lives. SQLite: in the users row, hashed and checked by the program (AuthService).
// PostgreSQL: the user is the login role dh_<db>_NAME; the server checks the password whenever a connection opens
// as it (SCRAM, AuthService signs in that way) and DanHoi keeps no hash; logins are created and changed through
// the security layer's functions with a verifier computed here. Chosen by the database's engine, so the services keep one code path.
class Logins
{
public:
    static std::unique_ptr<Logins> of(Database& db);
    virtual ~Logins() = default;

    // True when the server keeps and checks the passwords (DanHoi stores no hash).
    virtual bool serverAuthenticates() const = 0;
    // Creates the user's login with this password, in the caller's transaction (nothing on SQLite).
    virtual Result<void> create(QSqlDatabase tx, const QString& username, const QString& password) = 0;
    // Gives the user's login this password, in the caller's transaction (nothing on SQLite).
    virtual Result<void> changePassword(QSqlDatabase tx, const QString& username, const QString& password) = 0;
};

} // namespace danhoi
