// The bounded search (SearchIndex::searchNewest): only the newest `window` matches within the viewer's scope and
// the filters are ranked, so that common words at a million questions cost no more than rare ones; when fewer
// match, every match is ranked. Ranking is bm25 over the folded text (SearchRanking), the same on both engines
// (SQLite takes the counts from FTS5 itself, PostgreSQL from the text), and equal to FTS5's own bm25() when every
// row is a candidate.

#include "SearchFixture.h"
#include "core/SearchRanking.h"

#include <QSqlQuery>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestSearchWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyMatchRankedWhenTheWindowHoldsThem();
    void onlyTheNewestRankedWhenMoreMatch();
    void aRareWordNarrowsTheWindowToItsMatches();
    void tiesGoToTheNewer();
    void scopeAndFiltersApplyBeforeTheWindow();
    void aClerksWindowFollowsRoutingAndPublishing();
    void termRowsCountedThenEstimated();
    void rankingEqualsFts5Bm25OverTheWholeIndex();
    void windowScoresEqualTheRankingOfTheFoldedText();
    void similarRulesReachOlderLookAlikes();

private:
    QStringList refs(const User& who, const QString& text, int window, bool* allMatches = nullptr,
                     SearchFilter filter = {})
    {
        filter.scope = Visibility::scopeFor(who);
        filter.limit = 10;
        auto found = SearchIndex(f.context.db->connection().value()).searchNewest(SearchQuery::parse(text), filter, window);
        if (!found)
            return {QStringLiteral("error: ") + found.error().message};
        if (allMatches)
            *allMatches = found->allMatches;
        QStringList out;
        for (const SearchHit& hit : found->best)
            out.append(hit.ref);
        return out;
    }

    SearchFixture f;
};

void TestSearchWindow::init()
{
    QVERIFY(f.open());
}

void TestSearchWindow::everyMatchRankedWhenTheWindowHoldsThem()
{
    // The oldest holds the words most often: with every match ranked it comes first.
    const Question strong = f.add(QStringLiteral("Học phí, học phí"), QStringLiteral("Học phí học phí học phí"));
    const Question weak1 = f.add(QStringLiteral("Miễn giảm"), QStringLiteral("Mức học phí năm nay ở trường làng ra sao"));
    const Question weak2 = f.add(QStringLiteral("Hỏi về trường"), QStringLiteral("Con tôi đóng học phí ở đâu ạ"));
    bool all = false;
    QCOMPARE(refs(f.coordinator, QStringLiteral("học phí"), 3, &all).first(), strong.ref);
    QVERIFY(all);
    QCOMPARE(refs(f.coordinator, QStringLiteral("hoc phi"), 3).size(), 3);
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("hoc phi")).first(), strong.ref); // the service: window 2,000
    Q_UNUSED(weak1);
    Q_UNUSED(weak2);
}

void TestSearchWindow::onlyTheNewestRankedWhenMoreMatch()
{
    const Question strong = f.add(QStringLiteral("Học phí, học phí"), QStringLiteral("Học phí học phí học phí"));
    const Question older = f.add(QStringLiteral("Miễn giảm"), QStringLiteral("Mức học phí năm nay ở trường làng ra sao"));
    const Question newer = f.add(QStringLiteral("Hỏi về trường"), QStringLiteral("Con tôi đóng học phí ở đâu ạ"));
    const Question newest = f.add(QStringLiteral("Học phí"), QStringLiteral("Học phí đại học bao nhiêu"));
    bool all = true;
    const QStringList found = refs(f.coordinator, QStringLiteral("học phí"), 2, &all);
    QVERIFY(!all);
    QCOMPARE(found, QStringList({newest.ref, newer.ref})); // bm25 among the newest two; the stronger, older ones not ranked
    QVERIFY(!found.contains(strong.ref) && !found.contains(older.ref));
    QCOMPARE(refs(f.coordinator, QStringLiteral("học phí"), 4, &all).first(), strong.ref);
    QVERIFY(all);
}

