// The walk indexes of schema 9 (SQLite; PostgreSQL's are postgres/9-indexes.sql): a clerk's list ("their department
// or published") by date, status or due date is read from the index alone, and the upgrade to them changes no list:
// the same rows at the same positions, ties included. From schema 13 a clerk's queue counts are read from indexes
// alone too.

#include "storage/Migrations.h"
#include "storage/QuestionRepository.h"
#include "storage/SqliteHandle.h"
#include "TwoDepartments.h"
#include "support/TestDatabase.h"

#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

using namespace danhoi;
using namespace danhoi::test;

namespace {
const QDateTime base(QDate(2025, 3, 3), QTime(2, 0), Qt::UTC);
}

class TestWalkIndexes : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void upgradeKeepsEveryListAsItWas();
    void clerksListsReadNoTableRows();
    void clerksQueueCountsReadNoTableRows();

private:
    void addQuestions();
    QList<QuestionQuery> queries() const;
    // Every page of every query, as ids (a page of 4 at each offset).
    QList<QList<Id>> pages();
    QuestionRepository repo() { return QuestionRepository(m_backend.db->connection().value()); }

    BackendUnderTest m_backend;
    TwoDepartments m_catalog;
};

void TestWalkIndexes::cleanup()
{
    m_backend.drop();
}

// 30 questions over both departments and none, some published, with ties on the date and the due date.
void TestWalkIndexes::addQuestions()
{
    m_catalog = TwoDepartments::addTo(*m_backend.db);
    const QList<Status> statuses = {Status::Received, Status::Assigned, Status::Drafting, Status::Published};
    for (int i = 0; i < 30; ++i) {
        Question q;
        q.title = QStringLiteral("Câu hỏi %1").arg(i % 7);
        q.body = QStringLiteral("Nội dung");
        q.receivedAt = base.addSecs(3600 * (i / 3)); // three questions at each instant
        q.status = statuses.at(i % statuses.size());
        if (q.status != Status::Received) {
            q.departmentId = i % 2 ? m_catalog.deptA : m_catalog.deptB;
            q.dueDate = base.date().addDays(i % 4); // and many at each due date
        }
        if (q.status == Status::Published)
            q.publishedRevisionId = 100 + i;
        QVERIFY2(repo().insert(q, 2025, base).ok(), "insert");
    }
}

QList<QuestionQuery> TestWalkIndexes::queries() const
{
    const QList<VisibilityScope> scopes = {{VisibilityScope::Kind::Everything, std::nullopt},
                                           {VisibilityScope::Kind::DepartmentAndPublic, m_catalog.deptA},
                                           {VisibilityScope::Kind::DepartmentAndPublic, m_catalog.deptB},
                                           {VisibilityScope::Kind::PublicOnly, std::nullopt}};
    const QList<QList<Status>> statusSets = {{}, {Status::Assigned}, {Status::Received, Status::Drafting}};
    QList<QuestionQuery> out;
    for (const VisibilityScope& scope : scopes)
        for (const QList<Status>& statuses : statusSets)
            for (QuestionQuery::Sort sort : {QuestionQuery::Sort::Received, QuestionQuery::Sort::Status, QuestionQuery::Sort::Due})
                for (bool descending : {true, false}) {
                    QuestionQuery query;
                    query.scope = scope;
                    query.statuses = statuses;
                    query.sort = sort;
                    query.descending = descending;
                    query.limit = 4;
                    out.append(query);
                }
    return out;
}

QList<QList<Id>> TestWalkIndexes::pages()
{
    QList<QList<Id>> out;
    for (QuestionQuery query : queries()) {
        for (query.offset = 0; query.offset < 30; ++query.offset) {
            auto rows = repo().list(query);
            if (!rows.ok()) {
                qWarning("%s", qPrintable(rows.error().message));
                return {};
            }
            QList<Id> ids;
            for (const Question& q : rows.value())
                ids.append(q.id);
            out.append(ids);
        }
    }
    return out;
}

void TestWalkIndexes::upgradeKeepsEveryListAsItWas()
{
    QVERIFY(m_backend.create(false));
    QVERIFY(Migrations::migrateTo(*m_backend.db, 8).ok());
    addQuestions();
    const QList<QList<Id>> before = pages();
    QVERIFY(!before.isEmpty());
    QVERIFY(Migrations::migrateTo(*m_backend.db, 9).ok());
    QCOMPARE(Migrations::currentVersion(*m_backend.db).value(), 9);
    const QList<QList<Id>> after = pages();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i)
        QVERIFY2(after.at(i) == before.at(i), qPrintable(QStringLiteral("page %1 differs after the upgrade").arg(i)));
}

