#include "PostgresSecurity.h"

#include "PostgresHandle.h"
#include "core/Workflow.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace danhoi {

QString PostgresSecurity::rolePrefix(const QString& databaseName)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]"));
    return QStringLiteral("dh_%1_").arg(databaseName.toLower().replace(other, QStringLiteral("_")));
}

Result<QString> PostgresSecurity::loginRole(const QString& databaseName, const QString& username)
{
    const QString role = rolePrefix(databaseName) + username;
    if (role.toUtf8().size() > 63)
        return Error::invalid(tr("The login role %1 would be longer than PostgreSQL's 63 characters; choose a shorter "
                                 "user name or database name.")
                                  .arg(role),
                              QStringLiteral("username"));
    return role;
}

Result<QString> PostgresSecurity::scramVerifier(const QSqlDatabase& connection, const QString& role,
                                               const QString& password)
{
    PGconn* pg = postgresHandle(connection);
    if (!pg)
        return Error::other(tr("A password can be prepared only on a PostgreSQL connection."));
    char* verifier = PQencryptPasswordConn(pg, password.toUtf8().constData(), role.toUtf8().constData(),
                                           "scram-sha-256");
    if (!verifier)
        return Error::other(tr("PostgreSQL could not prepare the password: %1")
                                .arg(QString::fromUtf8(PQerrorMessage(pg)).trimmed()));
    const QString out = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return out;
}

QStringList PostgresSecurity::scripts(const QString& prefix, const QString& schema)
{
    QStringList out;
    const QDir folder(QStringLiteral(":/danhoi/postgres"));
    for (const QString& name : folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString sql = QString::fromUtf8(file.readAll());
        sql.replace(QStringLiteral("{prefix}"), prefix).replace(QStringLiteral("{schema}"), schema);
        sql.replace(QStringLiteral("{layer_version}"), QString::number(layerVersion));
        out.append(sql);
    }
    return out;
}

Result<void> PostgresSecurity::apply(QSqlDatabase owner)
{
    SqlStatement where(owner, QStringLiteral("SELECT current_database(), current_schema(),"
                                             " pg_encoding_to_char(encoding) FROM pg_database"
                                             " WHERE datname = current_database()"));
    if (auto ok = where.exec(); !ok)
        return ok;
    if (!where.next())
        return Error::other(tr("PostgreSQL did not say which database this is."));
    const QString database = where.value(0).toString();
    const QString schema = where.value(1).toString();
    if (where.value(2).toString() != QLatin1String("UTF8"))
        return Error::invalid(tr("The database %1 is encoded as %2; DanHoi needs UTF8 (CREATE DATABASE … ENCODING "
                                 "'UTF8' TEMPLATE template0).")
                                  .arg(database, where.value(2).toString()));
    if (auto role = loginRole(database, QStringLiteral("_coordinator")); !role)
        return Error::invalid(tr("The database name %1 is too long for its role names; choose a shorter one.")
                                  .arg(database));
    if (auto ok = requireOwnRoleNames(owner, database); !ok)
        return ok;
    const QStringList sql = scripts(rolePrefix(database), schema);
    if (sql.isEmpty())
        return Error::other(tr("The PostgreSQL security scripts are missing from this build."));
    QSqlQuery quiet(owner);
    quiet.exec(QStringLiteral("SET LOCAL client_min_messages = warning")); // no notices for the re-created objects
    for (const QString& script : sql) {
        QSqlQuery query(owner);
        if (!query.exec(script))
            return Database::errorFrom(query.lastError());
    }
    if (auto ok = markRoleNames(owner, database); !ok)
        return ok;
    return writeWorkflowRules(owner);
}

Result<int> PostgresSecurity::layerOn(QSqlDatabase connection)
{
    QSqlQuery probe(connection);
    if (probe.exec(QStringLiteral("SELECT danhoi_layer_version()")) && probe.next())
        return probe.value(0).toInt();
    if (probe.lastError().nativeErrorCode() != QLatin1String("42883"))
        return Database::errorFrom(probe.lastError());
    // 42883: no such function. A provisioned database has the users table; a layer from before the version was kept.
    QSqlQuery tables(connection);
    if (!tables.exec(QStringLiteral("SELECT to_regclass('users') IS NOT NULL")) || !tables.next())
        return Database::errorFrom(tables.lastError());
    return tables.value(0).toBool() ? 1 : 0;
}