void TestSearchWindow::aRareWordNarrowsTheWindowToItsMatches()
{
    // Every term must match, so a rare word among common ones is found however many rows hold the common ones.
    const Question rare = f.add(QStringLiteral("Đất ở Quỳnh Lưu"), QStringLiteral("Cấp sổ đỏ cho đất ở xã Quỳnh Lưu"));
    for (int i = 0; i < 6; ++i)
        f.add(QStringLiteral("Đất nông nghiệp %1").arg(i), QStringLiteral("Hỏi về đất đai, đất ở, đất vườn"));
    bool all = true;
    QCOMPARE(refs(f.coordinator, QStringLiteral("đất"), 3, &all).size(), 3);
    QVERIFY(!all);
    QVERIFY(!refs(f.coordinator, QStringLiteral("đất"), 3).contains(rare.ref)); // the oldest of seven
    QCOMPARE(refs(f.coordinator, QStringLiteral("đất quỳnh"), 3, &all), QStringList({rare.ref}));
    QVERIFY(all);
    QCOMPARE(refs(f.coordinator, QStringLiteral("dat \"quynh luu\""), 3), QStringList({rare.ref}));
}

void TestSearchWindow::tiesGoToTheNewer()
{
    QStringList added;
    for (int i = 0; i < 4; ++i)
        added.prepend(f.add(QStringLiteral("Lễ hội đền Cờn"), QStringLiteral("Khi nào tổ chức lễ hội?")).ref);
    QCOMPARE(refs(f.coordinator, QStringLiteral("lễ hội"), 10), added);
    QCOMPARE(f.refs(f.coordinator, QStringLiteral("lễ hội")), added);
}

void TestSearchWindow::scopeAndFiltersApplyBeforeTheWindow()
{
    // Clerk B: its own department's question, older than three newer ones of department A that it may not see.
    const Question own = f.add(QStringLiteral("Tuyển sinh lớp 10"), QStringLiteral("Điểm chuẩn tuyển sinh"));
    QVERIFY(f.route(own.id, f.deptB));
    const Question published = f.add(QStringLiteral("Tuyển sinh đại học"), QStringLiteral("Hồ sơ tuyển sinh"));
    QVERIFY(f.publish(published.id, f.deptA, QStringLiteral("Nộp hồ sơ tuyển sinh trực tuyến.")));
    for (int i = 0; i < 3; ++i) {
        const Question hidden = f.add(QStringLiteral("Tuyển sinh %1").arg(i), QStringLiteral("Tuyển sinh mầm non"));
        QVERIFY(f.route(hidden.id, f.deptA));
    }
    bool all = false;
    QStringList found = refs(f.clerkB, QStringLiteral("tuyển sinh"), 2, &all);
    found.sort();
    QCOMPARE(found, QStringList({own.ref, published.ref}));
    QVERIFY(all);
    SearchFilter onlyB;
    onlyB.departmentId = f.deptB;
    QCOMPARE(refs(f.coordinator, QStringLiteral("tuyen sinh"), 1, &all, onlyB), QStringList({own.ref}));
    QVERIFY(all);
    SearchFilter assigned;
    assigned.statuses = {Status::Assigned};
    QCOMPARE(refs(f.coordinator, QStringLiteral("tuyen sinh"), 3, &all, assigned).size(), 3);
    QVERIFY(!all); // four assigned: the three of A and the one of B
    QCOMPARE(refs(f.clerkA, QStringLiteral("điểm chuẩn"), 5), QStringList()); // B's unpublished question
}