// SQLite's plan for a clerk's page as QuestionRepository asks it (ids along the sort column, the scope tested on
// each entry): a covering index, so no entry walked costs a row read.
void TestWalkIndexes::clerksListsReadNoTableRows()
{
    QVERIFY(m_backend.create());
    addQuestions();
    const QString scope = QStringLiteral("(q.department_id = 1 OR q.published_revision_id IS NOT NULL)");
    const QStringList pagesOf = {
        QStringLiteral("WHERE %1 ORDER BY q.received_at DESC, q.id DESC").arg(scope),
        QStringLiteral("WHERE %1 AND q.received_at < 99 ORDER BY q.received_at DESC, q.id DESC").arg(scope),
        QStringLiteral("WHERE %1 AND q.status IN ('assigned') ORDER BY q.received_at ASC, q.id ASC").arg(scope),
        QStringLiteral("WHERE %1 ORDER BY q.status DESC, q.received_at DESC, q.id DESC").arg(scope),
        QStringLiteral("WHERE %1 ORDER BY q.due_date ASC, q.id ASC").arg(scope),
    };
    for (const QString& page : pagesOf) {
        QSqlQuery plan(m_backend.db->connection().value());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT q.id FROM questions q %1 LIMIT 50 OFFSET 1000").arg(page)));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        const QString text = steps.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("USING COVERING INDEX questions_")), qPrintable(page + QLatin1Char('\n') + text));
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(page + QLatin1Char('\n') + text));
    }
}

// A clerk's queue counts as QuestionRepository sends them (caught by SQLite's trace): the scope is tested on the
// index entries, so the overdue questions of other departments cost no row read each, and a drafting question's
// latest revision is one index entry. Before schema 13 a clerk's
// overdue count read the row of every overdue open question in the province (1.3 s of a clerk's start-up at 1M).
void TestWalkIndexes::clerksQueueCountsReadNoTableRows()
{
    QVERIFY(m_backend.create());
    addQuestions();
    QSqlDatabase db = m_backend.db->connection().value();
    sqlite3* handle = sqliteHandle(db);
    QVERIFY(handle);
    const VisibilityScope clerk{VisibilityScope::Kind::DepartmentAndPublic, m_catalog.deptA};
    const QList<Status> open = QuestionRepository::openStatuses();
    QuestionQuery overdue, dueSoon, assigned, drafts, returned;
    overdue.overdueAsOf = base.date().addDays(2);
    dueSoon.dueBetween = {base.date(), base.date().addDays(2)};
    assigned.assignedClerkId = m_catalog.clerk;
    assigned.statuses = open;
    drafts.statuses = {Status::Drafting};
    drafts.lastRevisionAuthorId = m_catalog.clerk;
    drafts.lastRevisionState = RevisionState::Draft;
    returned = drafts;
    returned.lastRevisionState = RevisionState::Returned;
    // Steps on the questions (q) and on their revisions (r).
    static const QRegularExpression questionStep(QStringLiteral("\\b(SCAN|SEARCH) [qr]\\b"));
    for (QuestionQuery query : {overdue, dueSoon, assigned, drafts, returned}) {
        query.scope = clerk;
        QStringList sent;
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, [](unsigned, void* context, void* statement, void*) {
            char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
            static_cast<QStringList*>(context)->append(QString::fromUtf8(sql));
            sqlite3_free(sql);
            return 0;
        }, &sent);
        const auto counted = repo().count(query);
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        QVERIFY(counted.ok());
        QCOMPARE(sent.size(), 1);
        QSqlQuery plan(db);
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sent.first()));
        QStringList steps;
        while (plan.next())
            if (const QString step = plan.value(3).toString(); questionStep.match(step).hasMatch())
                steps.append(step);
        QVERIFY2(!steps.isEmpty(), qPrintable(sent.first()));
        for (const QString& step : steps)
            QVERIFY2(step.contains(QLatin1String("USING COVERING INDEX")), qPrintable(sent.first() + QLatin1Char('\n') + step));
    }
}

QTEST_GUILESS_MAIN(TestWalkIndexes)
#include "tst_walkindexes.moc"
