// danhoi-cli search and similar, run as a separate process: JSON shapes, options, visibility, the index commands
// and their exit codes.

#include "cli/CliRunner.h"
#include "services/SearchService.h"
#include "services/WorkflowService.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString adminPassword = QStringLiteral("admin-pass-1");
const QString coordinatorPassword = QStringLiteral("coord-pass-1");
const QString clerkPassword = QStringLiteral("clerk-pass-1");
const QString supervisorPassword = QStringLiteral("boss-pass-1");
const QString otherPassword = QStringLiteral("other-pass-1");
} // namespace

class TestCliSearch : public QObject
{
    Q_OBJECT

    CliResult admin(const QStringList& a) { return m_cli->as(QStringLiteral("admin"), adminPassword, a); }
    CliResult coordinator(const QStringList& a) { return m_cli->as(QStringLiteral("dieuphoi"), coordinatorPassword, a); }
    CliResult clerk(const QStringList& a) { return m_cli->as(QStringLiteral("chuyenvien"), clerkPassword, a); }
    CliResult supervisor(const QStringList& a) { return m_cli->as(QStringLiteral("lanhdao"), supervisorPassword, a); }
    CliResult other(const QStringList& a) { return m_cli->as(QStringLiteral("tuphap"), otherPassword, a); }
    // With "--", every later argument is the query's: the user goes first.
    CliResult coordinatorSearch(const QString& query)
    {
        return m_cli->run({QStringLiteral("--user"), QStringLiteral("dieuphoi"), QStringLiteral("search"), QStringLiteral("--json"),
                           QStringLiteral("--"), query},
                          coordinatorPassword);
    }

    QJsonObject add(const QString& title, const QString& body)
    {
        const CliResult r = coordinator({QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), title,
                                         QStringLiteral("--body"), body, QStringLiteral("--json")});
        return r.object();
    }
    QStringList refs(const CliResult& r)
    {
        QStringList out;
        for (const QJsonValue& v : r.object().value(QStringLiteral("results")).toArray())
            out.append(v.toObject().value(QStringLiteral("ref")).toString());
        return out;
    }
    void tamper(const QString& sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_cli->database());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(sql));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }

private slots:
    void initTestCase();
    void searchJson();
    void optionsAndFilters();
    void visibility();
    void malformedQueriesNeverFail();
    void similarJson();
    void rebuildAndCheck();
    void usage();
    void terminalOutputIsPlainAndInert();
    void saysWhenOnlyTheNewestWereRanked();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QJsonObject m_published, m_open, m_other;
};

void TestCliSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<CliRunner>(m_dir.filePath(QStringLiteral("danhoi.sqlite")));
    QCOMPARE(m_cli->run({QStringLiteral("init"), QStringLiteral("--agency"), QStringLiteral("UBND tỉnh Nghệ An"),
                         QStringLiteral("--admin"), QStringLiteral("admin")},
                        adminPassword)
                 .exitCode,
             0);
    QCOMPARE(admin({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("SVHTTDL"), QStringLiteral("--name"),
                    QStringLiteral("Sở Văn hóa, Thể thao và Du lịch")})
                 .exitCode,
             0);
    QCOMPARE(admin({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("STP"), QStringLiteral("--name"),
                    QStringLiteral("Sở Tư pháp")})
                 .exitCode,
             0);
    const QList<std::tuple<QString, QString, QString, QString>> users = {
        {QStringLiteral("dieuphoi"), QStringLiteral("coordinator"), QString(), coordinatorPassword},
        {QStringLiteral("chuyenvien"), QStringLiteral("clerk"), QStringLiteral("SVHTTDL"), clerkPassword},
        {QStringLiteral("lanhdao"), QStringLiteral("supervisor"), QStringLiteral("SVHTTDL"), supervisorPassword},
        {QStringLiteral("tuphap"), QStringLiteral("clerk"), QStringLiteral("STP"), otherPassword},
    };
    for (const auto& [name, roles, department, password] : users) {
        QStringList args{QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), roles,
                         QStringLiteral("--user"), QStringLiteral("admin")};
        if (!department.isEmpty())
            args << QStringLiteral("--department") << department;
        const CliResult r = m_cli->run(args, adminPassword, {{QStringLiteral("DANHOI_NEW_PASSWORD"), password}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    m_published = add(QStringLiteral("Phát triển du lịch Nghệ An"),
                      QStringLiteral("Tỉnh có kế hoạch gì để phát triển du lịch cộng đồng ở miền Tây <b>Nghệ An</b>?"));
    m_open = add(QStringLiteral("Homestay ở bản cần thủ tục gì"),
                 QStringLiteral("Gia đình muốn làm homestay đón khách du lich cong dong o mien Tay Nghe An thì cần giấy tờ gì?"));
    m_other = add(QStringLiteral("Chứng thực bản sao"), QStringLiteral("Phí chứng thực bản sao là bao nhiêu?"));
    const QString pub = m_published.value(QStringLiteral("ref")).toString();
    QCOMPARE(coordinator({QStringLiteral("route"), pub, QStringLiteral("--department"), QStringLiteral("SVHTTDL")}).exitCode, 0);
    QCOMPARE(clerk({QStringLiteral("draft"), pub, QStringLiteral("--text"), QStringLiteral("Tỉnh ưu tiên du lịch cộng đồng.")}).exitCode, 0);
    QCOMPARE(clerk({QStringLiteral("submit"), pub}).exitCode, 0);
    QCOMPARE(supervisor({QStringLiteral("approve"), pub}).exitCode, 0);
    {
        // Published through the service: danhoi-cli publish also writes the portal bundle, which is not tested here.
        auto db = danhoi::Database::openSqlite(m_cli->database());
        QVERIFY(db.ok());
        danhoi::ServiceContext context;
        context.db = db.value();
        auto coordinatorUser = danhoi::UserRepository(context.db->connection().value()).byUsername(QStringLiteral("dieuphoi"));
        QVERIFY(coordinatorUser.ok() && coordinatorUser.value());
        QVERIFY(danhoi::WorkflowService(context, *coordinatorUser.value()).perform(pub, danhoi::Action::Publish).ok());
    }
    QCOMPARE(coordinator({QStringLiteral("route"), m_open.value(QStringLiteral("ref")).toString(), QStringLiteral("--department"),
                          QStringLiteral("SVHTTDL")})
                 .exitCode,
             0);
}

void TestCliSearch::searchJson()
{
    const CliResult r = coordinator({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("du lịch")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QStringList(r.object().keys()), QStringList({"allMatchesRanked", "results"})); // every match ranked: no note
    QVERIFY(r.object().value(QStringLiteral("allMatchesRanked")).toBool());
    const QJsonArray results = r.object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(QStringList(first.keys()), QStringList({"id", "ref", "score", "snippet", "status", "title"}));
    QCOMPARE(first.value(QStringLiteral("ref")), m_published.value(QStringLiteral("ref")));
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), m_published.value(QStringLiteral("id")).toInteger());
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Phát triển du lịch Nghệ An"));
    QVERIFY(first.value(QStringLiteral("score")).toDouble() > results.at(1).toObject().value(QStringLiteral("score")).toDouble());
    const QString snippet = first.value(QStringLiteral("snippet")).toString();
    QVERIFY2(snippet.contains(QStringLiteral("<mark>du</mark> <mark>lịch</mark>")), qPrintable(snippet));
    QVERIFY2(snippet.contains(QStringLiteral("&lt;b&gt;")) && !snippet.contains(QStringLiteral("<b>")), qPrintable(snippet));
    // The accent-free text matches too, highlighted as it was typed by the asker.
    const QString second = results.at(1).toObject().value(QStringLiteral("snippet")).toString();
    QVERIFY2(second.contains(QStringLiteral("<mark>du</mark> <mark>lich</mark>")), qPrintable(second));
    // Plain text output.
    const CliResult text = coordinator({QStringLiteral("search"), QStringLiteral("DU LICH")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(m_published.value(QStringLiteral("ref")).toString().toUtf8()));
}

void TestCliSearch::optionsAndFilters()
{
    const QString pub = m_published.value(QStringLiteral("ref")).toString();
    const QString open = m_open.value(QStringLiteral("ref")).toString();
    QCOMPARE(refs(coordinator({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--status"),
                               QStringLiteral("assigned"), QStringLiteral("du lich")})),
             QStringList({open}));
    QCOMPARE(refs(coordinator({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--department"),
                               QStringLiteral("STP"), QStringLiteral("du lich")})),
             QStringList());
    QCOMPARE(refs(coordinator({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--limit"),
                               QStringLiteral("1"), QStringLiteral("du lịch")})),
             QStringList({pub}));
    QCOMPARE(refs(coordinatorSearch(QStringLiteral("-homestay du lich"))), QStringList({pub}));
    QCOMPARE(refs(coordinator({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("\"phat trien\" ngh*")})),
             QStringList({pub}));
    QCOMPARE(refs(coordinator({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--from"),
                               QStringLiteral("2999-01-01"), QStringLiteral("du lich")})),
             QStringList());
    QCOMPARE(coordinator({QStringLiteral("search"), QStringLiteral("--status"), QStringLiteral("nope"), QStringLiteral("x")}).exitCode, 2);
    QCOMPARE(coordinator({QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("x")}).exitCode, 2);
    QCOMPARE(coordinator({QStringLiteral("search"), QStringLiteral("--from"), QStringLiteral("03/02/2025"), QStringLiteral("x")}).exitCode, 2);
    QCOMPARE(coordinator({QStringLiteral("search"), QStringLiteral("--department"), QStringLiteral("NOPE"), QStringLiteral("x")}).exitCode, 4);
}

void TestCliSearch::visibility()
{
    const QString pub = m_published.value(QStringLiteral("ref")).toString();
    QCOMPARE(refs(other({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("du lich")})), QStringList({pub}));
    QCOMPARE(refs(other({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("chung thuc")})), QStringList());
    QCOMPARE(refs(clerk({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("du lich")})).size(), 2);
}

void TestCliSearch::malformedQueriesNeverFail()
{
    for (const QString& query : {QStringLiteral("\"du lịch"), QStringLiteral("NEAR(du"), QStringLiteral("^:*"),
                                 QStringLiteral("du AND OR"), QStringLiteral("-"), QStringLiteral("\"\"")}) {
        const CliResult r = coordinatorSearch(query);
        QVERIFY2(r.exitCode == 0, qPrintable(query + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).isArray());
    }
}

void TestCliSearch::similarJson()
{
    const QString open = m_open.value(QStringLiteral("ref")).toString();
    const CliResult r = coordinator({QStringLiteral("similar"), open, QStringLiteral("--json"), QStringLiteral("--limit"),
                                     QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray results = r.array();
    QVERIFY(!results.isEmpty());
    const QJsonObject first = results.at(0).toObject();
    QCOMPARE(QStringList(first.keys()), QStringList({"answered", "id", "ref", "score", "status", "title"}));
    QCOMPARE(first.value(QStringLiteral("ref")), m_published.value(QStringLiteral("ref")));
    QCOMPARE(first.value(QStringLiteral("answered")).toBool(), true);
    for (const QJsonValue& v : results)
        QVERIFY(v.toObject().value(QStringLiteral("ref")).toString() != open);
    QCOMPARE(coordinator({QStringLiteral("similar"), QStringLiteral("HD-1999-000001")}).exitCode, 4);
    QCOMPARE(other({QStringLiteral("similar"), open}).exitCode, 4); // not theirs, not published
    QCOMPARE(coordinator({QStringLiteral("similar"), open, QStringLiteral("--limit"), QStringLiteral("x")}).exitCode, 2);
}

void TestCliSearch::rebuildAndCheck()
{
    QCOMPARE(clerk({QStringLiteral("search"), QStringLiteral("--rebuild")}).exitCode, 3);
    QCOMPARE(coordinator({QStringLiteral("search"), QStringLiteral("--check")}).exitCode, 3);
    CliResult r = admin({QStringLiteral("search"), QStringLiteral("--check"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(r.object().value(QStringLiteral("questions")).toInt(), 3);
    QCOMPARE(r.object().value(QStringLiteral("rows")).toInt(), 4);

    tamper(QStringLiteral("DELETE FROM question_search WHERE rowid = %1").arg(m_open.value(QStringLiteral("id")).toInt() * 2));
    r = admin({QStringLiteral("search"), QStringLiteral("--check"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 7);
    QCOMPARE(r.object().value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(admin({QStringLiteral("db"), QStringLiteral("check")}).exitCode, 7);

    r = admin({QStringLiteral("search"), QStringLiteral("--rebuild"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(QStringLiteral("questions")).toInt(), 3);
    QCOMPARE(admin({QStringLiteral("search"), QStringLiteral("--check")}).exitCode, 0);
    QCOMPARE(admin({QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
    QCOMPARE(refs(coordinator({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("homestay")})).size(), 1);
}

void TestCliSearch::usage()
{
    QCOMPARE(coordinator({QStringLiteral("search")}).exitCode, 2);
    QCOMPARE(admin({QStringLiteral("search"), QStringLiteral("--rebuild"), QStringLiteral("x")}).exitCode, 2);
    QCOMPARE(coordinator({QStringLiteral("similar"), QStringLiteral("1"), QStringLiteral("--rebuild")}).exitCode, 2);
    QCOMPARE(coordinator({QStringLiteral("search"), QStringLiteral("--rebuild=yes")}).exitCode, 2);
    const CliResult help = m_cli->run({QStringLiteral("--help")});
    QVERIFY(help.out.contains("search [QUERY]"));
    QVERIFY(help.out.contains("[--rebuild] [--check]"));
    QVERIFY(help.out.contains("similar ID"));
}

void TestCliSearch::terminalOutputIsPlainAndInert()
{
    // A citizen's text reaches a terminal: it must read as text (no HTML marks or entities) and must not be able to
    // drive the terminal (escape sequences, carriage returns that overwrite the line).
    const QJsonObject added = add(QStringLiteral("Phí <b>vé tháng</b> & \x1b]0;pwned\x07"),
                                  QStringLiteral("Hỏi về phí xe buýt\r\x1b[2Jđã xoá màn hình \u009b31m"));
    QVERIFY(!added.isEmpty());
    const CliResult r = coordinator({QStringLiteral("search"), QStringLiteral("xe buýt")});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Phí <b>vé tháng</b> &")), r.out.constData());
    QVERIFY2(out.contains(QStringLiteral("Hỏi về phí xe buýt")), r.out.constData());
    QVERIFY2(!out.contains(QStringLiteral("<mark>")) && !out.contains(QStringLiteral("&lt;"))
                 && !out.contains(QStringLiteral("&amp;")),
             r.out.constData());
    for (const QChar c : out)
        QVERIFY2(c == QLatin1Char('\n') || c == QLatin1Char('\t') || (c.unicode() >= 0x20 && c.unicode() != 0x7f
                                                                       && (c.unicode() < 0x80 || c.unicode() > 0x9f)),
                 qPrintable(QStringLiteral("control character U+%1 printed").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    QVERIFY(out.contains(QChar(0x241B))); // ESC shown as its picture, not sent

    // JSON keeps the snippet as HTML (marks, escaped text) for programs that render it.
    const QJsonArray json = coordinatorSearch(QStringLiteral("xe buýt")).object().value(QStringLiteral("results")).toArray();
    QVERIFY(!json.isEmpty());
    QVERIFY(json.first().toObject().value(QStringLiteral("snippet")).toString().contains(QStringLiteral("<mark>")));
}

// More questions match than the window holds (SearchService::window): the CLI says, as the desk does, that the
// results are the best of the newest matches, in its text and in --json (allMatchesRanked, note). A rare word
// narrows the matches and the note goes.
void TestCliSearch::saysWhenOnlyTheNewestWereRanked()
{
    QByteArray lines;
    for (int i = 1; i <= danhoi::SearchService::window + 1; ++i)
        lines += QStringLiteral("{\"title\":\"Hỏi về hộ chiếu số %1\",\"body\":\"Làm hộ chiếu lần %1 ở đâu%2?\"}\n")
                     .arg(i)
                     .arg(i == 7 ? QStringLiteral(", xã Quỳnh Đôi") : QString())
                     .toUtf8();
    QFile file(m_dir.filePath(QStringLiteral("many.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(lines) == lines.size());
    file.close();
    const CliResult imported = coordinator({QStringLiteral("import"), file.fileName()});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    const CliResult cut = coordinatorSearch(QStringLiteral("hộ chiếu"));
    QVERIFY2(cut.exitCode == 0, cut.err.constData());
    QCOMPARE(cut.object().value(QStringLiteral("allMatchesRanked")).toBool(true), false);
    const QString note = cut.object().value(QStringLiteral("note")).toString();
    QVERIFY2(note.contains(QStringLiteral("among the newest")) && note.contains(QStringLiteral("older questions")),
             qPrintable(note));
    QCOMPARE(cut.object().value(QStringLiteral("results")).toArray().size(), 20);
    const CliResult text = coordinator({QStringLiteral("search"), QStringLiteral("ho chieu"), QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(text.exitCode, 0);
    const QByteArray last = text.out.trimmed().split('\n').last(); // after the three results
    QVERIFY2(last.startsWith("The best 3 result") && last.contains("among the newest") && last.contains("older questions"),
             text.out.constData());
    QCOMPARE(text.out.count("\n    "), 3);

    const CliResult rare = coordinatorSearch(QStringLiteral("hộ chiếu quỳnh đôi"));
    QVERIFY(rare.object().value(QStringLiteral("allMatchesRanked")).toBool());
    QVERIFY(!rare.object().contains(QStringLiteral("note")));
    QCOMPARE(refs(rare).size(), 1);
    const CliResult rareText = coordinator({QStringLiteral("search"), QStringLiteral("ho chieu quynh doi")});
    QVERIFY(!rareText.out.contains("among the newest"));
}

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