// A clerk's window reads who may find each question (SQLite: question_scope, kept by triggers; PostgreSQL: the
// questions): a question routed elsewhere, published or unpublished moves into or out of it in the same transaction,
// however it is written.
void TestSearchWindow::aClerksWindowFollowsRoutingAndPublishing()
{
    const Question q = f.add(QStringLiteral("Lễ hội đền Cờn"), QStringLiteral("Lễ hội năm nay tổ chức ngày nào?"));
    for (int i = 0; i < 3; ++i) // newer matches neither clerk may see: the scope applies before the window of one
        f.add(QStringLiteral("Lễ hội %1").arg(i), QStringLiteral("Lễ hội làng"));
    const QString text = QStringLiteral("lễ hội");
    auto both = [&] { return refs(f.clerkA, text, 1) + QStringList{QStringLiteral("|")} + refs(f.clerkB, text, 1); };
    const QString bar = QStringLiteral("|");
    QCOMPARE(both(), QStringList({bar}));
    QVERIFY(f.route(q.id, f.deptA));
    QCOMPARE(both(), QStringList({q.ref, bar}));
    QVERIFY(f.perform(f.clerkA, q.id, Action::TransferRequest, [] {
        ActionInput input;
        input.reason = QStringLiteral("Thuộc thẩm quyền Sở Giáo dục");
        return input;
    }()));
    QCOMPARE(both(), QStringList({q.ref, bar})); // still department A's until routed again
    QVERIFY(f.route(q.id, f.deptB));
    QCOMPARE(both(), QStringList({bar, q.ref}));
    QVERIFY(f.draft(q.id, f.clerkB, QStringLiteral("Lễ hội diễn ra ngày rằm tháng Giêng.")));
    QVERIFY(f.perform(f.clerkB, q.id, Action::Submit) && f.perform(f.supervisorB, q.id, Action::Approve));
    QCOMPARE(both(), QStringList({bar, q.ref}));
    QVERIFY(f.perform(f.coordinator, q.id, Action::Publish));
    QCOMPARE(both(), QStringList({q.ref, bar, q.ref})); // A: the public version
    QCOMPARE(refs(f.clerkA, QStringLiteral("rằm giêng"), 1), QStringList({q.ref}));
    ActionInput reason;
    reason.reason = QStringLiteral("Sai ngày");
    QVERIFY(f.perform(f.coordinator, q.id, Action::Unpublish, reason));
    QCOMPARE(both(), QStringList({bar, q.ref}));
    // Written by plain SQL (an administrator's repair), the department moves the question as well.
    QVERIFY(execSql(*f.context.db, QStringLiteral("UPDATE questions SET department_id = %1 WHERE id = %2").arg(f.deptA).arg(q.id)));
    QCOMPARE(both(), QStringList({q.ref, bar}));
    QVERIFY(f.consistency().ok());
}

void TestSearchWindow::termRowsCountedThenEstimated()
{
    for (int i = 0; i < 6; ++i)
        f.add(QStringLiteral("Đất nông nghiệp %1").arg(i), QStringLiteral("Hỏi về đất đai"));
    SearchIndex index(f.context.db->connection().value());
    const SearchQuery query = SearchQuery::parse(QStringLiteral("đất \"nông nghiệp\" nong* vắng"));
    const QList<SearchQuery::Term> terms = query.positiveTerms();
    QCOMPARE(terms.size(), 4);
    QCOMPARE(index.termRows(terms.at(0)).value(), 6);
    QCOMPARE(index.termRows(terms.at(1)).value(), 6);
    QCOMPARE(index.termRows(terms.at(2)).value(), 6);
    QCOMPARE(index.termRows(terms.at(3)).value(), 0);
    // Beyond the sample: as dense over every row as over the newest, here every row.
    QCOMPARE(index.termRows(terms.at(0), 2).value(), 6);
    QCOMPARE(index.rowCount().value(), 6);
}

