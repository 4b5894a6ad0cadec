#pragma once

#include "Database.h"
#include "core/Domain.h"

namespace danhoi {

// The permissions a PostgreSQL server enforces for DanHoi: group roles, table rights, row-level security, the
// transition and audit functions and the guards (app/storage/postgres/*.sql), plus the workflow rules of
// app/core, which danhoi_transition checks. Applied by the owner role on provision and on every upgrade.
class PostgresSecurity
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSecurity)
public:
    // The role prefix of a database: dh_<name>_, lower-cased, each character outside a-z and 0-9 as '_'.
    static QString rolePrefix(const QString& databaseName);
    // The login role of a desk user, or why the name cannot be one (PostgreSQL's limit is 63 bytes).
    static Result<QString> loginRole(const QString& databaseName, const QString& username);

    // The SCRAM-SHA-256 verifier of a password for a login role, computed here by libpq (PQencryptPasswordConn)
    // so the password itself never travels inside SQL.
    static Result<QString> scramVerifier(const QSqlDatabase& connection, const QString& role, const QString& password);

    // The layer's SQL scripts in the order they run, for a prefix and a schema.
    static QStringList scripts(const QString& prefix, const QString& schema);

    // Applies the layer on the owner's connection, inside the caller's transaction.
    static Result<void> apply(QSqlDatabase owner);
    // The layer this program needs (danhoi_layer_version() on the server); raised whenever the layer gains
    // something the program relies on. 2: the desks' views of other departments' published questions; 3: those
    // rows kept in desk_public_rows, so that a clerk's list walks indexes, and the search window cut on the server;
    // 4: the search index in slices of rowids (btree_gin) and danhoi_search_span(); 5: the marks of the sorts by
    // title, locality, reference and due date, and danhoi_sorted_page() (postgres/9-sort-*.sql); 6:
    // danhoi_search_term_rows(), the weights of a search's terms in one call; 7: marks of the sort by status, the
    // marks kept by statement triggers; 8: each search index row's department and publication
    // (postgres/9-readers.sql); 9: danhoi_search_term_weights(), a one-word term weighed by the server's count of
    // its rows (it replaces danhoi_search_term_rows).
    static constexpr int layerVersion = 9;
    // The layer on the server (danhoi_layer_version()): 1 for a layer from before the version was kept, 0 for a
    // database without one (not provisioned).
    static Result<int> layerOn(QSqlDatabase connection);
    // A clear refusal when the server's layer is older than layerVersion (its owner has to run db upgrade).
    static Result<void> requireCurrentLayer(QSqlDatabase connection);

    // The role of this connection when it owns the database's tables (the owner may write what no desk may, such
    // as generated data); nothing for a desk login.
    static Result<std::optional<QString>> connectedOwner(QSqlDatabase connection);
    // Whether this connection reads every question in full: the owner's, or an administrator's or coordinator's
    // login (danhoi_owns, danhoi_sees_all).
    static Result<bool> readsEveryQuestion(QSqlDatabase connection);

    // The error a DanHoi function raised (SQLSTATE DH403/DH404/DH409/DH422) as an Error of the same kind;
    // any other failure as Database::errorFrom reports it.
    static Error errorFrom(const QSqlError& error);

private:
    static Result<void> writeWorkflowRules(QSqlDatabase owner);
    // Two database names can give one prefix (a-b and a_b, Hoi and hoi). The desk group role carries the name of
    // the database that made it, and any other database is refused those roles.
    static Result<void> requireOwnRoleNames(QSqlDatabase owner, const QString& database);
    static Result<void> markRoleNames(QSqlDatabase owner, const QString& database);
};

} // namespace danhoi
