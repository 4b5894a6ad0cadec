// Similar questions: duplicates of the shared fixture found among the top 3 (the recall figure is printed),
// answered ones first, and never a question the user may not see.

#include "SearchFixture.h"
#include "storage/QuestionRepository.h"
#include "storage/RevisionRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestSimilar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void duplicatesFoundInTopThree();
    void answeredFirstWithinWhatTheUserMaySee();
    void similarToTextBeingRecorded();
    void unknownOrHiddenQuestion();

private:
    SearchFixture f;
    QHash<QString, Id> m_ids;          // fixture id (Q0001) → question id
    QList<std::pair<QString, QString>> m_duplicates; // duplicate → original
};

// Loads the fixture in one transaction through the repositories (so through the index's write path): every
// question recorded, those with an answer published by their department.
void TestSimilar::initTestCase()
{
    QVERIFY(f.open());
    QFile file(QStringLiteral(DANHOI_TEST_DATA "/questions.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Transaction tx(*f.context.db);
    QVERIFY(tx.begin().ok());
    CatalogRepository catalog(tx.connection());
    QHash<QString, Id> departments{{QStringLiteral("SVHTTDL"), f.deptA}, {QStringLiteral("SGDDT"), f.deptB}};
    QuestionRepository questions(tx.connection());
    RevisionRepository revisions(tx.connection());
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray bytes = file.readLine().trimmed();
        ++line;
        if (bytes.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QVERIFY2(!o.isEmpty(), qPrintable(QStringLiteral("line %1").arg(line)));
        const QString code = o.value(QStringLiteral("department")).toString();
        if (!code.isEmpty() && !departments.contains(code)) {
            auto id = catalog.addDepartment({0, code, code, {}, true, 0});
            QVERIFY(id.ok());
            departments.insert(code, id.value());
        }
        Question q;
        q.title = o.value(QStringLiteral("title")).toString();
        q.body = o.value(QStringLiteral("body")).toString();
        q.asker.locality = o.value(QStringLiteral("asker_locality")).toString();
        q.receivedAt = QDateTime::fromString(o.value(QStringLiteral("received_at")).toString(), Qt::ISODate).toUTC();
        if (!code.isEmpty()) {
            q.departmentId = departments.value(code);
            q.status = Status::Assigned;
        }
        QVERIFY(questions.insert(q, 2024, f.context.now()).ok());
        m_ids.insert(o.value(QStringLiteral("id")).toString(), q.id);
        const QString answer = o.value(QStringLiteral("answer")).toString();
        if (!answer.isEmpty() && q.departmentId) {
            AnswerRevision revision;
            revision.questionId = q.id;
            revision.body = answer;
            revision.authorId = f.clerkA.id;
            revision.createdAt = f.context.now();
            revision.state = RevisionState::Approved;
            QVERIFY(revisions.append(revision).ok());
            q.publishedRevisionId = revision.id;
            q.status = Status::Published;
            QVERIFY(questions.update(q, f.context.now()).ok());
        }
        for (const QJsonValue& flag : o.value(QStringLiteral("flags")).toArray())
            if (flag.toString().startsWith(QLatin1String("duplicate_of:")))
                m_duplicates.append({o.value(QStringLiteral("id")).toString(), flag.toString().section(QLatin1Char(':'), 1)});
    }
    QVERIFY(tx.commit().ok());
    QCOMPARE(m_ids.size(), 230);
    QVERIFY(m_duplicates.size() >= 15);
    QVERIFY(f.consistency().ok());
}

void TestSimilar::duplicatesFoundInTopThree()
{
    SearchService service(f.context, f.coordinator);
    int top1 = 0, top3 = 0, top5 = 0;
    for (const auto& [duplicate, original] : std::as_const(m_duplicates)) {
        auto similar = service.similar(QString::number(m_ids.value(duplicate)), 5);
        QVERIFY2(similar.ok(), qPrintable(similar.error().message));
        // Rank by score (the list puts answered ones first among the five).
        QList<SimilarQuestion> byScore = similar.value();
        std::stable_sort(byScore.begin(), byScore.end(),
                         [](const SimilarQuestion& a, const SimilarQuestion& b) { return a.score > b.score; });
        qsizetype rank = -1;
        for (qsizetype i = 0; i < byScore.size(); ++i)
            if (byScore.at(i).id == m_ids.value(original))
                rank = i;
        top1 += rank == 0 ? 1 : 0;
        top3 += rank >= 0 && rank < 3 ? 1 : 0;
        top5 += rank >= 0 ? 1 : 0;
        if (rank < 0 || rank >= 3)
            qInfo("missed: %s → %s (rank %lld)", qPrintable(duplicate), qPrintable(original), rank + 1);
    }
    const double n = m_duplicates.size();
    qInfo("Duplicate recall over %d pairs: top-1 %.1f %%, top-3 %.1f %%, top-5 %.1f %%", int(n), 100 * top1 / n,
          100 * top3 / n, 100 * top5 / n);
    QVERIFY2(top3 / n >= 0.85, "top-3 recall of duplicates fell below 85 %");
}

void TestSimilar::answeredFirstWithinWhatTheUserMaySee()
{
    const Question fresh = f.add(QStringLiteral("Thủ tục đăng ký homestay tại bản"),
                                 QStringLiteral("Gia đình tôi muốn làm homestay đón khách du lịch thì cần thủ tục gì?"));
    auto similar = SearchService(f.context, f.coordinator).similar(fresh.ref, 8);
    QVERIFY(similar.ok());
    QVERIFY(!similar->isEmpty());
    bool seenOpen = false;
    for (const SimilarQuestion& s : similar.value()) {
        QVERIFY(s.id != fresh.id);
        QVERIFY(!(seenOpen && s.answered)); // answered ones first
        seenOpen = seenOpen || !s.answered;
        QVERIFY(s.score > 0 && s.score <= 1.0001);
    }
    // A clerk of another department sees only published questions of departments not their own.
    auto forClerk = SearchService(f.context, f.clerkB).similar(QString::number(m_ids.value(QStringLiteral("Q0013"))), 10);
    QVERIFY2(forClerk.ok(), qPrintable(forClerk.error().message));
    QVERIFY(!forClerk->isEmpty());
    for (const SimilarQuestion& s : forClerk.value()) {
        auto q = QuestionRepository(f.context.db->connection().value()).byId(s.id);
        QVERIFY(q.ok() && q.value());
        QVERIFY(q.value()->departmentId == f.deptB || q.value()->isPublic());
    }
}

void TestSimilar::similarToTextBeingRecorded()
{
    auto similar = SearchService(f.context, f.coordinator)
                       .similarToText(QStringLiteral("Mức đóng bảo hiểm y tế hộ gia đình"),
                                      QStringLiteral("Nhà tôi 5 người mua bảo hiểm y tế theo hộ gia đình thì đóng bao nhiêu?"), 3);
    QVERIFY(similar.ok());
    QVERIFY(!similar->isEmpty());
    QStringList ids;
    for (const SimilarQuestion& s : similar.value())
        ids.append(QString::number(s.id));
    QVERIFY2(ids.contains(QString::number(m_ids.value(QStringLiteral("Q0150")))), qPrintable(ids.join(QLatin1Char(','))));
    QCOMPARE(SearchService(f.context, f.coordinator).similarToText(QStringLiteral("?"), QStringLiteral("!"), 3)->size(), 0);
}

void TestSimilar::unknownOrHiddenQuestion()
{
    QCOMPARE(SearchService(f.context, f.coordinator).similar(QStringLiteral("999999")).error().kind, ErrorKind::NotFound);
    const Question unrouted = f.add(QStringLiteral("Câu hỏi chưa giao"), QStringLiteral("Chưa giao cho sở nào"));
    QCOMPARE(SearchService(f.context, f.clerkB).similar(unrouted.ref).error().kind, ErrorKind::NotFound);
    QCOMPARE(SearchService(f.context, f.coordinator).similar(unrouted.ref, 0).error().kind, ErrorKind::Invalid);
}

QTEST_GUILESS_MAIN(TestSimilar)
#include "tst_similar.moc"
