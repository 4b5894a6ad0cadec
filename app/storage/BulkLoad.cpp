#include "BulkLoad.h"
#include "QuestionSortMarks.h"

namespace danhoi {

namespace {

// The tables whose secondary indexes are made again after the load rather than kept up row by row.
const QStringList largeTables = {QStringLiteral("questions"),        QStringLiteral("answer_revisions"),
                                 QStringLiteral("audit_events"),     QStringLiteral("question_search"),
                                 QStringLiteral("public_questions"), QStringLiteral("desk_public_rows")};

} // namespace

const QList<QPair<QString, QStringList>>& BulkLoad::knownTriggers()
{
    static const QList<QPair<QString, QStringList>> known = {
        {QStringLiteral("questions"),
         {QStringLiteral("danhoi_guard"), QStringLiteral("danhoi_public_rows_insert"),
          QStringLiteral("danhoi_public_rows_update"), QStringLiteral("danhoi_public_rows_delete"),
          QStringLiteral("questions_notify"),
          QStringLiteral("question_counts_write"), QStringLiteral("question_counts_update"),
          QStringLiteral("sort_marks_insert"), QStringLiteral("sort_marks_update"), QStringLiteral("sort_marks_delete"),
          QStringLiteral("question_search_readers_update"), QStringLiteral("question_search_readers_delete")}},
        {QStringLiteral("answer_revisions"), {QStringLiteral("danhoi_guard"), QStringLiteral("answer_revisions_notify")}},
        {QStringLiteral("audit_events"), {QStringLiteral("danhoi_guard")}},
        {QStringLiteral("public_questions"), {QStringLiteral("danhoi_guard"), QStringLiteral("danhoi_public_rows")}},
        {QStringLiteral("desk_public_rows"), {QStringLiteral("danhoi_guard"), QStringLiteral("sort_marks_public_insert"),
                                                  QStringLiteral("sort_marks_public_update"),
                                                  QStringLiteral("sort_marks_public_delete")}},
        {QStringLiteral("question_search"),
         {QStringLiteral("question_search_terms_insert"), QStringLiteral("question_search_terms_update"),
          QStringLiteral("question_search_terms_delete"), QStringLiteral("question_search_readers")}},
        {QStringLiteral("question_redactions"), {QStringLiteral("question_redactions_notify")}},
        {QStringLiteral("portal_pushes"), {QStringLiteral("portal_pushes_notify")}},
    };
    return known;
}

Result<void> BulkLoad::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Database::errorFrom(query.lastError());
    return {};
}

Result<void> BulkLoad::suspend()
{
    if (!isPostgres(m_db))
        return {};
    m_active = true;
    for (const auto& [table, triggers] : knownTriggers()) {
        QSqlQuery present(m_db);
        if (!present.exec(QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass('%1')"
                                         " AND NOT tgisinternal AND tgenabled <> 'D'")
                              .arg(table)))
            return Database::errorFrom(present.lastError(), table);
        while (present.next()) {
            const QString trigger = present.value(0).toString();
            if (triggers.contains(trigger))
                m_disabled.append({table, trigger});
        }
    }
    for (const auto& [table, trigger] : std::as_const(m_disabled))
        if (auto ok = exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER %2").arg(table, trigger)); !ok)
            return ok;
    for (const QString& table : largeTables) {
        // Secondary indexes only: those behind a constraint (primary keys, UNIQUE) stay.
        QSqlQuery indexes(m_db);
        if (!indexes.exec(QStringLiteral("SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x"
                                         " JOIN pg_class i ON i.oid = x.indexrelid"
                                         " WHERE x.indrelid = to_regclass('%1')"
                                         " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
                                         " ORDER BY i.relname")
                              .arg(table)))
            return Database::errorFrom(indexes.lastError(), table);
        QStringList names, definitions;
        while (indexes.next()) {
            names.append(indexes.value(0).toString());
            definitions.append(indexes.value(1).toString());
        }
        for (const QString& name : std::as_const(names))
            if (auto ok = exec(QStringLiteral("DROP INDEX %1").arg(name)); !ok)
                return ok;
        m_droppedIndexes.append({table, definitions});
    }
    return {};
}

Result<void> BulkLoad::restoreIndexes(const QStringList& tables)
{
    for (auto& [table, definitions] : m_droppedIndexes) {
        if (!tables.contains(table) || definitions.isEmpty())
            continue;
        for (const QString& definition : std::as_const(definitions))
            if (auto ok = exec(definition); !ok)
                return ok;
        definitions.clear();
        // Statistics for the statements that read the table back inside this transaction (autovacuum cannot see
        // its rows before the commit): a planner that takes a million rows for none joins by sequential scans.
        if (auto ok = exec(QStringLiteral("ANALYZE %1").arg(table)); !ok)
            return ok;
    }
    return {};
}

Result<void> BulkLoad::finish()
{
    if (!m_active)
        return {};
    auto disabled = [&](const QString& trigger) {
        for (const auto& entry : std::as_const(m_disabled))
            if (entry.second == trigger)
                return true;
        return false;
    };
    if (disabled(QStringLiteral("question_counts_write"))) {
        if (auto ok = exec(QStringLiteral("DELETE FROM question_counts")); !ok)
            return ok;
        if (auto ok = exec(QStringLiteral(
                "INSERT INTO question_counts (department_id, status, published, received_period, n)"
                " SELECT COALESCE(department_id, 0), status, (published_revision_id IS NOT NULL)::int,"
                " received_at >> 31, COUNT(*) FROM questions GROUP BY 1, 2, 3, 4"));
            !ok)
            return ok;
    }
    if (disabled(QStringLiteral("danhoi_public_rows")) || disabled(QStringLiteral("danhoi_public_rows_insert")))
        if (auto ok = exec(QStringLiteral("SELECT danhoi_desk_public_rows_fill()")); !ok)
            return ok;
    // After desk_public_rows: the marks of the title count the other departments' rows by their public title.
    if (disabled(QStringLiteral("sort_marks_insert")) || disabled(QStringLiteral("sort_marks_public_insert")))
        if (auto ok = exec(QStringLiteral("SELECT danhoi_sort_marks_place(%1)").arg(QuestionSortMarks::rowsPerMark)); !ok)
            return ok;
    // Before the walk index is made again: each index row's department and publication from its question.
    if (disabled(QStringLiteral("question_search_readers")))
        if (auto ok = exec(QStringLiteral("SELECT danhoi_search_readers_fill()")); !ok)
            return ok;
    if (disabled(QStringLiteral("question_search_terms_insert")))
        if (auto ok = exec(QStringLiteral("SELECT danhoi_search_terms_recount()")); !ok)
            return ok;
    if (auto ok = restoreIndexes(largeTables); !ok)
        return ok;
    for (const auto& [table, trigger] : std::as_const(m_disabled))
        if (auto ok = exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2").arg(table, trigger)); !ok)
            return ok;
    m_disabled.clear();
    m_active = false;
    return {};
}

} // namespace danhoi