void TestSearchWindow::rankingEqualsFts5Bm25OverTheWholeIndex()
{
    if (BackendUnderTest::isPostgres())
        QSKIP("FTS5's bm25() is SQLite's");
    const QStringList titles = {QStringLiteral("Học phí học phí"), QStringLiteral("Mức học phí"),
                                QStringLiteral("Học bổng và học phí đại học")};
    const QStringList bodies = {QStringLiteral("Phí"), QStringLiteral("Học phí năm nay ở trường làng ra sao, phí bao nhiêu"),
                                QStringLiteral("Học học học phí")};
    for (int i = 0; i < titles.size(); ++i)
        f.add(titles.at(i), bodies.at(i));
    QSqlQuery q(f.context.db->connection().value());
    QVERIFY(q.exec(QStringLiteral("SELECT rowid, bm25(question_search, 4.0, 1.0, 0.75, 1.0), title, body, answer, locality"
                                  " FROM question_search WHERE question_search MATCH '\"hoc\" AND \"phi\"' ORDER BY rowid DESC")));
    QList<double> fts5;
    QList<SearchRanking::Document> documents;
    while (q.next()) {
        fts5.append(q.value(1).toDouble());
        documents.append({q.value(2).toString().toUtf8(), q.value(3).toString().toUtf8(), q.value(4).toString().toUtf8(),
                          q.value(5).toString().toUtf8()});
    }
    QCOMPARE(documents.size(), 3);
    SearchIndex index(f.context.db->connection().value());
    QList<SearchRanking::Term> terms;
    for (const SearchQuery::Term& term : SearchQuery::parse(QStringLiteral("học phí")).positiveTerms())
        terms.append({term.words, term.prefix, SearchRanking::idf(index.rowCount().value(), index.termRows(term).value())});
    const QList<double> ours = SearchRanking(terms, {4.0, 1.0, 0.75, 1.0}).scores(documents);
    for (qsizetype i = 0; i < fts5.size(); ++i)
        QVERIFY2(qAbs(ours.at(i) - fts5.at(i)) < 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(ours.at(i)).arg(fts5.at(i))));
}

// SQLite counts the words' occurrences and the rows' lengths from FTS5's own position lists and row sizes, not from
// the text; PostgreSQL from the text. Either way a hit's score is SearchRanking's over the row's folded text:
// phrases (not across columns), prefixes, a word twice, an exclusion, a clerk's public rows.
void TestSearchWindow::windowScoresEqualTheRankingOfTheFoldedText()
{
    f.add(QStringLiteral("Học phí học phí"), QStringLiteral("Phí học: học phí năm nay, phí học kỳ"));
    const Question routed = f.add(QStringLiteral("Mức học phí"),
                                  QStringLiteral("Học phí năm nay ở trường làng ra sao, phí bao nhiêu, học phí"));
    QVERIFY(f.route(routed.id, f.deptB));
    f.add(QStringLiteral("Học bổng và học phí đại học"), QStringLiteral("Học học học phí, miễn học phí"));
    f.add(QStringLiteral("Học phí"), QStringLiteral("Phí học bạ"));
    const Question published = f.add(QStringLiteral("Học phí trường làng"), QStringLiteral("Học phí học kỳ hai"));
    QVERIFY(f.publish(published.id, f.deptA, QStringLiteral("Học phí được miễn theo quy định, phí học kỳ.")));
    auto connection = f.context.db->connection().value();
    const QList<double> weights = {4.0, 1.0, 0.75, 1.0};
    for (const QString& text : {QStringLiteral("học phí"), QStringLiteral("\"học phí\" phí"), QStringLiteral("hoc ph* -miễn"),
                                QStringLiteral("phí phí \"phí học\""), QStringLiteral("học \"học phí\" nam*")}) {
        qsizetype compared = 0;
        for (const User* who : {&f.coordinator, &f.clerkA, &f.clerkB}) {
            const SearchQuery query = SearchQuery::parse(text);
            SearchFilter filter;
            filter.scope = Visibility::scopeFor(*who);
            filter.limit = 10;
            SearchIndex index(connection);
            auto found = index.searchNewest(query, filter, 10);
            QVERIFY2(found, qPrintable(text));
            compared += found->best.size();
            // The ranking over the folded text of the same rows, with the same row counts.
            QList<SearchRanking::Term> terms;
            for (const SearchQuery::Term& term : query.positiveTerms())
                terms.append({term.words, term.prefix,
                              SearchRanking::idf(std::max(index.rowCount().value(), index.termRows(term).value()),
                                                 index.termRows(term).value())});
            QList<SearchRanking::Document> documents;
            QList<qint64> rows;
            for (const SearchHit& hit : found->best) {
                const qint64 row = hit.questionId * 2 + (hit.publicVersion ? 1 : 0);
                QSqlQuery q(connection);
                q.prepare(QStringLiteral("SELECT title, body, answer, locality FROM question_search WHERE rowid = :row"));
                q.bindValue(QStringLiteral(":row"), row);
                QVERIFY(q.exec() && q.next());
                documents.append({q.value(0).toString().toUtf8(), q.value(1).toString().toUtf8(),
                                  q.value(2).toString().toUtf8(), q.value(3).toString().toUtf8()});
            }
            QCOMPARE(found->ranked, int(documents.size())); // every match found: the averages agree
            const QList<double> expected = SearchRanking(terms, weights).scores(documents);
            for (qsizetype i = 0; i < expected.size(); ++i)
                QVERIFY2(qAbs(found->best.at(i).bm25 - expected.at(i)) < 1e-9,
                         qPrintable(QStringLiteral("%1 (%2): %3 vs %4").arg(text, who->username)
                                        .arg(found->best.at(i).bm25).arg(expected.at(i))));
        }
        QVERIFY2(compared >= 3, qPrintable(text));
    }
}

