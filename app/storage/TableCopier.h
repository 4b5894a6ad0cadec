#pragma once

#include "Database.h"
#include "GuardedWrites.h"

#include <functional>

namespace danhoi {

// Moves rows verbatim from one database to another (db copy: an SQLite file into a new PostgreSQL database):
// every column the two tables share, ids included, in id order, within the target's open transaction.
class TableCopier
{
    Q_DECLARE_TR_FUNCTIONS(TableCopier)
public:
    TableCopier(QSqlDatabase from, QSqlDatabase to) : m_from(std::move(from)), m_to(std::move(to)) { }

    // The tables db copy moves, parents before children. question_search is rebuilt, not copied.
    static QStringList tables();

    // Refuses a target that already holds any of DanHoi's data (the freshly migrated audit_head aside).
    Result<void> requireEmptyTarget();
    // Copies `table`, hundreds of rows a statement; the `later` columns are written by an UPDATE after all rows are
    // in (a reference by id to a row further down the same table, such as questions.duplicate_of_id). `onRow` runs before each row is written
    // and may change the values (keyed by column name) or fail. Returns the number of rows.
    Result<qint64> copy(const QString& table, const QStringList& later = {},
                        const std::function<Result<void>(QVariantMap&)>& onRow = {});
    // Moves every identity past the largest copied id, so the server's next rows do not collide.
    Result<void> advanceIdentities();

    // Whether the target has the security layer's danhoi_user_create (db provision), so users can become logins.
    Result<bool> targetMakesLogins();
    // A login role for a desk user, from a SCRAM verifier (PostgresSecurity::scramVerifier), never a password.
    Result<void> createLogin(const QString& username, const QString& verifier);

    // Whether the target keeps the public versions of published questions (public_questions, from db provision).
    Result<bool> targetKeepsPublicVersions();
    // The copied questions that are published, in id order (each needs its public version on the server).
    Result<QList<Id>> publishedQuestions();

private:
    Result<QStringList> sharedColumns(const QString& table);

    QSqlDatabase m_from;
    QSqlDatabase m_to;
};

} // namespace danhoi
