// Far pages of a desk's list by title, locality, reference, due date, department (layer 5) and status (layer 7)
// on PostgreSQL (postgres/9-sort-*.sql): the owner's danhoi_sorted_page finds the page's ids from marks no desk may
// read, applying the caller's visibility itself. Every page of every desk (a coordinator, a clerk, a supervisor, a
// login with no department) read that way must equal the walk of the desk's own views from the top, in every sort,
// direction and filter the counts hold, after placing the marks, after writes of every kind (publication and public
// texts included), after marks split, after a bulk load; and no desk may read the marks or place them.

#include "DeskLogins.h"
#include "support/TestDatabase.h"
#include "storage/BulkLoad.h"
#include "storage/PostgresSecurity.h"
#include "storage/QuestionRepository.h"
#include "storage/QuestionSortMarks.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

namespace {

QString joined(const QList<Id>& ids)
{
    QStringList out;
    for (Id id : ids)
        out.append(QString::number(id));
    return out.join(u',');
}

} // namespace

class TestSortPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pagesFromTheMarksEqualEachDesksWalk();
    void pagesStayExactAfterWritesAndSplits();
    void bulkLoadPlacesTheMarks();
    void desksCannotReadOrPlaceTheMarks();

private:
    void addUser(const QString& username, const QString& roles, std::optional<Id> department)
    {
        QVERIFY(m_logins.add(m_owner, username, roles, department));
    }
    QSqlDatabase desk(const QString& username) { return m_logins.desk(username); }
    void addQuestion(int i);
    void comparePages(const char* after);

    BackendUnderTest m_backend;
    QSqlDatabase m_owner;
    DeskLogins m_logins{m_backend};
    Id m_law = 0;
    Id m_building = 0;
};

void TestSortPages::init()
{
    QVERIFY2(BackendUnderTest::isPostgres(), "runs on PostgreSQL only (registered with the pg_cluster fixture)");
    QVERIFY(m_backend.create());
    m_owner = m_backend.db->connection().value();
    QVERIFY(m_logins.addTwoDepartments(m_owner, m_law, m_building));
    addUser(QStringLiteral("clerk.none"), QStringLiteral("clerk"), std::nullopt);
    for (int i = 1; i <= 60; ++i)
        addQuestion(i);
}

void TestSortPages::cleanup()
{
    m_owner = {};
    m_logins.clear();
    m_backend.drop();
}

// Question i, as the owner writes it (dev generate): both departments and none, every status, ties on every key,
// some with no due date; two in three published, most with a public title of their own (sorted elsewhere than
// the question's title), a few with none (a public row whose title is NULL).
void TestSortPages::addQuestion(int i)
{
    const QStringList titles = {QStringLiteral("Hộ tịch"), QStringLiteral("Đất đai"), QStringLiteral("Xây dựng"),
                                QStringLiteral("Cấp phép"), QStringLiteral("hộ khẩu"), QStringLiteral("Ân hạn")};
    const QStringList statuses = {QStringLiteral("received"), QStringLiteral("assigned"), QStringLiteral("drafting"),
                                  QStringLiteral("approved")};
    const QString department = i % 5 == 0 ? QStringLiteral("NULL") : QString::number(i % 2 ? m_law : m_building);
    const bool published = i % 3 != 0;
    const QString status = published ? QStringLiteral("published") : statuses.at(i % 4);
    exec(m_owner, QStringLiteral(
        "INSERT INTO questions (id, ref, ref_year, ref_seq, channel, received_at, title, body, asker_name,"
        " asker_locality, department_id, status, due_date, created_at, updated_at)"
        " OVERRIDING SYSTEM VALUE VALUES (%1, 'HD-%2-%3', %2, %1, 'portal', %4, '%5 %6', 'Câu hỏi %1', 'Người hỏi %1',"
        " '%7', %8, '%9', %10, 0, 0)")
                      .arg(i).arg(2020 + i % 3).arg(i, 6, 10, QLatin1Char('0'))
                      .arg(qint64(i % 7) * 86'400'000)
                      .arg(titles.at(i % titles.size())).arg(i % 4)
                      .arg(i % 6 ? QStringLiteral("Vinh") : QStringLiteral("Cửa Lò"))
                      .arg(department, status)
                      .arg(i % 4 ? QStringLiteral("'2026-12-%1'").arg(10 + i % 9) : QStringLiteral("NULL")));
    if (!published)
        return;
    exec(m_owner, QStringLiteral("INSERT INTO answer_revisions (id, question_id, number, body, author_id, created_at,"
                                 " state) OVERRIDING SYSTEM VALUE VALUES (%1, %1, 1, 'Trả lời %1',"
                                 " (SELECT id FROM users WHERE username = 'clerk.tp'), 0, 'approved')")
                      .arg(i));
    if (i % 7 != 0) // the others: published with no public text yet
        exec(m_owner, QStringLiteral("INSERT INTO public_questions (question_id, revision_id, ref, title, question,"
                                     " asker_line, answer, received_at, published_at)"
                                     " SELECT id, id, ref, '%2 công khai ' || id, 'Câu hỏi công khai ' || id, 'Ông N.',"
                                     " 'Trả lời ' || id, received_at, 0 FROM questions WHERE id = %1")
                          .arg(i)
                          .arg(i % 2 ? QStringLiteral("Ý kiến") : QStringLiteral("Bản")));
    exec(m_owner, QStringLiteral("UPDATE questions SET published_revision_id = %1, published_at = 0 WHERE id = %1").arg(i));
}

