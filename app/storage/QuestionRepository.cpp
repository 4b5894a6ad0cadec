#include "QuestionRepository.h"
#include "QuestionCounts.h"
#include "QuestionRows.h"
#include "QuestionSortMarks.h"
#include "DeskReads.h"
#include "SearchIndex.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace danhoi {

namespace {

// Where a list of `scope` reads: lists of everything read the table itself (its indexes serve every sort).
QString listSource(const QSqlDatabase& db, const VisibilityScope& scope)
{
    return desk_reads::questions(db, scope.kind == VisibilityScope::Kind::Everything);
}

// The parts a list of `scope` reads, each as `q` with its own condition: one (the table or the view) or, for a clerk
// or supervisor on PostgreSQL, three: their department's questions in the table (under row-level security); the other
// departments' published questions in desk_public_questions (postgres/7-grants.sql), as a desk reads them; and, for
// whoever reads the whole table instead (its owner, or a coordinator asking for a clerk's list), those published
// questions in the table. The last two are gated by who reads, decided once per statement (a one-time filter), so
// neither reader walks the other's part; a desk with no department reads only the public part. Each part walks the
// index of the sort column and says the scope in its own terms, with no disjunction: "the department's, or
// published" over the table could only be answered by walking a sort's index and testing every entry (a clerk's
// "received or assigned" kept one entry in sixteen: 32 ms at a million questions), where "the department's" is a
// range of questions_department_status_walk. PostgreSQL never flattens desk_questions (its parts have a WHERE): a
// page read through it read and sorted every row the desk may see (0.6–5.3 s at 300,000 questions).
struct Part {
    QString source;
    QString condition;
};

QList<Part> partsOf(const QSqlDatabase& db, const VisibilityScope& scope)
{
    const QString source = listSource(db, scope);
    if (source != QLatin1String("desk_questions"))
        return {{source, {}}};
    const QString readsAll = QStringLiteral("(SELECT danhoi_owns(session_user) OR danhoi_sees_all())");
    const QString otherDepartment = QStringLiteral("(q.department_id = :scope_dep) IS NOT TRUE");
    switch (scope.kind) {
    case VisibilityScope::Kind::DepartmentAndPublic:
        return {{QStringLiteral("questions"), QStringLiteral("q.department_id = :scope_dep")},
                {QStringLiteral("questions"),
                 readsAll + QStringLiteral(" AND q.published_revision_id IS NOT NULL AND ") + otherDepartment},
                {QStringLiteral("desk_public_questions"),
                 QStringLiteral("NOT ") + readsAll + QStringLiteral(" AND ") + otherDepartment}};
    case VisibilityScope::Kind::PublicOnly:
        return {{QStringLiteral("questions"), readsAll},
                {QStringLiteral("desk_public_questions"), QStringLiteral("NOT ") + readsAll}};
    case VisibilityScope::Kind::Everything:
    case VisibilityScope::Kind::Nothing:
        break;
    }
    return {{QStringLiteral("questions"), {}}}; // nothing: whereOf's 1 = 0
}

QString sortExpression(QuestionQuery::Sort sort)
{
    switch (sort) {
    case QuestionQuery::Sort::Received: return QStringLiteral("q.received_at");
    case QuestionQuery::Sort::Reference: return QStringLiteral("q.ref_year %1, q.ref_seq");
    case QuestionQuery::Sort::Title: return QStringLiteral("q.title");
    case QuestionQuery::Sort::Locality: return QStringLiteral("q.asker_locality");
    // Then by date, as the index on (status, received_at) keeps them: no sort of the whole list.
    case QuestionQuery::Sort::Status: return QStringLiteral("q.status %1, q.received_at");
    case QuestionQuery::Sort::Due: return QStringLiteral("q.due_date");
    case QuestionQuery::Sort::Department: break; // see idsByDepartment
    }
    return QStringLiteral("q.received_at");
}

// The WHERE clause of a query, with its bindings.
struct Where {
    QStringList conditions;
    QList<std::pair<QString, QVariant>> bindings;

