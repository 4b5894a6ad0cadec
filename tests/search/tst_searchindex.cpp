// The FTS5 index over folded text: available in Qt's SQLite driver, built by the migration, kept in step by every
// write (and rolled back with it), checked and rebuilt; and the search service on top: visibility, filters,
// ranking, snippets and hostile queries.

#include "SearchFixture.h"
#include "storage/QuestionRepository.h"
#include "storage/RevisionRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fts5InQtSqliteDriver();
    void migrationIndexesExistingRows();
    void foldedSearch();
    void keptInStepThroughTheWorkflow();
    void rolledBackWithTheTransaction();
    void vocabularyFollowsTheIndex();
    void deletesAndDriftAreFoundAndRebuilt();
    void checkFindsTheSameProblemsBatchByBatch();
    void visibility();
    void filtersInTheSameQuery();
    void rankingPrefersExactAccentsAndPhrases();
    void snippetsFromTheOriginalText();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void adminOnlyMaintenance();
    void usableFromPlainSql();
    void stagedRowsFoldedInTheStatement();

private:
    SearchFixture f;
};

void TestSearchIndex::init()
{
    f = SearchFixture();
    QVERIFY(f.open());
}

void TestSearchIndex::fts5InQtSqliteDriver()
{
    DANHOI_SQLITE_ONLY("FTS5 inside Qt's SQLite driver (the server's full-text search: the rest of this test)");
    auto connection = f.context.db->connection();
    QVERIFY(connection.ok());
    QSqlQuery q(connection.value());
    QVERIFY(q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next());
    qInfo("SQLite %s through Qt's %s driver", qPrintable(q.value(0).toString()), qPrintable(connection->driverName()));
    QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.probe USING fts5(x, tokenize = 'unicode61')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO temp.probe VALUES ('du lich nghe an')")));
    QVERIFY(q.exec(QStringLiteral("SELECT bm25(probe), highlight(probe, 0, '[', ']') FROM temp.probe"
                                  " WHERE probe MATCH '\"nghe an\" AND \"li\"*'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("du [lich] [nghe an]"));
}

void TestSearchIndex::migrationIndexesExistingRows()
{
    SearchFixture old;
    QVERIFY(old.open(3));
    Database& db = *old.context.db;
    QVERIFY(execSql(db, QStringLiteral(
        "INSERT INTO questions (id, ref, ref_year, ref_seq, channel, received_at, title, body, asker_locality, status,"
        " created_at, updated_at) VALUES"
        " (1, 'HD-2025-000001', 2025, 1, 'portal', 0, 'Lễ hội Đền Cuông', 'Năm nay lễ hội tổ chức ngày nào?', 'Diễn Châu',"
        " 'published', 0, 0),"
        " (2, 'HD-2025-000002', 2025, 2, 'portal', 0, 'Đường vào bản', 'Con đường xuống cấp', '', 'received', 0, 0)")));
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO answer_revisions (id, question_id, number, body, author_id, created_at,"
                                       " state) VALUES (7, 1, 1, 'Lễ hội diễn ra ngày 15 tháng Giêng.', %1, 0, 'approved')")
                            .arg(old.clerkA.id)));
    QVERIFY(execSql(db, QStringLiteral("UPDATE questions SET published_revision_id = 7, department_id = %1 WHERE id = 1")
                            .arg(old.deptA)));
    QVERIFY(old.upgrade());
    QCOMPARE(countRows(db, QStringLiteral("question_search")), 3); // two questions, one published version
    const SearchIndex::Consistency consistency = old.consistency();
    QVERIFY2(consistency.ok(), qPrintable(consistency.problems.join(QLatin1Char('\n'))));
    QCOMPARE(consistency.questions, 2);
    QCOMPARE(old.refs(old.coordinator, QStringLiteral("duong")), QStringList({"HD-2025-000002"}));
    QCOMPARE(old.refs(old.clerkB, QStringLiteral("giêng")), QStringList({"HD-2025-000001"}));
    QCOMPARE(old.refs(old.clerkB, QStringLiteral("dien chau")), QStringList({"HD-2025-000001"}));
}

void TestSearchIndex::foldedSearch()
{
    const Question q = f.add(QStringLiteral("Sửa đường lên Nghệ An"), QStringLiteral("Đường hư hỏng nặng."));
    f.add(QStringLiteral("Học phí"), QStringLiteral("Miễn học phí cho học sinh"));
    for (const QString& query : {QStringLiteral("duong"), QStringLiteral("ĐƯỜNG"), QStringLiteral("Đường"),
                                 QStringLiteral("nghe an"), QStringLiteral("NGHỆ AN"), QStringLiteral("Nghệ An"),
                                 QStringLiteral("nghe an").normalized(QString::NormalizationForm_D),
                                 QStringLiteral("sửa đường"), QStringLiteral("\"sua duong\""), QStringLiteral("ngh*")})
        QCOMPARE(f.refs(f.coordinator, query), QStringList({q.ref}));
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("duong -nghe")), QStringList());
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("\"nghe sua\"")), QStringList());
}

