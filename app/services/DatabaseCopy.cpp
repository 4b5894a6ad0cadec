#include "DatabaseCopy.h"

#include "PublicText.h"
#include "core/AuditChain.h"
#include "storage/BulkLoad.h"
#include "storage/Migrations.h"
#include "storage/PostgresSecurity.h"
#include "storage/RevisionRepository.h"
#include "storage/SearchIndex.h"
#include "storage/TableCopier.h"

#include <QRandomGenerator>

namespace danhoi {

QString DatabaseCopy::oneTimePassword()
{
    // No look-alikes (0/O, 1/l/I): read aloud or copied from paper by the user.
    static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString out;
    for (int i = 0; i < 16; ++i)
        out.append(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    return out;
}

Result<qint64> DatabaseCopy::verifiedChain(Database& db, const QString& which)
{
    auto connection = db.connection();
    if (!connection)
        return connection.error();
    AuditRepository audit(connection.value());
    auto head = audit.head();
    if (!head)
        return head.error();
    // A batch at a time: a million questions carry about five million events.
    constexpr int batch = 20000;
    AuditChain::Walk walk;
    for (qint64 after = 0;;) {
        auto events = audit.after(after, batch);
        if (!events)
            return events.error();
        if (events->isEmpty() || !walk.add(events.value()))
            break;
        after = events->last().seq;
    }
    const AuditChain::Verdict verdict = walk.finish(head->second, head->first);
    if (!verdict.ok)
        return Error{ErrorKind::Verification, tr("The audit chain of %1 does not verify: %2").arg(which, verdict.reason), {}};
    return qint64(verdict.checked);
}

Result<qint64> DatabaseCopy::writePublicVersions(QSqlDatabase target, TableCopier& copier)
{
    auto keeps = copier.targetKeepsPublicVersions();
    if (!keeps)
        return keeps.error();
    if (!keeps.value())
        return qint64(0);
    auto published = copier.publishedQuestions();
    if (!published)
        return published.error();
    constexpr qsizetype batch = 2000;
    for (qsizetype from = 0; from < published->size(); from += batch)
        if (auto ok = PublicText::keepNew(target, published->mid(from, batch)); !ok)
            return ok.error();
    return qint64(published->size());
}

Result<std::shared_ptr<Database>> DatabaseCopy::openSource(const QString& sqliteFile)
{
    // Read-only: the copy never changes the installation it leaves, not even its schema (an older file would be
    // upgraded in place by an ordinary open).
    auto source = Database::openSqliteReadOnly(sqliteFile);
    if (!source)
        return source.error();
    auto version = Migrations::currentVersion(*source.value());
    if (!version)
        return version.error();
    if (version.value() == 0)
        return Error::invalid(tr("The file %1 is not a DanHoi database.").arg(sqliteFile), QStringLiteral("from"));
    if (version.value() < Migrations::latestVersion())
        return Error::conflict(tr("The file %1 has schema version %2 but this DanHoi copies only version %3. db copy "
                                  "never changes the file it copies: upgrade it first with \"danhoi-cli --db %1 db "
                                  "upgrade\" (a backup is kept beside it), then copy it.")
                                   .arg(sqliteFile)
                                   .arg(version.value())
                                   .arg(Migrations::latestVersion()));
    if (auto ok = Migrations::requireCurrent(*source.value()); !ok)
        return ok.error();
    return source.value();
}

Result<DatabaseCopy::Outcome> DatabaseCopy::run(const QString& sqliteFile, const QString& serverLocation)
{
    if (sqliteFile.trimmed().isEmpty() || DatabaseOpener::isServerLocation(sqliteFile))
        return Error::invalid(tr("--from takes the SQLite file of the single-desk installation."), QStringLiteral("from"));
    if (!DatabaseOpener::isServerLocation(serverLocation))
        return Error::invalid(tr("--to takes the new PostgreSQL database, postgresql://OWNER@HOST/DBNAME."),
                              QStringLiteral("to"));
    auto source = openSource(sqliteFile);
    if (!source)
        return source.error();
    Outcome outcome;
    auto sourceEvents = verifiedChain(*source.value(), sqliteFile);
    if (!sourceEvents)
        return Error{sourceEvents.error().kind,
                     tr("Nothing was copied: %1").arg(sourceEvents.error().message), {}};
    DatabaseOpener::Request request;
    request.location = serverLocation;
    request.upgradeServer = true;
    auto target = DatabaseOpener::open(request);
    if (!target)
        return target.error();
    auto from = source.value()->connection();
    if (!from)
        return from.error();

    Transaction tx(*target->db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    TableCopier copier(from.value(), tx.connection());
    if (auto ok = copier.requireEmptyTarget(); !ok)
        return ok.error();
    auto logins = copier.targetMakesLogins();
    if (!logins)
        return logins.error();
    outcome.loginRoles = logins.value();
    const QString dbname = target->db->location().dbname;
    auto makeLogin = [&](QVariantMap& user) -> Result<void> {
        const QString username = user.value(QStringLiteral("username")).toString();
        auto role = PostgresSecurity::loginRole(dbname, username);
        if (!role)
            return role.error();
        const QString password = oneTimePassword();
        auto verifier = PostgresSecurity::scramVerifier(tx.connection(), role.value(), password);
        if (!verifier)
            return verifier.error();
        if (auto ok = copier.createLogin(username, verifier.value()); !ok)
            return ok.error();
        user.insert(QStringLiteral("password_hash"), QStringLiteral("")); // the server authenticates now
        if (user.value(QStringLiteral("active")).toInt() == 1)
            outcome.oneTimePasswords.append({username, password});
        return {};
    };
    BulkLoad bulk(tx.connection());
    if (auto ok = bulk.suspend(); !ok)
        return ok.error();
    for (const QString& table : TableCopier::tables()) {
        const QStringList later = table == QLatin1String("questions") ? QStringList{QStringLiteral("duplicate_of_id")}
                                                                      : QStringList{};
        const bool users = table == QLatin1String("users") && outcome.loginRoles;
        auto rows = copier.copy(table, later, users ? std::function<Result<void>(QVariantMap&)>(makeLogin) : nullptr);
        if (!rows)
            return rows.error();
        outcome.rows.append({table, rows.value()});
    }
    if (auto ok = copier.advanceIdentities(); !ok)
        return ok.error();
    // What the public versions and the search index are made from is read back through these tables' indexes.
    if (auto ok = bulk.restoreIndexes({QStringLiteral("questions"), QStringLiteral("answer_revisions")}); !ok)
        return ok.error();
    auto shown = writePublicVersions(tx.connection(), copier);
    if (!shown)
        return shown.error();
    if (shown.value() > 0)
        outcome.rows.append({QStringLiteral("public_questions"), shown.value()});
    if (auto ok = SearchIndex(tx.connection()).rebuild(); !ok)
        return ok.error();
    if (auto ok = bulk.finish(); !ok)
        return ok.error();
    auto copiedEvents = verifiedChain(*target->db, serverLocation);
    if (!copiedEvents)
        return copiedEvents.error();
    if (copiedEvents.value() != sourceEvents.value())
        return Error{ErrorKind::Verification, tr("The copy holds %1 audit events but the file %2; nothing was copied.")
                                                  .arg(copiedEvents.value())
                                                  .arg(sourceEvents.value()),
                     {}};
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    outcome.auditEvents = copiedEvents.value();
    return outcome;
}

} // namespace danhoi