// Every page of 4 at every offset of every list of every desk: from the server's marks (countsFrom 0) and walked
// from the top of the desk's views (the default: offsets under farOffset walk) must give the same ids.
void TestSortPages::comparePages(const char* after)
{
    struct Reader {
        const char* user;
        VisibilityScope scope;
    };
    const QList<Reader> readers = {
        {"coord", {VisibilityScope::Kind::Everything, std::nullopt}},
        {"coord", {VisibilityScope::Kind::DepartmentAndPublic, m_law}},
        {"clerk.tp", {VisibilityScope::Kind::DepartmentAndPublic, m_law}},
        {"sup.xd", {VisibilityScope::Kind::DepartmentAndPublic, m_building}},
        // A desk asking for more than it may see gets no more than its list shows (the table under row-level
        // security: its department's rows).
        {"clerk.tp", {VisibilityScope::Kind::Everything, std::nullopt}},
        {"clerk.none", {VisibilityScope::Kind::PublicOnly, std::nullopt}},
    };
    const QList<QList<Status>> statusSets = {{}, {Status::Published, Status::Assigned}};
    int fromMarks = 0;
    for (const Reader& reader : readers) {
        QuestionRepository repo(desk(QString::fromLatin1(reader.user)));
        QuestionSortMarks marks(desk(QString::fromLatin1(reader.user)));
        for (const QList<Status>& statuses : statusSets)
            for (QuestionQuery::Sort sort : {QuestionQuery::Sort::Title, QuestionQuery::Sort::Locality,
                                             QuestionQuery::Sort::Reference, QuestionQuery::Sort::Due,
                                             QuestionQuery::Sort::Department, QuestionQuery::Sort::Status})
                for (bool descending : {false, true}) {
                    // By department the page's department comes from question_counts, which a desk reads as its list
                    // of its department and the published ones; a clerk's list of "everything" (never asked by the
                    // program: Visibility gives clerks their department and the published ones) is the table under
                    // row-level security, their department alone.
                    if (sort == QuestionQuery::Sort::Department && reader.scope.kind == VisibilityScope::Kind::Everything
                        && QLatin1String(reader.user) != QLatin1String("coord"))
                        continue;
                    QuestionQuery query;
                    query.scope = reader.scope;
                    query.statuses = statuses;
                    query.departmentId = statuses.isEmpty() ? std::nullopt : std::optional(m_law);
                    query.sort = sort;
                    query.descending = descending;
                    query.limit = 4;
                    QList<Id> all; // the whole list, walked from the top
                    {
                        QuestionQuery whole = query;
                        whole.limit = 1000;
                        const auto rows = repo.list(whole);
                        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().message));
                        for (const Question& q : rows.value())
                            all.append(q.id);
                    }
                    for (int offset = 0; offset <= all.size() + 1; ++offset) {
                        query.offset = offset;
                        const QList<Id> expected = all.mid(offset, 4);
                        // By department the server places a page within one department (the list below asks the
                        // counts which one first).
                        const bool direct = sort != QuestionQuery::Sort::Department || query.departmentId;
                        const auto onServer = marks.pageOnServer(query, 0);
                        QVERIFY2(onServer.ok(), qPrintable(onServer.ok() ? QString() : onServer.error().message));
                        QCOMPARE(onServer.value().has_value(), direct);
                        fromMarks += direct && offset > 8 ? 1 : 0;
                        if (direct && onServer.value().value() != expected)
                            QFAIL(qPrintable(QStringLiteral("after %1: %2 (scope %3), %4 statuses, sort %5 %6, offset %7:"
                                                            " %8 from the marks, %9 walked")
                                                 .arg(QLatin1String(after), QLatin1String(reader.user))
                                                 .arg(int(reader.scope.kind)).arg(statuses.size()).arg(int(sort))
                                                 .arg(descending ? "down" : "up").arg(offset)
                                                 .arg(joined(onServer.value().value()), joined(expected))));
                        // The desk's own list through the marks reads those rows through its views: at every
                        // fourth offset (pages of 4: every row of the list once) and the last ones.
                        if (offset % 4 != 0 && offset + 1 < all.size())
                            continue;
                        const auto rows = repo.list(query, 0);
                        QVERIFY(rows.ok());
                        QList<Id> listed;
                        for (const Question& q : rows.value())
                            listed.append(q.id);
                        if (listed != expected)
                            QFAIL(qPrintable(QStringLiteral("after %1: %2 (scope %3), %4 statuses, sort %5 %6, offset %7:"
                                                            " %8 listed, %9 walked")
                                                 .arg(QLatin1String(after), QLatin1String(reader.user))
                                                 .arg(int(reader.scope.kind)).arg(statuses.size()).arg(int(sort))
                                                 .arg(descending ? "down" : "up").arg(offset)
                                                 .arg(joined(listed), joined(expected))));
                    }
                }
    }
    QVERIFY(fromMarks > 500);
}