void TestSearchIndex::keptInStepThroughTheWorkflow()
{
    const Question q = f.add(QStringLiteral("Lễ hội đền Cờn"), QStringLiteral("Khi nào tổ chức lễ hội?"), QStringLiteral("Quỳnh Lưu"));
    auto consistent = [&] {
        const SearchIndex::Consistency c = f.consistency();
        return c.ok() ? QString() : c.problems.join(QLatin1Char('\n'));
    };
    QCOMPARE(consistent(), QString());
    QVERIFY(f.route(q.id, f.deptA));
    QVERIFY(f.draft(q.id, f.clerkA, QStringLiteral("Lễ hội diễn ra vào tháng Giêng, có rước kiệu.")));
    QCOMPARE(consistent(), QString());
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("kiệu")), QStringList({q.ref}));
    QCOMPARE(f.refs(f.clerkA, QStringLiteral("kieu")), QStringList({q.ref}));
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("kieu")), QStringList()); // another department's unpublished draft
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("lễ hội")), QStringList());
    QVERIFY(f.perform(f.clerkA, q.id, Action::Submit));
    QVERIFY(f.perform(f.supervisorA, q.id, Action::Approve));
    QVERIFY(f.perform(f.coordinator, q.id, Action::Publish));
    QCOMPARE(consistent(), QString());
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("kieu")), QStringList({q.ref}));
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("quynh luu")), QStringList({q.ref}));
    // An amendment: the department searches the new text at once; others only the text still online.
    QVERIFY(f.draft(q.id, f.clerkA, QStringLiteral("Lễ hội năm nay dời sang tháng Hai vì mưa bão.")));
    QCOMPARE(consistent(), QString());
    QCOMPARE(f.refs(f.clerkA, QStringLiteral("bão")), QStringList({q.ref}));
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("bão")), QStringList({q.ref}));
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("bão")), QStringList());
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("kiệu")), QStringList({q.ref}));
    QCOMPARE(f.refs(f.clerkA, QStringLiteral("kiệu")), QStringList()); // the latest revision replaced it
    ActionInput reason;
    reason.reason = QStringLiteral("Sai ngày");
    QVERIFY(f.perform(f.clerkA, q.id, Action::Submit));
    QVERIFY(f.perform(f.supervisorA, q.id, Action::Approve));
    QVERIFY(f.perform(f.coordinator, q.id, Action::Publish));
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("bão")), QStringList({q.ref}));
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("kiệu")), QStringList());
    QVERIFY(f.perform(f.coordinator, q.id, Action::Unpublish, reason));
    QCOMPARE(consistent(), QString());
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("lễ hội")), QStringList());
    QCOMPARE(countRows(*f.context.db, QStringLiteral("question_search")), 1);
}