// Similar questions on SQLite: the OR of the question's words is ranked over its newest matches only; an older
// question is still a candidate when it holds a rule's terms (the most telling words) all together.
void TestSearchWindow::similarRulesReachOlderLookAlikes()
{
    if (BackendUnderTest::isPostgres())
        QSKIP("PostgreSQL ranks every match of the OR");
    const Question old = f.add(QStringLiteral("Cấp đổi giấy phép lái xe quốc tế"),
                               QStringLiteral("Thủ tục cấp đổi giấy phép lái xe quốc tế ở đâu?"));
    for (int i = 0; i < 4; ++i)
        f.add(QStringLiteral("Hỏi về thủ tục %1").arg(i), QStringLiteral("Thủ tục hành chính ở xã"));
    auto termsOf = [](const QStringList& words) {
        QList<SearchQuery::Term> out;
        for (const QString& word : words) {
            SearchQuery::Term term;
            term.words = word.split(QLatin1Char(' '));
            out.append(term);
        }
        return out;
    };
    const QList<SearchQuery::Term> anyOf = termsOf({QStringLiteral("quoc"), QStringLiteral("te"), QStringLiteral("lai xe"),
                                                    QStringLiteral("thu tuc")});
    SearchFilter filter;
    filter.scope = Visibility::scopeFor(f.coordinator);
    filter.limit = 10;
    SearchIndex index(f.context.db->connection().value());
    auto refsOf = [](const SearchWindow& found) {
        QStringList out;
        for (const SearchHit& hit : found.best)
            out.append(hit.ref);
        return out;
    };
    auto newestOnly = index.similarNewest(anyOf, {}, filter, 2, {2.0, 1.0, 0.25, 0.0});
    QVERIFY(newestOnly);
    QVERIFY(!newestOnly->allMatches);
    QCOMPARE(newestOnly->best.size(), 2);
    QVERIFY(!refsOf(newestOnly.value()).contains(old.ref));
    auto withRule = index.similarNewest(anyOf, {termsOf({QStringLiteral("quoc"), QStringLiteral("te")})}, filter, 2,
                                        {2.0, 1.0, 0.25, 0.0});
    QVERIFY(withRule);
    QCOMPARE(withRule->ranked, 3);
    QCOMPARE(refsOf(withRule.value()).first(), old.ref); // it holds every term: the best
    // Without the OR in the rule's window the counts come from the text: the same score as in a window of all.
    auto all = index.similarNewest(anyOf, {}, filter, 10, {2.0, 1.0, 0.25, 0.0});
    QVERIFY(all && all->allMatches);
    QCOMPARE(refsOf(all.value()).first(), old.ref);
    QVERIFY(all->best.first().bm25 < all->best.last().bm25);
}

QTEST_GUILESS_MAIN(TestSearchWindow)
#include "tst_searchwindow.moc"
