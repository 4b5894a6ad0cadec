#include "AuthService.h"

#include "storage/Logins.h"
#include "storage/PostgresSecurity.h"
#include "storage/UserRepository.h"

#include <sodium.h>

namespace danhoi {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> AuthService::hashPassword(const QString& password)
{
    if (!sodiumReady())
        return Error::other(tr("The cryptography library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return Error::other(tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool AuthService::verifyPassword(const QString& hash, const QString& password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

Result<void> AuthService::checkPasswordPolicy(const QString& password)
{
    if (password.size() < minPasswordLength)
        return Error::invalid(tr("The password must have at least %1 characters.").arg(minPasswordLength),
                              QStringLiteral("password"));
    if (password.size() > 1024)
        return Error::invalid(tr("The password is too long."), QStringLiteral("password"));
    return {};
}

Result<QString> AuthService::storedHash(Database& db, const QString& password)
{
    if (Logins::of(db)->serverAuthenticates())
        return QString();
    return hashPassword(password);
}

Result<User> AuthService::login(const QString& username, const QString& password)
{
    if (!m_context.serverLocation.isEmpty() || (m_context.db && m_context.db->engine() == Database::Engine::PostgreSql))
        return loginToServer(username, password);
    const Error wrong{ErrorKind::Authentication, tr("Wrong user name or password."), {}};
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    UserRepository users(connection.value());
    auto found = users.byUsername(username.trimmed());
    if (!found)
        return found.error();
    if (!found.value()) {
        hashPassword(password); // same cost as a real check, so timing does not reveal user names
        return wrong;
    }
    const User user = *found.value();
    if (!user.active)
        return Error{ErrorKind::Authentication, tr("The account %1 is disabled.").arg(user.username), {}};
    auto credentials = users.credentials(user.id);
    if (!credentials)
        return credentials.error();
    const QDateTime now = m_context.now();
    if (credentials->lockedUntil.isValid() && credentials->lockedUntil > now) {
        const qint64 minutes = (now.secsTo(credentials->lockedUntil) + 59) / 60;
        return Error{ErrorKind::Authentication,
                     tr("The account %1 is locked after too many wrong passwords; try again in %n minute(s).", nullptr,
                        int(minutes))
                         .arg(user.username),
                     {}};
    }
    if (verifyPassword(credentials->passwordHash, password)) {
        if (credentials->failedAttempts > 0 || credentials->lockedUntil.isValid())
            if (auto ok = users.recordLoginSuccess(user.id); !ok)
                return ok.error();
        return user;
    }
    // Expired lock: start a fresh count.
    const int attempts = (credentials->lockedUntil.isValid() ? 0 : credentials->failedAttempts) + 1;
    const bool lock = attempts >= maxFailedAttempts;
    auto recorded = inTransaction<bool>(*m_context.db, [&](QSqlDatabase tx) -> Result<bool> {
        UserRepository writer(tx);
        if (auto ok = writer.recordLoginFailure(user.id, lock ? 0 : attempts,
                                                lock ? now.addSecs(lockoutMinutes * 60) : QDateTime());
            !ok)
            return ok.error();
        return lock;
    });
    if (!recorded)
        return recorded.error();
    if (lock)
        return Error{ErrorKind::Authentication,
                     tr("Wrong password. The account %1 is now locked for %2 minutes.").arg(user.username).arg(lockoutMinutes),
                     {}};
    return wrong;
}

Result<User> AuthService::loginToServer(const QString& username, const QString& password)
{
    const QString name = username.trimmed();
    if (name.isEmpty() || password.isEmpty())
        return Error{ErrorKind::Authentication, tr("Enter your user name and password."), {}};
    const QString location = m_context.db ? m_context.db->path() : m_context.serverLocation;
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error();
    auto role = PostgresSecurity::loginRole(parsed->dbname, name);
    if (!role)
        return role.error();
    DatabaseOpener::Request request;
    request.location = location;
    request.user = role.value();
    request.password = password;
    auto opened = DatabaseOpener::open(request);
    if (!opened) {
        if (opened.error().kind == ErrorKind::Authentication)
            return Error{ErrorKind::Authentication,
                         tr("The server refused the sign-in: wrong user name or password, or the account is disabled "
                            "or locked on the server."),
                         {}};
        return opened.error();
    }
    auto connection = opened->db->connection();
    if (!connection)
        return connection.error();
    auto found = UserRepository(connection.value()).byUsername(name);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorKind::Authentication,
                     tr("%1 may sign in to the server but is not a DanHoi user of this database.").arg(name), {}};
    if (!found.value()->active)
        return Error{ErrorKind::Authentication, tr("The account %1 is disabled.").arg(name), {}};
    m_context.db = opened->db; // from now on the session acts as this login
    m_context.serverLocation.clear();
    return *found.value();
}

} // namespace danhoi