// The word counts behind the weights of similar questions: rows that hold each word, kept in step with the index.
void TestSearchIndex::vocabularyFollowsTheIndex()
{
    auto counts = [&](const QStringList& words) {
        SearchIndex index(f.context.db->connection().value());
        auto found = index.rowFrequencies(words);
        auto rows = index.rowCount();
        if (!found || !rows)
            return QString(QStringLiteral("error"));
        QStringList out;
        for (const QString& word : words)
            out.append(QStringLiteral("%1=%2").arg(word).arg(found->value(word)));
        return QStringLiteral("%1 rows: %2").arg(rows.value()).arg(out.join(QLatin1Char(' ')));
    };
    const QStringList words = {QStringLiteral("hoi"), QStringLiteral("con"), QStringLiteral("phao"),
                               QStringLiteral("kieu"), QStringLiteral("khong")};
    QCOMPARE(counts(words), QStringLiteral("0 rows: hoi=0 con=0 phao=0 kieu=0 khong=0"));
    const Question q = f.add(QStringLiteral("Lễ hội đền Cờn"), QStringLiteral("Khi nào tổ chức lễ hội?"));
    f.add(QStringLiteral("Bắn pháo hoa"), QStringLiteral("Lễ hội có bắn pháo hoa không?"));
    QCOMPARE(counts(words), QStringLiteral("2 rows: hoi=2 con=1 phao=1 kieu=0 khong=1"));
    QVERIFY(f.route(q.id, f.deptA));
    QVERIFY(f.draft(q.id, f.clerkA, QStringLiteral("Lễ hội có rước kiệu.")));
    QCOMPARE(counts(words), QStringLiteral("2 rows: hoi=2 con=1 phao=1 kieu=1 khong=1"));
    QVERIFY(f.perform(f.clerkA, q.id, Action::Submit));
    QVERIFY(f.perform(f.supervisorA, q.id, Action::Approve));
    QVERIFY(f.perform(f.coordinator, q.id, Action::Publish)); // its public row counts too
    QCOMPARE(counts(words), QStringLiteral("3 rows: hoi=3 con=2 phao=1 kieu=2 khong=1"));
    QVERIFY(f.draft(q.id, f.clerkA, QStringLiteral("Năm nay không rước.")));
    QCOMPARE(counts(words), QStringLiteral("3 rows: hoi=3 con=2 phao=1 kieu=1 khong=2"));
    QVERIFY(SearchService(f.context, f.admin).rebuild().ok());
    QCOMPARE(counts(words), QStringLiteral("3 rows: hoi=3 con=2 phao=1 kieu=1 khong=2"));
}

void TestSearchIndex::rolledBackWithTheTransaction()
{
    Question q = f.add(QStringLiteral("Thẻ bảo hiểm y tế"), QStringLiteral("Làm lại thẻ bị mất."));
    {
        Transaction tx(*f.context.db);
        QVERIFY(tx.begin().ok());
        q.title = QStringLiteral("Tiêu đề tạm");
        QVERIFY(QuestionRepository(tx.connection()).update(q, f.context.now()).ok());
        AnswerRevision revision;
        revision.questionId = q.id;
        revision.body = QStringLiteral("Câu trả lời tạm thời");
        revision.authorId = f.clerkA.id;
        revision.createdAt = f.context.now();
        QVERIFY(RevisionRepository(tx.connection()).append(revision).ok());
        QCOMPARE(f.refs(f.coordinator, QStringLiteral("tam")).size(), 1); // seen inside the transaction
        tx.rollback();
    }
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("tam")), QStringList());
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("bảo hiểm")), QStringList({q.ref}));
    QVERIFY(f.consistency().ok());
    // A refused action changes neither the data nor the index.
    QVERIFY(!f.perform(f.clerkB, q.id, Action::Draft));
    QVERIFY(f.consistency().ok());
}

