// Other departments search a published question as the public sees it: a phone number, an address or a name the
// portal hides does not make it match (no oracle for hidden words), while its own department still finds it by
// them; manual choices and the redaction settings re-index it at once.

#include "SearchFixture.h"
#include "core/SearchHighlighter.h"
#include "services/PublicText.h"
#include "services/PublishService.h"

#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestPublicSearch : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        f = SearchFixture();
        QVERIFY(f.open());
        m_question = f.add(QStringLiteral("Lễ hội đền Cuông"),
                           QStringLiteral("Tôi là Trần Thị Bình, số điện thoại 0912 345 678, trú tại số 56 đường Lê Lợi. "
                                          "Lễ hội đền Cuông năm nay tổ chức khi nào?"));
        QVERIFY(f.publish(m_question.id, f.deptB, QStringLiteral("Lễ hội diễn ra ngày 15 tháng Hai âm lịch.")));
    }

    void hiddenTextsDoNotMatchForOtherDepartments()
    {
        const QStringList found{m_question.ref};
        // Words the public sees: found by everyone.
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("đền Cuông")), found);
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("âm lịch")), found);
        // The phone number and the street address are hidden on the portal: no match outside the department …
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("0912")), QStringList());
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("\"345 678\"")), QStringList());
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("\"Lê Lợi\"")), QStringList());
        // … but the department that answers it finds it by them.
        QCOMPARE(f.refs(f.clerkB, QStringLiteral("0912")), found);
        QCOMPARE(f.refs(f.clerkB, QStringLiteral("\"Lê Lợi\"")), found);
        QVERIFY2(f.consistency().ok(), qPrintable(f.consistency().problems.join(QLatin1Char('\n'))));
    }

    void manualChoicesReindex()
    {
        const QStringList found{m_question.ref};
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("Bình")), found); // a name the automatic redaction keeps
        PublishService publish(f.context, f.coordinator);
        QVERIFY(publish.addManualRedaction(m_question.ref, ManualRedaction::Kind::Hide, QStringLiteral("Trần Thị Bình")));
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("Bình")), QStringList());
        QCOMPARE(f.refs(f.clerkB, QStringLiteral("Bình")), found);
        QVERIFY(f.consistency().ok());
        QVERIFY(publish.removeManualRedaction(m_question.ref, ManualRedaction::Kind::Hide, QStringLiteral("Trần Thị Bình")));
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("Bình")), found);
        // A "keep" choice makes a hidden number public, and searchable.
        QVERIFY(publish.addManualRedaction(m_question.ref, ManualRedaction::Kind::Keep, QStringLiteral("0912 345 678")));
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("0912")), found);
        QVERIFY(f.consistency().ok());
    }

    void settingsReindex()
    {
        PublishService settings(f.context, f.admin);
        QVERIFY(settings.saveSetting(QLatin1String(PublishService::allowlistKey), QStringLiteral("0912 345 678")));
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("0912")), QStringList{m_question.ref});
        QVERIFY(settings.saveSetting(QLatin1String(PublishService::allowlistKey), QString()));
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("0912")), QStringList());
        QVERIFY(f.consistency().ok());
        // The rebuilt index is the same as the one kept in step.
        auto connection = f.context.db->connection();
        QVERIFY(connection);
        QVERIFY(SearchIndex(connection.value()).rebuild());
        QVERIFY(f.consistency().ok());
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("0912")), QStringList());
        QCOMPARE(f.refs(f.clerkB, QStringLiteral("0912")), QStringList{m_question.ref});
    }

    // A hit seen in its public version shows the portal's text, title and snippet alike: the asker's own details
    // wherever they appear, names when the asker line hides them, the manual choices (on SQLite made from what the
    // search read, without reading the question again).
    void hitsShowThePortalsText()
    {
        NewQuestion input;
        input.title = QStringLiteral("Lễ hội ở xóm Đồng Tâm");
        input.body = QStringLiteral("Tôi là Hoàng Minh Tuấn ở xóm Đồng Tâm, thư tuan.hm@example.vn, CCCD 040123456789. "
                                    "Lễ hội xóm có cần xin phép không? Hỏi thêm ông Phạm Văn Dũng.");
        input.asker = {QStringLiteral("Hoàng Minh Tuấn"), QStringLiteral("xã Nghi Lộc"), QStringLiteral("0977 111 222"),
                       QStringLiteral("tuan.hm@example.vn"), QStringLiteral("xóm Đồng Tâm"), QStringLiteral("040123456789")};
        auto added = QuestionService(f.context, f.coordinator).add(input);
        QVERIFY(added);
        QVERIFY(f.publish(added->id, f.deptB, QStringLiteral("Lễ hội ở xóm Đồng Tâm cần báo Ủy ban xã, gọi 0977 111 222.")));
        PublishService admin(f.context, f.admin);
        QVERIFY(admin.saveSetting(QLatin1String(PublishService::askerLineKey), askerLineStyleName(AskerLineStyle::Initials)));
        QVERIFY(PublishService(f.context, f.coordinator)
                    .addManualRedaction(added->ref, ManualRedaction::Kind::Hide, QStringLiteral("Phạm Văn Dũng")));
        const QStringList secrets{QStringLiteral("Đồng Tâm"), QStringLiteral("tuan.hm"), QStringLiteral("040123456789"),
                                  QStringLiteral("Hoàng Minh Tuấn"), QStringLiteral("0977"), QStringLiteral("Phạm Văn Dũng")};
        auto connection = f.context.db->connection();
        QVERIFY(connection);
        auto items = PublicText::of(connection.value(), {added->id});
        QVERIFY(items && items->contains(added->id));
        const PublicItem item = items->value(added->id);
        for (const QString& text : {QStringLiteral("lễ hội"), QStringLiteral("\"xin phép\""), QStringLiteral("ủy ban")}) {
            SearchRequest request;
            request.text = text;
            auto found = SearchService(f.context, f.clerkA).search(request);
            QVERIFY2(found, qPrintable(text));
            auto hit = std::find_if(found->cbegin(), found->cend(), [&](const SearchResult& r) { return r.id == added->id; });
            QVERIFY2(hit != found->cend(), qPrintable(text));
            QCOMPARE(hit->title, item.title);
            // The snippet of the field with the most matches, the body winning ties (SearchService::find).
            const SearchHighlighter highlighter(SearchQuery::parse(text));
            QString expected;
            int most = 0;
            for (const QString& field : {item.question, item.answerMarkdown, input.asker.locality, item.title}) {
                const SearchHighlighter::Field analysed = highlighter.analyse(field);
                if (analysed.matches > most) {
                    most = analysed.matches;
                    expected = highlighter.snippet(analysed);
                }
            }
            QCOMPARE(hit->snippet, expected);
            for (const QString& secret : secrets)
                QVERIFY2(!hit->title.contains(secret) && !hit->snippet.contains(secret), qPrintable(hit->snippet));
        }
        // Its own department sees what the citizen wrote.
        SearchRequest request;
        request.text = QStringLiteral("xin phép");
        auto own = SearchService(f.context, f.clerkB).search(request);
        QVERIFY(own && !own->isEmpty());
        QVERIFY2(own->first().snippet.contains(QStringLiteral("Hoàng Minh Tuấn")), qPrintable(own->first().snippet));
    }

private:
    SearchFixture f;
    Question m_question;
};

QTEST_GUILESS_MAIN(TestPublicSearch)
#include "tst_publicsearch.moc"
