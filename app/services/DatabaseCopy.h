#pragma once

#include "ServiceContext.h"

namespace danhoi {

class TableCopier;

// Moves a single-desk installation (an SQLite file) onto a new PostgreSQL database, run by the server database's
// owner: every row verbatim with its id (questions, revisions, categories, departments, users, settings, calendar,
// redactions, import keys, portal pushes, the audit chain and its head), the search index rebuilt, identities moved
// past the copied ids, all in one transaction. The source's audit chain must verify before, the target's after.
// When the target was provisioned (the security layer's danhoi_user_create exists), each user becomes a login role
// with a one-time password to hand out, and DanHoi keeps no password hash there, and each published question gets
// the public version other departments read there, redacted as the portal bundle is. Rows go hundreds a statement;
// on the server the per-row triggers' work is done once per table (BulkLoad). The file is opened read-only and
// never changed: one at an older schema is refused until it was upgraded.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct Outcome {
        QList<QPair<QString, qint64>> rows;             // table, rows copied
        bool loginRoles = false;                         // users became login roles
        QList<QPair<QString, QString>> oneTimePasswords; // user name, password (active users, with loginRoles)
        qint64 auditEvents = 0;                          // verified on the target
    };
    static Result<Outcome> run(const QString& sqliteFile, const QString& serverLocation);

private:
    static Result<std::shared_ptr<Database>> openSource(const QString& sqliteFile);
    static Result<qint64> verifiedChain(Database& db, const QString& which);
    static Result<qint64> writePublicVersions(QSqlDatabase target, TableCopier& copier);
    static QString oneTimePassword();
};

} // namespace danhoi