void TestSearchIndex::deletesAndDriftAreFoundAndRebuilt()
{
    const Question kept = f.add(QStringLiteral("Cấp sổ đỏ"), QStringLiteral("Đất ở ổn định từ năm 1990."));
    const Question gone = f.add(QStringLiteral("Bản ghi thử"), QStringLiteral("Xóa đi"));
    Database& db = *f.context.db;
    QVERIFY(execSql(db, QStringLiteral("DELETE FROM audit_events WHERE question_id = %1").arg(gone.id)));
    QVERIFY(execSql(db, QStringLiteral("DELETE FROM questions WHERE id = %1").arg(gone.id)));
    SearchIndex::Consistency c = f.consistency();
    QCOMPARE(c.problems.size(), 1);
    QVERIFY2(c.problems.first().contains(QStringLiteral("belongs to no question")), qPrintable(c.problems.first()));
    // The write path for a delete: refresh drops the rows of a question that no longer exists.
    QVERIFY(SearchIndex(db.connection().value()).refresh(gone.id).ok());
    QVERIFY(f.consistency().ok());

    QVERIFY(execSql(db, QStringLiteral("UPDATE question_search SET title = 'khac' WHERE rowid = %1").arg(kept.id * 2)));
    c = f.consistency();
    QCOMPARE(c.problems.size(), 1);
    QVERIFY2(c.problems.first().contains(kept.ref), qPrintable(c.problems.first()));
    QVERIFY(execSql(db, QStringLiteral("DELETE FROM question_search")));
    QVERIFY(!f.consistency().ok());
    auto rebuilt = SearchService(f.context, f.admin).rebuild();
    QVERIFY(rebuilt.ok());
    QCOMPARE(rebuilt.value(), 1);
    QVERIFY(f.consistency().ok());
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("so do")), QStringList({kept.ref}));
    if (BackendUnderTest::isPostgres())
        return; // the server's window reads the questions themselves
    // Who may find a question (question_scope, kept by triggers): drift is found, and the rebuild writes it again.
    QVERIFY(execSql(db, QStringLiteral("UPDATE question_scope SET department_id = %1, published = 1 WHERE question_id = %2")
                            .arg(f.deptB).arg(kept.id)));
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO question_scope (question_id, department_id, published) VALUES (%1, NULL, 1)")
                            .arg(gone.id)));
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("so do")), QStringList({kept.ref})); // what the table says, drifted
    c = f.consistency();
    QCOMPARE(c.problems.size(), 2);
    QVERIFY2(c.problems.at(0).contains(QStringLiteral("disagrees with 1 question")), qPrintable(c.problems.at(0)));
    QVERIFY2(c.problems.at(1).contains(QStringLiteral("1 row(s) of no question")), qPrintable(c.problems.at(1)));
    QVERIFY(SearchService(f.context, f.admin).rebuild().ok());
    QVERIFY(f.consistency().ok());
    QCOMPARE(f.refs(f.clerkB, QStringLiteral("so do")), QStringList());
}

void TestSearchIndex::checkFindsTheSameProblemsBatchByBatch()
{
    // The check reads a batch of questions at a time (a whole index in client memory does not scale on a server):
    // every batch size, including one that ends exactly at the last question, finds the same problems.
    QList<Question> added;
    for (int i = 0; i < 6; ++i)
        added.append(f.add(QStringLiteral("Câu hỏi số %1").arg(i), QStringLiteral("Nội dung %1").arg(i)));
    Database& db = *f.context.db;
    QVERIFY(execSql(db, QStringLiteral("DELETE FROM audit_events WHERE question_id = %1").arg(added.at(3).id)));
    QVERIFY(execSql(db, QStringLiteral("DELETE FROM questions WHERE id = %1").arg(added.at(3).id))); // its row: an orphan
    QVERIFY(execSql(db, QStringLiteral("UPDATE question_search SET title = 'khac' WHERE rowid = %1").arg(added.at(4).id * 2)));
    QVERIFY(execSql(db, QStringLiteral("DELETE FROM question_search WHERE rowid = %1").arg(added.at(1).id * 2)));
    auto whole = SearchIndex(db.connection().value()).check();
    QVERIFY(whole.ok());
    QCOMPARE(whole->questions, 5);
    QCOMPARE(whole->problems.size(), 3);
    QVERIFY2(whole->problems.at(0).contains(added.at(1).ref), qPrintable(whole->problems.join(QLatin1Char('\n'))));
    QVERIFY(whole->problems.at(1).contains(QStringLiteral("belongs to no question")));
    QVERIFY(whole->problems.at(2).contains(added.at(4).ref));
    for (int batch : {1, 2, 3, 4, 5, 6}) {
        auto batched = SearchIndex(db.connection().value()).check(batch);
        QVERIFY(batched.ok());
        QCOMPARE(batched->problems, whole->problems);
        QCOMPARE(batched->questions, whole->questions);
        QCOMPARE(batched->rows, whole->rows);
    }
}