Result<void> PostgresSecurity::requireCurrentLayer(QSqlDatabase connection)
{
    auto found = layerOn(connection);
    if (!found)
        return found.error();
    if (found.value() < layerVersion)
        return Error::other(tr("The permissions on this PostgreSQL server are older than this program needs (layer "
                               "%1, needs %2). Ask the database owner to run \"danhoi-cli db upgrade\".")
                                .arg(found.value())
                                .arg(layerVersion));
    return {};
}

namespace {

const QString roleMark = QStringLiteral("DanHoi desks of the database ");

QString deskGroup(const QString& database)
{
    return PostgresSecurity::rolePrefix(database) + QStringLiteral("_desk");
}

} // namespace

Result<void> PostgresSecurity::requireOwnRoleNames(QSqlDatabase owner, const QString& database)
{
    SqlStatement claimed(owner, QStringLiteral("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles"
                                               " WHERE rolname = :role"));
    claimed.bind(QStringLiteral(":role"), deskGroup(database));
    if (auto ok = claimed.exec(); !ok)
        return ok;
    if (!claimed.next())
        return {}; // a new prefix
    const QString mark = claimed.value(0).toString();
    if (mark.isEmpty() || mark == roleMark + database) // unmarked: made by a layer from before the mark
        return {};
    const QString other = mark.startsWith(roleMark) ? mark.mid(roleMark.size()) : mark;
    return Error::conflict(tr("The database %1 would share its role names (%2…) with the database %3 on this server, "
                              "so their users and rights would mix. Create the database under another name.")
                               .arg(database, rolePrefix(database), other));
}

Result<void> PostgresSecurity::markRoleNames(QSqlDatabase owner, const QString& database)
{
    // The role name is made of a-z, 0-9 and '_' only; the mark goes in as a literal.
    SqlStatement mark(owner, QStringLiteral("COMMENT ON ROLE %1 IS :mark").arg(deskGroup(database)));
    mark.bind(QStringLiteral(":mark"), roleMark + database);
    return mark.exec();
}

Result<void> PostgresSecurity::writeWorkflowRules(QSqlDatabase owner)
{
    SqlStatement clear(owner, QStringLiteral("DELETE FROM workflow_rules"));
    if (auto ok = clear.exec(); !ok)
        return ok;
    for (const Transition& row : Workflow::table()) {
        QStringList from;
        for (Status status : row.from)
            from.append(statusName(status));
        SqlStatement insert(owner, QStringLiteral(
            "INSERT INTO workflow_rules (action, from_statuses, to_status, roles, department_bound, reason_required,"
            " forbids_own_revision) VALUES (:action, string_to_array(:from, ','), :to, string_to_array(:roles, ','),"
            " :bound, :reason, :own)"));
        insert.bind(QStringLiteral(":action"), actionName(row.action)).bind(QStringLiteral(":from"), from.join(u','));
        insert.bind(QStringLiteral(":to"), statusName(row.to));
        insert.bind(QStringLiteral(":roles"), roleNames(row.roles).join(u','));
        insert.bind(QStringLiteral(":bound"), row.departmentBound).bind(QStringLiteral(":reason"), row.reasonRequired);
        insert.bind(QStringLiteral(":own"), row.forbidsOwnRevision);
        if (auto ok = insert.exec(); !ok)
            return ok;
    }
    return {};
}

Result<std::optional<QString>> PostgresSecurity::connectedOwner(QSqlDatabase connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT session_user::text, danhoi_owns(session_user)")) || !query.next())
        return Database::errorFrom(query.lastError());
    if (!query.value(1).toBool())
        return std::optional<QString>();
    return std::optional(query.value(0).toString());
}

Result<bool> PostgresSecurity::readsEveryQuestion(QSqlDatabase connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT danhoi_owns(session_user) OR danhoi_sees_all()")) || !query.next())
        return errorFrom(query.lastError());
    return query.value(0).toBool();
}

Error PostgresSecurity::errorFrom(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    // The message of a RAISE is the first line of the driver's text (the rest is libpq's context).
    const QString message = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (state == QLatin1String("DH403") || state == QLatin1String("42501"))
        return Error::forbidden(message);
    if (state == QLatin1String("DH404"))
        return Error::notFound(message);
    if (state == QLatin1String("DH409"))
        return Error::conflict(message);
    if (state == QLatin1String("DH422"))
        return Error::invalid(message);
    return Database::errorFrom(error);
}

} // namespace danhoi