void TestSortPages::pagesFromTheMarksEqualEachDesksWalk()
{
    QVERIFY(QuestionSortMarks(m_owner).place(5).ok());
    QVERIFY(scalar(*m_backend.db, QStringLiteral("SELECT COUNT(*) FROM sort_marks WHERE sort = 1")).toInt() >= 12);
    comparePages("placing the marks five rows apart");
}

// Writes after placement: inserts below, above and between the marks (splitting the crowded ones in the trigger),
// updates of every key, department, status and publication, public texts changed and removed, deletes.
void TestSortPages::pagesStayExactAfterWritesAndSplits()
{
    QVERIFY(QuestionSortMarks(m_owner).place(4).ok());
    const int before = scalar(*m_backend.db, QStringLiteral("SELECT COUNT(*) FROM sort_marks")).toInt();
    for (int i = 61; i <= 90; ++i)
        addQuestion(i);
    exec(m_owner, QStringLiteral("UPDATE questions SET title = 'Zzz ' || id, asker_locality = 'A' WHERE id % 4 = 1"));
    exec(m_owner, QStringLiteral("UPDATE questions SET ref_year = 2019, due_date = NULL WHERE id % 6 = 2"));
    exec(m_owner, QStringLiteral("UPDATE questions SET department_id = %1, status = 'assigned' WHERE id % 5 = 3").arg(m_building));
    exec(m_owner, QStringLiteral("UPDATE questions SET published_revision_id = NULL, published_at = NULL WHERE id % 8 = 2"));
    exec(m_owner, QStringLiteral("UPDATE public_questions SET title = 'Ă ' || question_id WHERE question_id % 3 = 1"));
    exec(m_owner, QStringLiteral("DELETE FROM public_questions WHERE question_id % 10 = 4"));
    exec(m_owner, QStringLiteral("UPDATE questions SET published_revision_id = NULL, published_at = NULL WHERE id % 9 = 0"));
    exec(m_owner, QStringLiteral("DELETE FROM public_questions WHERE question_id % 9 = 0"));
    exec(m_owner, QStringLiteral("DELETE FROM answer_revisions WHERE question_id % 9 = 0"));
    exec(m_owner, QStringLiteral("DELETE FROM questions WHERE id % 9 = 0"));
    // The marks split as they grew: none holds more than it may.
    QVERIFY(scalar(*m_backend.db, QStringLiteral("SELECT COUNT(*) FROM sort_marks")).toInt() > before);
    QCOMPARE(scalar(*m_backend.db, QStringLiteral("SELECT COUNT(*) FROM sort_marks WHERE n > most")).toInt(), 0);
    comparePages("inserts, updates, deletes and splits");
}

// db copy's bulk path switches the triggers off and places the marks in finish().
void TestSortPages::bulkLoadPlacesTheMarks()
{
    exec(m_owner, QStringLiteral("BEGIN"));
    BulkLoad bulk(m_owner);
    QVERIFY(bulk.suspend().ok());
    for (int i = 61; i <= 200; ++i)
        addQuestion(i);
    QCOMPARE(scalar(*m_backend.db, QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM sort_mark_counts WHERE sort = 2")).toInt(), 60);
    QVERIFY(bulk.finish().ok());
    exec(m_owner, QStringLiteral("COMMIT"));
    QCOMPARE(scalar(*m_backend.db, QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM sort_mark_counts WHERE sort = 2")).toInt(), 200);
    // Placed 8,192 apart: one mark per sort; placed closer, so that far pages start from marks.
    QVERIFY(QuestionSortMarks(m_owner).place(9).ok());
    comparePages("a bulk load");
}

void TestSortPages::desksCannotReadOrPlaceTheMarks()
{
    for (const char* user : {"coord", "clerk.tp"}) {
        for (const char* sql : {"SELECT * FROM sort_marks", "SELECT * FROM sort_mark_counts", "SELECT danhoi_sort_marks_place(5)",
                                "SELECT danhoi_sort_marks_recount(1)", "DELETE FROM sort_mark_counts",
                                "SELECT danhoi_sorted_walk(1, false, 'true', 'all', false, NULL, NULL, NULL, 0, 10, NULL,"
                                " 'everything', NULL, NULL, NULL)"}) {
            QSqlQuery q(desk(QString::fromLatin1(user)));
            QVERIFY2(!q.exec(QString::fromLatin1(sql)), sql);
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501")); // permission denied
        }
    }
}

QTEST_GUILESS_MAIN(TestSortPages)
#include "tst_sortpages.moc"