void TestSearchIndex::visibility()
{
    const Question ownOpen = f.add(QStringLiteral("Du lịch cộng đồng A"), QStringLiteral("Du lịch homestay"));
    const Question otherOpen = f.add(QStringLiteral("Du lịch học đường B"), QStringLiteral("Du lịch trải nghiệm"));
    const Question otherPublished = f.add(QStringLiteral("Du lịch biển C"), QStringLiteral("Du lịch Cửa Lò"));
    const Question unrouted = f.add(QStringLiteral("Du lịch chưa giao D"), QStringLiteral("Du lịch"));
    QVERIFY(f.route(ownOpen.id, f.deptA));
    QVERIFY(f.route(otherOpen.id, f.deptB));
    QVERIFY(f.publish(otherPublished.id, f.deptB, QStringLiteral("Trả lời về du lịch biển")));
    auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    QCOMPARE(sorted(f.refs(f.coordinator, QStringLiteral("du lich"))),
             sorted({ownOpen.ref, otherOpen.ref, otherPublished.ref, unrouted.ref}));
    QCOMPARE(sorted(f.refs(f.clerkA, QStringLiteral("du lich"))), sorted({ownOpen.ref, otherPublished.ref}));
    QCOMPARE(sorted(f.refs(f.clerkB, QStringLiteral("du lich"))), sorted({otherOpen.ref, otherPublished.ref}));
    User disabled = f.clerkA;
    disabled.active = false;
    QCOMPARE(f.refs(disabled, QStringLiteral("du lich")), QStringList());
    User noDepartment = f.addUser(QStringLiteral("floating"), Role::Clerk, std::nullopt);
    QCOMPARE(f.refs(noDepartment, QStringLiteral("du lich")), QStringList({otherPublished.ref}));
    // Asker details never searchable by others: only the locality is indexed at all.
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("Nguyễn Văn")), QStringList());
}

void TestSearchIndex::filtersInTheSameQuery()
{
    const Question a = f.add(QStringLiteral("Học phí mầm non"), QStringLiteral("Mức học phí"));
    const Question b = f.add(QStringLiteral("Học phí đại học"), QStringLiteral("Mức học phí"));
    const Question c = f.add(QStringLiteral("Học phí THPT"), QStringLiteral("Mức học phí"));
    QVERIFY(f.route(a.id, f.deptB));
    QVERIFY(f.route(b.id, f.deptA));
    QVERIFY(execSql(*f.context.db, QStringLiteral("UPDATE questions SET received_at = %1 WHERE id = %2")
                                      .arg(QDateTime(QDate(2025, 1, 10), QTime(17, 30), Qt::UTC).toMSecsSinceEpoch())
                                      .arg(c.id))); // 11/01 00:30 in Vinh
    SearchRequest request;
    request.statuses = {Status::Assigned};
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("hoc phi"), request).size(), 2);
    request.departmentCode = QStringLiteral("sgddt");
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("hoc phi"), request), QStringList({a.ref}));
    request = {};
    request.receivedFrom = QDate(2025, 1, 11);
    request.receivedTo = QDate(2025, 1, 11);
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("hoc phi"), request), QStringList({c.ref}));
    request.receivedFrom = QDate(2025, 1, 12);
    request.receivedTo = {};
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("hoc phi"), request).size(), 2);
    request = {};
    request.departmentCode = QStringLiteral("NOPE");
    auto missing = SearchService(f.context, f.coordinator).search(request);
    request.limit = 0;
    QVERIFY(!SearchService(f.context, f.coordinator).search(request).ok());
}

