#include "DatabaseCopy.h"

#include "PublicText.h"
#include "core/AuditChain.h"
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
    auto events = audit.list();
    if (!events)
        return events.error();
    const AuditChain::Verdict verdict = AuditChain::verify(events.value(), head->second, head->first);
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
    auto published = PublishedTexts::load(target);
    if (!published)
        return published.error();
    for (const PublishedQuestion& question : published->questions) {
        const PublicItem item = published->itemOf(question);
        if (auto ok = copier.writePublicVersion(question.id, {item.title, item.question, item.askerLine, item.answerMarkdown});
            !ok)
            return ok.error();
    }
    return qint64(published->questions.size());
}

Result<DatabaseCopy::Outcome> DatabaseCopy::run(const QString& sqliteFile, const QString& serverLocation)
{
    if (sqliteFile.trimmed().isEmpty() || DatabaseOpener::isServerLocation(sqliteFile))
        return Error::invalid(tr("--from takes the SQLite file of the single-desk installation."), QStringLiteral("from"));
    if (!DatabaseOpener::isServerLocation(serverLocation))
        return Error::invalid(tr("--to takes the new PostgreSQL database, postgresql://OWNER@HOST/DBNAME."),
                              QStringLiteral("to"));
    auto source = DatabaseOpener::open(sqliteFile, true);
    if (!source)
        return source.error();
    Outcome outcome;
    outcome.upgradedFrom = source->upgradedFrom;
    outcome.backupPath = source->backupPath;
    auto sourceEvents = verifiedChain(*source->db, sqliteFile);
    if (!sourceEvents)
        return Error{sourceEvents.error().kind,
                     tr("Nothing was copied: %1").arg(sourceEvents.error().message), {}};
    DatabaseOpener::Request request;
    request.location = serverLocation;
    request.upgradeServer = true;
    auto target = DatabaseOpener::open(request);
    if (!target)
        return target.error();
    auto from = source->db->connection();
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
    auto shown = writePublicVersions(tx.connection(), copier);
    if (!shown)
        return shown.error();
    if (shown.value() > 0)
        outcome.rows.append({QStringLiteral("public_questions"), shown.value()});
    if (auto ok = SearchIndex(tx.connection()).rebuild(); !ok)
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