    void add(const QString& condition) { conditions.append(condition); }
    Where with(const QString& condition) const
    {
        Where out = *this;
        if (!condition.isEmpty())
            out.add(condition);
        return out;
    }
    void bind(const QString& name, const QVariant& value) { bindings.append({name, value}); }
    QString sql() const { return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")); }
    void applyTo(SqlStatement& statement) const
    {
        for (const auto& [name, value] : bindings)
            statement.bind(name, value);
    }
};

QString statusList(const QList<Status>& statuses, Where& where, const QString& prefix)
{
    QStringList names;
    for (int i = 0; i < statuses.size(); ++i) {
        const QString placeholder = QStringLiteral(":%1%2").arg(prefix).arg(i);
        names.append(placeholder);
        where.bind(placeholder, statusName(statuses.at(i)));
    }
    return names.join(QStringLiteral(", "));
}

// The conditions of `query` (on PostgreSQL without the scope of a clerk or supervisor, which the parts of their
// list say: partsOf).
Where whereOf(const QuestionQuery& query, bool postgres)
{
    Where where;
    switch (query.scope.kind) {
    case VisibilityScope::Kind::Everything:
        break;
    case VisibilityScope::Kind::DepartmentAndPublic:
        if (!postgres) // there each part of the list says it (partsOf)
            where.add(QStringLiteral("(q.department_id = :scope_dep OR q.published_revision_id IS NOT NULL)"));
        where.bind(QStringLiteral(":scope_dep"), nullable(query.scope.departmentId));
        break;
    case VisibilityScope::Kind::PublicOnly:
        where.add(QStringLiteral("q.published_revision_id IS NOT NULL"));
        break;
    case VisibilityScope::Kind::Nothing:
        where.add(QStringLiteral("1 = 0"));
        break;
    }
    if (!query.statuses.isEmpty())
        where.add(QStringLiteral("q.status IN (%1)").arg(statusList(query.statuses, where, QStringLiteral("st"))));
    if (query.departmentId) {
        where.add(QStringLiteral("q.department_id = :dep"));
        where.bind(QStringLiteral(":dep"), *query.departmentId);
    }
    if (query.assignedClerkId) {
        where.add(QStringLiteral("q.assigned_clerk_id = :clerk"));
        where.bind(QStringLiteral(":clerk"), *query.assignedClerkId);
    }
    if (query.overdueAsOf) {
        where.add(QStringLiteral("q.due_date < :today AND q.status IN (%1)")
                      .arg(statusList(QuestionRepository::openStatuses(), where, QStringLiteral("open"))));
        where.bind(QStringLiteral(":today"), query.overdueAsOf->toString(Qt::ISODate));
    }
    if (query.dueBetween) {
        where.add(QStringLiteral("q.due_date >= :dueFrom AND q.due_date <= :dueUntil AND q.status IN (%1)")
                      .arg(statusList(QuestionRepository::openStatuses(), where, QStringLiteral("soon"))));
        where.bind(QStringLiteral(":dueFrom"), query.dueBetween->first.toString(Qt::ISODate));
        where.bind(QStringLiteral(":dueUntil"), query.dueBetween->second.toString(Qt::ISODate));
    }
    if (query.lastRevisionAuthorId || query.lastRevisionState) {
        QStringList tests;
        if (query.lastRevisionAuthorId) {
            tests.append(QStringLiteral("r.author_id = :author"));
            where.bind(QStringLiteral(":author"), *query.lastRevisionAuthorId);
        }
        if (query.lastRevisionState) {
            tests.append(QStringLiteral("r.state = :rstate"));
            where.bind(QStringLiteral(":rstate"), revisionStateName(*query.lastRevisionState));
        }
        if (postgres) {
            // A revision of the question that passes the tests and has none after it: the planner may start from the
            // author's revisions in that state (answer_revisions_author, postgres/9-indexes.sql) when they are few,
            // as a clerk's returned answers are, instead of looking up the latest revision of every drafting question
            // of the department through the revisions' row-level policy (21-31 ms for a clerk with none, at 200,000
            // questions). Every revision of a question a desk reads is readable to it, none of another's.
            where.add(QStringLiteral("EXISTS (SELECT 1 FROM answer_revisions r WHERE r.question_id = q.id AND %1"
                                     " AND NOT EXISTS (SELECT 1 FROM answer_revisions n"
                                     " WHERE n.question_id = r.question_id AND n.number > r.number))")
                          .arg(tests.join(QStringLiteral(" AND "))));
        } else {
            // The question's latest revision, one entry of the index on (question_id, number, author_id, state)
            // (schema 13 on SQLite): a clerk's drafts and returned answers are counted without reading a revision's row.
            where.add(QStringLiteral("(SELECT %1 FROM answer_revisions r WHERE r.question_id = q.id ORDER BY r.number DESC"
                                     " LIMIT 1)")
                          .arg(tests.join(QStringLiteral(" AND "))));
        }
    }
    if (query.receivedFrom.isValid()) {
        where.add(QStringLiteral("q.received_at >= :receivedFrom"));
        where.bind(QStringLiteral(":receivedFrom"), query.receivedFrom.toMSecsSinceEpoch());
    }
    if (query.receivedBefore.isValid()) {
        where.add(QStringLiteral("q.received_at < :receivedBefore"));
        where.bind(QStringLiteral(":receivedBefore"), query.receivedBefore.toMSecsSinceEpoch());
    }
    if (query.afterReceived && query.sort == QuestionQuery::Sort::Received) {
        // The first condition bounds the index range; the second leaves out the ties already seen.
        where.add(query.descending ? QStringLiteral("q.received_at <= :afterAt AND (q.received_at < :afterAt OR q.id < :afterId)")
                                   : QStringLiteral("q.received_at >= :afterAt AND (q.received_at > :afterAt OR q.id > :afterId)"));
        where.bind(QStringLiteral(":afterAt"), query.afterReceived->first.toMSecsSinceEpoch());
        where.bind(QStringLiteral(":afterId"), query.afterReceived->second);
    }
    if (!query.quickFilter.trimmed().isEmpty()) {
        QString pattern = query.quickFilter.trimmed();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
        pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
        where.add(QStringLiteral("(q.ref LIKE :quick ESCAPE '\\' OR q.title LIKE :quick ESCAPE '\\')"));
        where.bind(QStringLiteral(":quick"), QStringLiteral("%%1%").arg(pattern));
    }
    return where;
}

// The ids `page` reads (its first column), in its order.
Result<QList<Id>> idsRead(SqlStatement& page)
{
    if (auto ok = page.exec(); !ok)
        return ok.error();
    QList<Id> ids;
    while (page.next())
        ids.append(page.value(0).toLongLong());
    return ids;
}

// `from` (a FROM clause naming its source %1 as `q`) with a part's source and WHERE: after it, or in its place %2
// when it has one (inside a LATERAL read of each department).
QString fromWith(const QString& from, const QString& source, const Where& where)
{
    return from.contains(QLatin1String("%2")) ? from.arg(source, where.sql()) : from.arg(source) + where.sql();
}

// The ids of one page: `from` (as fromWith) with `where`, in `order` (an ORDER BY of columns of q, or of d.code for
// the department's code). With two parts each is cut at offset + limit in the same order, then the page is taken
// from their merge; `from` may cut its rows there too (:window).
Result<QList<Id>> idsOf(QSqlDatabase db, const QList<Part>& parts, const QString& from, const Where& where,
                        const QString& order, qint64 limit, qint64 offset)
{
    const Where bound = where.with(parts.last().condition);
    QString select;
    if (parts.size() == 1) {
        select = QStringLiteral("SELECT q.id") + fromWith(from, parts.first().source, bound) + order;
    } else {
        // Each branch selects the columns of the order alone, so that it reads the sort's index alone (the indexes of
        // postgres/2-tables.sql and 9-indexes.sql carry what the scope tests).
        QStringList columns;
        const QRegularExpression column(QStringLiteral("\\bq\\.(\\w+)"));
        for (auto found = column.globalMatch(order); found.hasNext();)
            if (const QString name = found.next().captured(0); name != QLatin1String("q.id") && !columns.contains(name))
                columns.append(name);
        columns.append(from.contains(QLatin1String(" d ")) ? QStringLiteral("d.code AS code") : QStringLiteral("'' AS code"));
        QStringList branches;
        for (const Part& part : parts)
            branches.append(QStringLiteral("(SELECT q.id, %1%2%3 LIMIT :window)")
                                .arg(columns.join(QStringLiteral(", ")),
                                     fromWith(from, part.source, where.with(part.condition)), order));
        QString merged = order;
        merged.replace(QLatin1String("d.code"), QLatin1String("q.code"));
        select = QStringLiteral("SELECT q.id FROM (%1) q%2").arg(branches.join(QStringLiteral(" UNION ALL ")), merged);
    }
    SqlStatement page(db, select + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bound.applyTo(page);
    page.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset);
    if (select.contains(QLatin1String(":window")))
        page.bind(QStringLiteral(":window"), limit + offset);
    return idsRead(page);
}

// How many rows `from` (as fromWith, cut nowhere) holds with `where`, over every part.
Result<qint64> countOf(QSqlDatabase db, const QList<Part>& parts, const QString& from, const Where& where)
{
    QStringList counts;
    for (const Part& part : parts)
        counts.append(QStringLiteral("(SELECT COUNT(*)") + fromWith(from, part.source, where.with(part.condition))
                      + QLatin1Char(')'));
    SqlStatement count(db, QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")));
    where.with(parts.last().condition).applyTo(count);
    if (auto ok = count.exec(); !ok)
        return ok.error();
    count.next();
    return count.value(0).toLongLong();
}

// A page from a mark of its sort (SQLite): the two ranges of QuestionSortMarks::Arms, merged in the list's order,
// each walked along the sort's index.
Result<QList<Id>> idsFromMark(QSqlDatabase db, const QuestionQuery& query, Where where, const QString& direction)
{
    const QuestionSortMarks::Arms arms = QuestionSortMarks::armsOf(query);
    for (const auto& [name, value] : arms.bindings)
        where.bind(name, value);
    const QString arm = QStringLiteral("SELECT q.id AS page_id, %1 AS key_first, %2 AS key_last FROM questions q")
                            .arg(arms.first, arms.last);
    SqlStatement page(db, arm + where.with(arms.atMark).sql() + QStringLiteral(" UNION ALL ") + arm
                              + where.with(arms.pastMark).sql()
                              + QStringLiteral(" ORDER BY key_first %1, key_last %1 LIMIT :limit OFFSET :offset").arg(direction));
    where.applyTo(page);
    page.bind(QStringLiteral(":limit"), query.limit).bind(QStringLiteral(":offset"), query.offset);
    return idsRead(page);
}

Result<QList<Id>> idsAlongIndex(QSqlDatabase db, const QuestionQuery& query, const Where& where, const QString& direction)
{
    if (query.sortFrom)
        return idsFromMark(db, query, where, direction);
    QString order = sortExpression(query.sort);
    order = order.contains(QLatin1String("%1")) ? order.arg(direction) : order;
    return idsOf(db, partsOf(db, query.scope), QStringLiteral(" FROM %1 q"), where,
                 QStringLiteral(" ORDER BY %1 %2, q.id %2").arg(order, direction), query.limit, query.offset);
}

// By department: department after department in the order of their codes, each read along the index on
// department_id (by id within it). CROSS JOIN keeps the departments as SQLite's outer loop, so the rows come out in
// order and the list is never sorted as a whole. PostgreSQL sorts a join by (code, id) a whole department at a time,
// so there each department's rows are cut at the page's end inside a LATERAL read: the first page of a clerk's list
// by department read every question of the departments their policy hides, and every published one of the first
// two departments (755 ms at a million questions; 5 ms cut). Questions with no department yet come first in
// ascending order and last in descending (as NULL sorts), on both engines.
Result<QList<Id>> idsByDepartment(QSqlDatabase db, const QuestionQuery& query, const Where& where, const QString& direction)
{
    struct Span {
        QString from;
        Where where;
        QString order;
        QString counted; // the FROM clause of its count: the span's rows, not cut
    };
    const QList<Part> parts = partsOf(db, query.scope);
    Span unrouted{QStringLiteral(" FROM %1 q"), where, QStringLiteral(" ORDER BY q.id %1").arg(direction),
                  QStringLiteral(" FROM %1 q")};
    unrouted.where.add(QStringLiteral("q.department_id IS NULL"));
    const QString joined = QStringLiteral(" FROM departments d CROSS JOIN %1 q");
    const QString cut = QStringLiteral(" FROM departments d CROSS JOIN LATERAL (SELECT q.id FROM %1 q%2 ORDER BY q.id ")
        + direction + QStringLiteral(" LIMIT :window) q");
    Span routed{isPostgres(db) ? cut : joined, where, QStringLiteral(" ORDER BY d.code %1, q.id %1").arg(direction),
                joined};
    routed.where.add(QStringLiteral("q.department_id = d.id"));
    const Span& first = query.descending ? routed : unrouted;
    const Span& second = query.descending ? unrouted : routed;
    auto ids = idsOf(db, parts, first.from, first.where, first.order, query.limit, query.offset);
    if (!ids || ids->size() >= query.limit)
        return ids;
    // The page runs past the first span: how many rows the first span has tells where the second one starts.
    qint64 firstRows = query.offset + ids->size();
    if (ids->isEmpty()) {
        auto counted = countOf(db, parts, first.counted, first.where);
        if (!counted)
            return counted.error();
        firstRows = counted.value();
    }
    auto rest = idsOf(db, parts, second.from, second.where, second.order, query.limit - ids->size(),
                      std::max<qint64>(0, query.offset - firstRows));
    if (!rest)
        return rest;
    return ids.value() + rest.value();
}

// The rows of `ids` as a list of `scope` reads them, in the order of `ids`.
Result<QList<Question>> rowsOf(QSqlDatabase db, const VisibilityScope& scope, const QList<Id>& ids)
{
    if (ids.isEmpty())
        return QList<Question>{};
    return question_rows::read(db, listSource(db, scope), ids);
}

// One page of `query` as it stands (see QuestionRepository::list).
Result<QList<Question>> pageOf(QSqlDatabase db, const QuestionQuery& query)
{
    const Where where = whereOf(query, isPostgres(db));
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    auto found = query.sort == QuestionQuery::Sort::Department ? idsByDepartment(db, query, where, direction)
                                                                : idsAlongIndex(db, query, where, direction);
    if (!found)
        return found.error();
    return rowsOf(db, query.scope, found.value());
}

void bindQuestion(SqlStatement& q, const Question& question)
{
    q.bind(QStringLiteral(":channel"), channelName(question.channel));
    q.bind(QStringLiteral(":received"), question.receivedAt.toMSecsSinceEpoch());
    q.bind(QStringLiteral(":title"), question.title).bind(QStringLiteral(":body"), question.body);
    q.bind(QStringLiteral(":an"), question.asker.name).bind(QStringLiteral(":al"), question.asker.locality);
    q.bind(QStringLiteral(":ap"), question.asker.phone).bind(QStringLiteral(":ae"), question.asker.email);
    q.bind(QStringLiteral(":aa"), question.asker.address).bind(QStringLiteral(":ai"), question.asker.idNumber);
    q.bind(QStringLiteral(":cat"), nullable(question.categoryId)).bind(QStringLiteral(":dep"), nullable(question.departmentId));
    q.bind(QStringLiteral(":clerk"), nullable(question.assignedClerkId));
    q.bind(QStringLiteral(":status"), statusName(question.status));
    q.bind(QStringLiteral(":due"), question.dueDate ? QVariant(question.dueDate->toString(Qt::ISODate)) : QVariant());
    q.bind(QStringLiteral(":dup"), nullable(question.duplicateOfId));
    q.bind(QStringLiteral(":reason"), question.rejectionReason);
    q.bind(QStringLiteral(":pub"), nullable(question.publishedRevisionId));
}

} // namespace

QList<Status> QuestionRepository::openStatuses()
{
    return {Status::Received, Status::Assigned, Status::Drafting, Status::PendingApproval, Status::TransferRequested};
}

Result<void> QuestionRepository::insert(Question& question, int year, const QDateTime& now)
{
    SqlStatement next(m_db, QStringLiteral("SELECT COALESCE(MAX(ref_seq), 0) + 1 FROM questions WHERE ref_year = :y"));
    if (auto ok = next.bind(QStringLiteral(":y"), year).exec(); !ok)
        return ok;
    next.next();
    const int sequence = next.value(0).toInt();
    question.ref = QStringLiteral("HD-%1-%2").arg(year).arg(sequence, 6, 10, QLatin1Char('0'));
    SqlStatement q(m_db, QStringLiteral(
        "INSERT INTO questions (ref, ref_year, ref_seq, channel, received_at, title, body, asker_name, asker_locality,"
        " asker_phone, asker_email, asker_address, asker_id_number, category_id, department_id, assigned_clerk_id, status,"
        " due_date, duplicate_of_id, rejection_reason, published_revision_id, external_id, created_at, updated_at)"
        " VALUES (:ref, :year, :seq, :channel, :received, :title, :body, :an, :al, :ap, :ae, :aa, :ai, :cat, :dep, :clerk,"
        " :status, :due, :dup, :reason, :pub, :ext, :now, :now) RETURNING id, version"));
    bindQuestion(q, question);
    q.bind(QStringLiteral(":ref"), question.ref).bind(QStringLiteral(":year"), year).bind(QStringLiteral(":seq"), sequence);
    q.bind(QStringLiteral(":ext"), nullableText(question.externalId)).bind(QStringLiteral(":now"), now.toMSecsSinceEpoch());
    if (auto ok = q.exec(); !ok)
        return ok;
    q.next();
    question.id = q.value(0).toLongLong();
    question.version = q.value(1).toInt();
    // A new question has no rows in the index and, unless published already, no answer to read back.
    auto indexed = question.publishedRevisionId
        ? SearchIndex(m_db).refresh(question.id)
        : SearchIndex(m_db).addNew(question.id, question.title, question.body, question.asker.locality, QString());
    if (!indexed)
        return indexed;
    return QuestionSortMarks(m_db).keepEven();
}

Result<void> QuestionRepository::update(Question& question, const QDateTime& now)
{
    SqlStatement q(m_db, QStringLiteral(
        "UPDATE questions SET channel = :channel, received_at = :received, title = :title, body = :body,"
        " asker_name = :an, asker_locality = :al, asker_phone = :ap, asker_email = :ae, asker_address = :aa,"
        " asker_id_number = :ai, category_id = :cat, department_id = :dep, assigned_clerk_id = :clerk, status = :status,"
        " due_date = :due, duplicate_of_id = :dup, rejection_reason = :reason, published_revision_id = :pub,"
        " updated_at = :now, version = version + 1 WHERE id = :id AND version = :version"));
    bindQuestion(q, question);
    q.bind(QStringLiteral(":now"), now.toMSecsSinceEpoch()).bind(QStringLiteral(":id"), question.id);
    q.bind(QStringLiteral(":version"), question.version);
    if (auto ok = q.exec(); !ok)
        return ok;
    if (q.numRowsAffected() != 1)
        return Error::conflict(QCoreApplication::translate(
            "QuestionRepository", "Someone else changed question %1 in the meantime; reload it and try again.")
                                   .arg(question.ref));
    ++question.version;
    if (auto ok = SearchIndex(m_db).refresh(question.id); !ok)
        return ok;
    return QuestionSortMarks(m_db).keepEven();
}

Result<std::optional<Question>> QuestionRepository::byId(Id id)
{
    SqlStatement q(m_db, question_rows::select(desk_reads::questions(m_db)) + QStringLiteral(" WHERE q.id = :id"));
    if (auto ok = q.bind(QStringLiteral(":id"), id).exec(); !ok)
        return ok.error();
    return q.next() ? std::optional(question_rows::from(q)) : std::nullopt;
}

Result<std::optional<Question>> QuestionRepository::byReference(const QString& ref)
{
    SqlStatement q(m_db, question_rows::select(desk_reads::questions(m_db)) + QStringLiteral(" WHERE q.ref = :ref"));
    if (auto ok = q.bind(QStringLiteral(":ref"), ref.trimmed().toUpper()).exec(); !ok)
        return ok.error();
    return q.next() ? std::optional(question_rows::from(q)) : std::nullopt;
}

Result<std::optional<Id>> QuestionRepository::idByExternalId(const QString& externalId)
{
    SqlStatement q(m_db, QStringLiteral("SELECT id FROM questions WHERE external_id = :ext"));
    if (auto ok = q.bind(QStringLiteral(":ext"), externalId).exec(); !ok)
        return ok.error();
    return q.next() ? std::optional(q.value(0).toLongLong()) : std::nullopt;
}

Result<QList<Question>> QuestionRepository::list(const QuestionQuery& asked, qint64 countsFrom)
{
    // First the page's ids alone, walked along the index of the sort column (the rows skipped by OFFSET are index
    // entries, not joined rows), then those rows in full. Far down a list by date or by status, the walk starts at
    // the period of receipt (of the status) that holds the page (the counts tell which), not at the top; by title,
    // locality, reference or due date at the mark that holds it.
    // On PostgreSQL the marks are the owner's, also by status: the server finds the page's ids
    // (QuestionSortMarks::pageOnServer).
    if (isPostgres(m_db) && QuestionSortMarks::serverSort(asked.sort)) {
        auto onServer = QuestionSortMarks(m_db).pageOnServer(asked, countsFrom);
        if (!onServer)
            return onServer.error();
        if (onServer.value())
            return rowsOf(m_db, asked.scope, *onServer.value());
    }
    QuestionCounts counts(m_db);
    auto nearer = QuestionSortMarks::sorts(asked.sort) ? QuestionSortMarks(m_db).nearerStart(asked, countsFrom)
                                                        : counts.nearerStart(asked, countsFrom);
    if (!nearer)
        return nearer.error();
    // By department on PostgreSQL, the page within the department that holds it from the server's marks too.
    std::optional<QList<Id>> withinDepartment;
    if (isPostgres(m_db) && nearer.value() && asked.sort == QuestionQuery::Sort::Department) {
        auto onServer = QuestionSortMarks(m_db).pageOnServer(*nearer.value(), 0);
        if (!onServer)
            return onServer.error();
        withinDepartment = onServer.value();
    }
    auto page = withinDepartment ? rowsOf(m_db, asked.scope, *withinDepartment) : pageOf(m_db, nearer.value().value_or(asked));
    if (!page || !nearer.value()
        || (asked.sort != QuestionQuery::Sort::Status && asked.sort != QuestionQuery::Sort::Department))
        return page;
    // By status, the narrowed page ends with its status: the rest comes from the statuses after it, each placed the
    // same way (its first period, offset 0), until the page is full or the list ends. By department, the same with
    // the departments after it.
    QList<Question> out = page.value();
    while (out.size() < asked.limit) {
        QuestionQuery rest = asked;
        rest.offset = asked.offset + int(out.size());
        rest.limit = asked.limit - int(out.size());
        auto next = counts.nearerStart(rest, 0);
        if (!next)
            return next.error();
        if (!next.value())
            break; // the end of the list
        auto more = pageOf(m_db, *next.value());
        if (!more)
            return more;
        if (more->isEmpty())
            break;
        out += more.value();
    }
    return out;
}

Result<qint64> QuestionRepository::count(const QuestionQuery& query)
{
    if (QuestionCounts::answers(query))
        return QuestionCounts(m_db).count(query);
    return countOf(m_db, partsOf(m_db, query.scope), QStringLiteral(" FROM %1 q"), whereOf(query, isPostgres(m_db)));
}

Result<QList<qint64>> QuestionRepository::countEach(const QList<QuestionQuery>& queries)
{
    // One COUNT per query: each is answered from an index, where a single pass computing them all side by side
    // has to read every row of the table.
    QList<qint64> out;
    for (const QuestionQuery& query : queries) {
        auto counted = count(query);
        if (!counted)
            return counted.error();
        out.append(counted.value());
    }
    return out;
}

} // namespace danhoi