void TestSearchIndex::rankingPrefersExactAccentsAndPhrases()
{
    // Folded-only matches with a stronger bm25 (shorter, repeated) against exact-accent and phrase matches.
    const Question folded = f.add(QStringLiteral("Du lich, du lich"), QStringLiteral("du lich du lich"));
    const Question scattered = f.add(QStringLiteral("Lịch trình du khách"),
                                     QStringLiteral("Lịch đi du ngoạn các vùng trong tỉnh vào mùa hè năm nay"));
    const Question exact = f.add(QStringLiteral("Phát triển du lịch"),
                                 QStringLiteral("Tỉnh có kế hoạch phát triển du lịch cộng đồng ở miền Tây Nghệ An không"));
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("du lịch")), QStringList({exact.ref, folded.ref, scattered.ref}));
    // Typed without accents: no preference for accents; phrases still count.
    const QStringList plain = f.refs(f.coordinator, QStringLiteral("du lich"));
    QCOMPARE(plain.size(), 3);
    QCOMPARE(plain.last(), scattered.ref);
    auto results = SearchService(f.context, f.coordinator).search({QStringLiteral("du lịch"), {}, {}, {}, {}, 10});
    QVERIFY(results.ok());
    for (qsizetype i = 1; i < results->size(); ++i)
        QVERIFY(results->at(i - 1).score >= results->at(i).score);
    QVERIFY(results->first().score >= 2.0);
}

void TestSearchIndex::snippetsFromTheOriginalText()
{
    const Question q = f.add(QStringLiteral("Hỏi về <b>đường</b>"),
                             QStringLiteral("Con ĐƯỜNG liên xã <script>alert(1)</script> bị sạt lở & hư hỏng."));
    auto results = SearchService(f.context, f.coordinator).search({QStringLiteral("duong sat lo"), {}, {}, {}, {}, 10});
    QVERIFY(results.ok());
    QCOMPARE(results->size(), 1);
    QCOMPARE(results->first().ref, q.ref);
    QCOMPARE(results->first().title, q.title);
    QCOMPARE(results->first().snippet, QStringLiteral("Con <mark>ĐƯỜNG</mark> liên xã &lt;script&gt;alert(1)&lt;/script&gt; "
                                                      "bị <mark>sạt</mark> <mark>lở</mark> &amp; hư hỏng."));
}

void TestSearchIndex::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("query");
    for (const char* text : {"\"du lịch", "du\"lịch\"\"", "-", "*", "-*", "\"\"", "^du", "title:du", "{title}:du",
                             "NEAR(du lich)", "du AND OR NOT", "du OR", "(du", "du)", "du lị*", "\"du lị\"*", "d*",
                             "**du**", "du -\"", "'; DROP TABLE questions; --", "%_\\", "\u0000", "NOT du", "AND",
                             "du NEAR/2 lich", "\"NEAR\"", "+du", "du:*", "ĐƯỜNG^2"})
        QTest::newRow(text) << QString::fromUtf8(text);
    QTest::newRow("long") << QString(5000, QLatin1Char('('));
    QTest::newRow("many words") << QStringLiteral("du ").repeated(500);
}

void TestSearchIndex::hostileQueriesNeverFail()
{
    QFETCH(QString, query);
    f.add(QStringLiteral("Du lịch Nghệ An"), QStringLiteral("Đường đi du lịch"));
    auto results = SearchService(f.context, f.coordinator).search({query, {}, {}, {}, {}, 10});
    QVERIFY2(results.ok(), qPrintable(results.error().message));
    QVERIFY(execSql(*f.context.db, QStringLiteral("SELECT COUNT(*) FROM questions"))); // nothing dropped
    QCOMPARE(countRows(*f.context.db, QStringLiteral("questions")), 1);
}

void TestSearchIndex::adminOnlyMaintenance()
{
    QCOMPARE(SearchService(f.context, f.clerkA).rebuild().error().kind, ErrorKind::Forbidden);
    QCOMPARE(SearchService(f.context, f.coordinator).check().error().kind, ErrorKind::Forbidden);
    QVERIFY(SearchService(f.context, f.admin).check().ok());
}

// What an administrator types into the sqlite3 shell works on the same file (no custom functions or tokenizers).
void TestSearchIndex::usableFromPlainSql()
{
    const Question q = f.add(QStringLiteral("Đăng ký tạm trú"), QStringLiteral("Thủ tục đăng ký"));
    if (BackendUnderTest::isPostgres()) { // what an administrator types into psql
        const QVariant found = scalar(*f.context.db, QStringLiteral("SELECT rowid / 2 FROM question_search WHERE"
                                                                    " document @@ plainto_tsquery('simple', 'dang ky tam tru')"));
        QCOMPARE(found.toLongLong(), q.id);
        return;
    }
    const QVariant found = scalar(*f.context.db, QStringLiteral("SELECT rowid / 2 FROM question_search"
                                                                " WHERE question_search MATCH 'dang ky tam tru'"));
    QCOMPARE(found.toLongLong(), q.id);
    const QString sql = scalar(*f.context.db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'question_search'"))
                            .toString();
    QVERIFY2(sql.contains(QStringLiteral("unicode61")), qPrintable(sql));
}

// An import's staged questions (SQLite): the index rows folded by the connection's SQL function hold exactly what
// documentText() folds in C++ (what addNew() writes), for every kind of text; no text (NULL) folds to ''.
void TestSearchIndex::stagedRowsFoldedInTheStatement()
{
    DANHOI_SQLITE_ONLY("the import stages its rows on SQLite only");
    const QStringList texts = {
        QString(), QStringLiteral("  \t\n "), QStringLiteral("Nghị định 23/2015/NĐ-CP, (mức) \"phí\" 2.000đ/trang!"),
        QStringLiteral("  Đường  đi, Nghệ An  "), QStringLiteral("Đường đi").normalized(QString::NormalizationForm_D),
        QStringLiteral("Straße ﬁn Ǆ"), QStringLiteral("a😀b 中文 𝐀𝐁"), QStringLiteral("x\u0301 \u0301 y"),
        QStringLiteral("ΑΒΓ Ωμέγα Кириллица"), QStringLiteral("HỎI VỀ TRỢ CẤP   thai sản; xã Nam Đàn"),
    };
    auto connection = f.context.db->connection();
    QVERIFY(connection.ok());
    QSqlQuery q(connection.value());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE staged (id INTEGER PRIMARY KEY, title, body, asker_locality)")));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO staged VALUES (?, ?, ?, ?)")));
    const Id first = 1000000;
    for (int i = 0; i < texts.size(); ++i) {
        q.addBindValue(first + i);
        q.addBindValue(texts.at(i).isNull() ? QStringLiteral("") : texts.at(i));
        q.addBindValue(texts.at((i + 1) % texts.size()));
        q.addBindValue(i == 0 ? QVariant() : QVariant(texts.at((i + 2) % texts.size())));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(SearchIndex(connection.value()).addNewStaged(QStringLiteral("temp.staged")).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT rowid, title, body, answer, locality FROM question_search WHERE rowid >= %1"
                                  " ORDER BY rowid").arg(first * 2)));
    for (int i = 0; i < texts.size(); ++i) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), (first + i) * 2);
        QCOMPARE(q.value(1).toString(), SearchIndex::documentText(texts.at(i)));
        QCOMPARE(q.value(2).toString(), SearchIndex::documentText(texts.at((i + 1) % texts.size())));
        QCOMPARE(q.value(3).toString(), QString());
        QCOMPARE(q.value(4).toString(), i == 0 ? QString() : SearchIndex::documentText(texts.at((i + 2) % texts.size())));
    }
    QVERIFY(!q.next());
    QVERIFY(!SearchIndex::documentText(texts.at(2)).isEmpty()); // the comparisons above compare words, not ''
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
