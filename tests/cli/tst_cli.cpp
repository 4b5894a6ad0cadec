// danhoi-cli end to end: a question's whole life, the documented exit codes, bad input changing nothing.
#include "CliRunner.h"
#include "support/TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString adminPassword = QStringLiteral("admin-pass-1");
const QString coordinatorPassword = QStringLiteral("coord-pass-1");
const QString clerkPassword = QStringLiteral("clerk-pass-1");
const QString supervisorPassword = QStringLiteral("super-pass-1");
const QString otherPassword = QStringLiteral("other-pass-1");
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    danhoi::test::BackendUnderTest m_backend;
    std::unique_ptr<CliRunner> m_cli;

    CliResult admin(const QStringList& args) const { return m_cli->as(QStringLiteral("admin"), adminPassword, args); }
    CliResult coordinator(const QStringList& args) const
    {
        return m_cli->as(QStringLiteral("dieuphoi"), coordinatorPassword, args);
    }
    CliResult clerk(const QStringList& args) const { return m_cli->as(QStringLiteral("chuyenvien"), clerkPassword, args); }
    CliResult supervisor(const QStringList& args) const
    {
        return m_cli->as(QStringLiteral("lanhdao"), supervisorPassword, args);
    }
    QString status(const QString& id) const
    {
        return coordinator({QStringLiteral("question"), QStringLiteral("show"), id, QStringLiteral("--json")})
            .object()
            .value(QStringLiteral("status"))
            .toString();
    }
    int count(const QString& table) const
    {
        const QString name = QStringLiteral("count-%1").arg(table);
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_cli->database());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
                    n = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }
    QString addQuestion(const QString& title)
    {
        const CliResult r = coordinator({QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), title,
                                         QStringLiteral("--body"), QStringLiteral("Nội dung câu hỏi."), QStringLiteral("--json")});
        return QString::number(r.object().value(QStringLiteral("id")).toInt());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString location = m_backend.locationForCli(m_dir.filePath(QStringLiteral("danhoi.sqlite")));
        QVERIFY(!location.isEmpty());
        m_cli = std::make_unique<CliRunner>(location);
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
        QCOMPARE(admin({QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("Du lịch"),
                        QStringLiteral("--department"), QStringLiteral("SVHTTDL"), QStringLiteral("--days"), QStringLiteral("7")})
                     .exitCode,
                 0);
        const QList<std::tuple<QString, QString, QString, QString>> users = {
            {QStringLiteral("dieuphoi"), QStringLiteral("coordinator"), QString(), coordinatorPassword},
            {QStringLiteral("chuyenvien"), QStringLiteral("clerk"), QStringLiteral("SVHTTDL"), clerkPassword},
            {QStringLiteral("lanhdao"), QStringLiteral("supervisor"), QStringLiteral("SVHTTDL"), supervisorPassword},
            {QStringLiteral("tuphap"), QStringLiteral("clerk,supervisor"), QStringLiteral("STP"), otherPassword},
        };
        for (const auto& [name, roles, department, password] : users) {
            QStringList args{QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), roles,
                             QStringLiteral("--user"), QStringLiteral("admin")};
            if (!department.isEmpty())
                args << QStringLiteral("--department") << department;
            const CliResult r = m_cli->run(args, adminPassword, {{QStringLiteral("DANHOI_NEW_PASSWORD"), password}});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void wholeLife()
    {
        const CliResult added = coordinator(
            {QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"),
             QStringLiteral("Nghệ An sẽ làm gì để phát triển du lịch?"), QStringLiteral("--body"),
             QStringLiteral("lương < 5 triệu, <script>alert(1)</script>"), QStringLiteral("--channel"), QStringLiteral("email"),
             QStringLiteral("--asker-name"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("--asker-phone"),
             QStringLiteral("0912 345 678"), QStringLiteral("--received"), QStringLiteral("2025-03-04T09:30"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString ref = added.object().value(QStringLiteral("ref")).toString();
        QCOMPARE(ref.left(8), QStringLiteral("HD-2025-"));
        const QString id = QString::number(added.object().value(QStringLiteral("id")).toInt());

        QCOMPARE(coordinator({QStringLiteral("route"), ref, QStringLiteral("--department"), QStringLiteral("SVHTTDL"),
                              QStringLiteral("--category"), QStringLiteral("Du lịch")})
                     .exitCode,
                 0);
        QCOMPARE(status(id), QStringLiteral("assigned"));
        QCOMPARE(clerk({QStringLiteral("draft"), id, QStringLiteral("--text"), QStringLiteral("Bản nháp *một*")}).exitCode, 0);
        QCOMPARE(clerk({QStringLiteral("submit"), id}).exitCode, 0);
        QCOMPARE(status(id), QStringLiteral("pending_approval"));
        // The clerk may not approve; a return needs a comment.
        QCOMPARE(clerk({QStringLiteral("approve"), id}).exitCode, 3);
        QCOMPARE(supervisor({QStringLiteral("return"), id}).exitCode, 2);
        QCOMPARE(supervisor({QStringLiteral("return"), id, QStringLiteral("--comment"), QStringLiteral("Bổ sung căn cứ")}).exitCode, 0);
        QCOMPARE(status(id), QStringLiteral("drafting"));
        QCOMPARE(clerk({QStringLiteral("submit"), id}).exitCode, 5); // nothing new to submit
        QCOMPARE(clerk({QStringLiteral("draft"), ref, QStringLiteral("--text"), QStringLiteral("Bản thứ hai")}).exitCode, 0);
        QCOMPARE(clerk({QStringLiteral("submit"), ref}).exitCode, 0);
        QCOMPARE(supervisor({QStringLiteral("approve"), ref}).exitCode, 0);

        const QJsonObject shown =
            coordinator({QStringLiteral("question"), QStringLiteral("show"), ref, QStringLiteral("--json")}).object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(shown.value(QStringLiteral("body")).toString(), QStringLiteral("lương < 5 triệu, <script>alert(1)</script>"));
        QCOMPARE(shown.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(shown.value(QStringLiteral("received_at")).toString(), QStringLiteral("2025-03-04T09:30:00+07:00"));
        QCOMPARE(shown.value(QStringLiteral("department")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("SVHTTDL"));
        QCOMPARE(shown.value(QStringLiteral("category")).toString(), QStringLiteral("Du lịch"));
        QVERIFY(QDate::fromString(shown.value(QStringLiteral("due_date")).toString(), Qt::ISODate).isValid());
        QCOMPARE(shown.value(QStringLiteral("asker")).toObject().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("0912 345 678"));
        const QJsonArray revisions = shown.value(QStringLiteral("revisions")).toArray();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("returned"));
        QCOMPARE(revisions.at(0).toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("Bổ sung căn cứ"));
        QCOMPARE(revisions.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
        QCOMPARE(revisions.at(1).toObject().value(QStringLiteral("reviewer")).toString(), QStringLiteral("lanhdao"));
        QStringList actions;
        for (const QJsonValue& event : shown.value(QStringLiteral("history")).toArray())
            actions << event.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(actions, (QStringList{QStringLiteral("record"), QStringLiteral("route"), QStringLiteral("draft"),
                                       QStringLiteral("submit"), QStringLiteral("return"), QStringLiteral("draft"),
                                       QStringLiteral("submit"), QStringLiteral("approve")}));

        const QJsonArray listed =
            coordinator({QStringLiteral("question"), QStringLiteral("list"), QStringLiteral("--status"),
                         QStringLiteral("approved"), QStringLiteral("--json")})
                .array();
        QCOMPARE(listed.size(), 1);
        QVERIFY(!listed.at(0).toObject().contains(QStringLiteral("history")));
        QCOMPARE(admin({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void supervisorCannotApproveOwnRevision()
    {
        const QString id = addQuestion(QStringLiteral("Tự phê duyệt?"));
        QCOMPARE(coordinator({QStringLiteral("route"), id, QStringLiteral("--department"), QStringLiteral("STP")}).exitCode, 0);
        const auto self = [&](const QStringList& args) { return m_cli->as(QStringLiteral("tuphap"), otherPassword, args); };
        QCOMPARE(self({QStringLiteral("draft"), id, QStringLiteral("--text"), QStringLiteral("Tôi viết")}).exitCode, 0);
        QCOMPARE(self({QStringLiteral("submit"), id}).exitCode, 0);
        const CliResult refused = self({QStringLiteral("approve"), id, QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(refused.err).object().value(QStringLiteral("exit")).toInt(), 3);
        QCOMPARE(status(id), QStringLiteral("pending_approval"));
    }

    void otherDepartmentCannotSeeOrAct()
    {
        const QString id = addQuestion(QStringLiteral("Câu hỏi của Sở Tư pháp"));
        QCOMPARE(coordinator({QStringLiteral("route"), id, QStringLiteral("--department"), QStringLiteral("STP")}).exitCode, 0);
        QCOMPARE(clerk({QStringLiteral("question"), QStringLiteral("show"), id}).exitCode, 4);
        QCOMPARE(clerk({QStringLiteral("draft"), id, QStringLiteral("--text"), QStringLiteral("x")}).exitCode, 4);
        const QJsonArray mine = clerk({QStringLiteral("question"), QStringLiteral("list"), QStringLiteral("--json")}).array();
        for (const QJsonValue& row : mine)
            QCOMPARE(row.toObject().value(QStringLiteral("department")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("SVHTTDL"));
    }

    void assignPutsOnClerksDesk()
    {
        const QString id = addQuestion(QStringLiteral("Giao cho chuyên viên"));
        QCOMPARE(coordinator({QStringLiteral("route"), id, QStringLiteral("--department"), QStringLiteral("SVHTTDL")}).exitCode, 0);
        QCOMPARE(clerk({QStringLiteral("assign"), id, QStringLiteral("--clerk"), QStringLiteral("chuyenvien")}).exitCode, 3);
        QCOMPARE(supervisor({QStringLiteral("assign"), id, QStringLiteral("--clerk"), QStringLiteral("tuphap")}).exitCode, 2);
        QCOMPARE(supervisor({QStringLiteral("assign"), id, QStringLiteral("--clerk"), QStringLiteral("chuyenvien")}).exitCode, 0);
        const QJsonObject shown = clerk({QStringLiteral("question"), QStringLiteral("show"), id, QStringLiteral("--json")}).object();
        QCOMPARE(shown.value(QStringLiteral("assigned_clerk")).toString(), QStringLiteral("chuyenvien"));
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    }

    void routeChecksTheDepartment()
    {
        const QString id = addQuestion(QStringLiteral("Chưa chuyển"));
        QCOMPARE(coordinator({QStringLiteral("route"), id, QStringLiteral("--department"), QStringLiteral("NOPE")}).exitCode, 4);
        QCOMPARE(coordinator({QStringLiteral("route"), id}).exitCode, 2);
        QCOMPARE(coordinator({QStringLiteral("route"), id, QStringLiteral("--department"), QStringLiteral("STP"),
                              QStringLiteral("--due"), QStringLiteral("2001-01-01")})
                     .exitCode,
                 2);
        QCOMPARE(status(id), QStringLiteral("received"));
        QCOMPARE(coordinator({QStringLiteral("route"), id, QStringLiteral("--department"), QStringLiteral("stp"),
                              QStringLiteral("--due"), QStringLiteral("2099-01-02")})
                     .exitCode,
                 0);
        QCOMPARE(coordinator({QStringLiteral("question"), QStringLiteral("show"), id, QStringLiteral("--json")})
                     .object()
                     .value(QStringLiteral("due_date"))
                     .toString(),
                 QStringLiteral("2099-01-02"));
    }

    void rejectAsDuplicate()
    {
        const QString original = addQuestion(QStringLiteral("Câu hỏi gốc"));
        const QString copy = addQuestion(QStringLiteral("Câu hỏi lặp lại"));
        QCOMPARE(coordinator({QStringLiteral("reject"), copy}).exitCode, 2);
        QCOMPARE(coordinator({QStringLiteral("reject"), copy, QStringLiteral("--reason"), QStringLiteral("Trùng"),
                              QStringLiteral("--duplicate-of"), QStringLiteral("999999")})
                     .exitCode,
                 4);
        QCOMPARE(coordinator({QStringLiteral("reject"), copy, QStringLiteral("--reason"), QStringLiteral("Trùng"),
                              QStringLiteral("--duplicate-of"), original})
                     .exitCode,
                 0);
        const QJsonObject shown =
            coordinator({QStringLiteral("question"), QStringLiteral("show"), copy, QStringLiteral("--json")}).object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(shown.value(QStringLiteral("duplicate_of")).toString().startsWith(QStringLiteral("HD-")));
        QCOMPARE(coordinator({QStringLiteral("route"), copy, QStringLiteral("--department"), QStringLiteral("STP")}).exitCode, 5);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expected");
        const QString longTitle(501, QLatin1Char('x'));
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << 2;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("question"), QStringLiteral("list"), QStringLiteral("--colour")} << 2;
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("question"), QStringLiteral("list"), QStringLiteral("--reason"), QStringLiteral("x")} << 2;
        QTest::newRow("missing title") << QStringList{QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--body"), QStringLiteral("b")} << 2;
        QTest::newRow("empty title")
            << QStringList{QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("   "),
                           QStringLiteral("--body"), QStringLiteral("b")}
            << 2;
        QTest::newRow("oversize title")
            << QStringList{QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), longTitle,
                           QStringLiteral("--body"), QStringLiteral("b")}
            << 2;
        QTest::newRow("oversize body")
            << QStringList{QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("t"),
                           QStringLiteral("--body"), QString(20001, QLatin1Char('b'))}
            << 2;
        QTest::newRow("bad channel")
            << QStringList{QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("t"),
                           QStringLiteral("--body"), QStringLiteral("b"), QStringLiteral("--channel"), QStringLiteral("fax")}
            << 2;
        QTest::newRow("bad received time")
            << QStringList{QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("t"),
                           QStringLiteral("--body"), QStringLiteral("b"), QStringLiteral("--received"), QStringLiteral("yesterday")}
            << 2;
        QTest::newRow("unknown category")
            << QStringList{QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("t"),
                           QStringLiteral("--body"), QStringLiteral("b"), QStringLiteral("--category"), QStringLiteral("Không có")}
            << 4;
        QTest::newRow("unknown question") << QStringList{QStringLiteral("question"), QStringLiteral("show"), QStringLiteral("HD-2020-999999")} << 4;
        QTest::newRow("bad due date")
            << QStringList{QStringLiteral("route"), QStringLiteral("1"), QStringLiteral("--department"), QStringLiteral("STP"),
                           QStringLiteral("--due"), QStringLiteral("31/12/2025")}
            << 2;
        QTest::newRow("wrong state") << QStringList{QStringLiteral("unpublish"), QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("x")} << 5;
        QTest::newRow("coordinator may not draft") << QStringList{QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("--text"), QStringLiteral("x")} << 3;
        QTest::newRow("coordinator may not add users")
            << QStringList{QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("XYZ"), QStringLiteral("--name"), QStringLiteral("X")} << 3;
        QTest::newRow("missing body file")
            << QStringList{QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("t"),
                           QStringLiteral("--body-file"), QStringLiteral("/nonexistent/file.txt")}
            << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expected);
        const int questions = count(QStringLiteral("questions"));
        const int events = count(QStringLiteral("audit_events"));
        const CliResult r = coordinator(arguments);
        QCOMPARE(r.exitCode, expected);
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(r.err.count('\n'), 1); // one sentence
        QCOMPARE(count(QStringLiteral("questions")), questions);
        QCOMPARE(count(QStringLiteral("audit_events")), events);
    }

    void jsonErrors()
    {
        const CliResult r = coordinator({QStringLiteral("question"), QStringLiteral("show"), QStringLiteral("424242"),
                                         QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject error = QJsonDocument::fromJson(r.err).object();
        QCOMPARE(error.value(QStringLiteral("exit")).toInt(), 4);
        QVERIFY(!error.value(QStringLiteral("error")).toString().isEmpty());
    }

    void invalidUtf8IsRefused()
    {
        const int before = count(QStringLiteral("questions"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DANHOI_DB"), m_cli->database());
        env.insert(QStringLiteral("DANHOI_PASSWORD"), coordinatorPassword);
        process.setProcessEnvironment(env);
        // Arguments go through the shell as raw bytes: \xC3\x28 is not UTF-8.
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("exec \"$0\" --user dieuphoi question add --title \"$(printf 'bad \\303\\050')\" --body b"),
                       QStringLiteral(DANHOI_CLI)});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);

        const QString file = m_dir.filePath(QStringLiteral("latin1.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("c\xe2u h\xf4i ti\xeang Vi\xea\x74 Latin-1\n");
        out.close();
        const CliResult r = coordinator({QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"),
                                         QStringLiteral("t"), QStringLiteral("--body-file"), file});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(count(QStringLiteral("questions")), before);
    }

    void queryStartingWithDash()
    {
        const CliResult r = coordinator({QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"),
                                         QStringLiteral("-5 độ C có được nghỉ học?"), QStringLiteral("--body"),
                                         QStringLiteral("--không phải tùy chọn"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = QString::number(r.object().value(QStringLiteral("id")).toInt());
        // Global options before the command; after "--" everything is an argument.
        QCOMPARE(m_cli->run({QStringLiteral("--user"), QStringLiteral("dieuphoi"), QStringLiteral("question"), QStringLiteral("show"),
                             QStringLiteral("--json"), QStringLiteral("--"), id},
                            coordinatorPassword)
                     .object()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("-5 độ C có được nghỉ học?"));
    }

    void authentication()
    {
        QCOMPARE(m_cli->as(QStringLiteral("dieuphoi"), QStringLiteral("wrong-password"), {QStringLiteral("question"), QStringLiteral("list")})
                     .exitCode,
                 6);
        QCOMPARE(m_cli->as(QStringLiteral("nobody"), QStringLiteral("whatever-1"), {QStringLiteral("question"), QStringLiteral("list")})
                     .exitCode,
                 6);
        QCOMPARE(m_cli->run({QStringLiteral("question"), QStringLiteral("list")}, coordinatorPassword).exitCode, 2); // no --user
        // Five wrong passwords lock the account, even for the right password afterwards. On PostgreSQL the login and
        // its lockout are the server's (docs/postgresql-security.md), so only the disabled account is checked there.
        const bool server = danhoi::test::BackendUnderTest::isPostgres();
        const CliResult added = m_cli->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("khoa"),
                                            QStringLiteral("--role"), QStringLiteral("coordinator"), QStringLiteral("--user"),
                                            QStringLiteral("admin")},
                                           adminPassword, {{QStringLiteral("DANHOI_NEW_PASSWORD"), QStringLiteral("right-pass-1")}});
        QCOMPARE(added.exitCode, 0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_cli->as(QStringLiteral("khoa"), QStringLiteral("wrong-pass"), {QStringLiteral("question"), QStringLiteral("list")}).exitCode, 6);
        const CliResult locked = m_cli->as(QStringLiteral("khoa"), QStringLiteral("right-pass-1"), {QStringLiteral("question"), QStringLiteral("list")});
        QCOMPARE(locked.exitCode, server ? 0 : 6);
        QVERIFY(server || !locked.err.isEmpty());
        // A disabled account is refused.
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("khoa")}).exitCode, 0);
        QCOMPARE(m_cli->as(QStringLiteral("khoa"), QStringLiteral("right-pass-1"), {QStringLiteral("question"), QStringLiteral("list")}).exitCode, 6);
    }

    void initTwiceConflicts()
    {
        const CliResult r = m_cli->run({QStringLiteral("init"), QStringLiteral("--agency"), QStringLiteral("Khác"),
                                        QStringLiteral("--admin"), QStringLiteral("admin2")},
                                       adminPassword);
        QCOMPARE(r.exitCode, 5);
    }

    void listsAndMaintenance()
    {
        QCOMPARE(admin({QStringLiteral("department"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 2);
        QCOMPARE(admin({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("stp"), QStringLiteral("--name"),
                        QStringLiteral("Trùng mã")})
                     .exitCode,
                 5);
        QCOMPARE(admin({QStringLiteral("category"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 1);
        QVERIFY(admin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}).array().size() >= 5);
        QVERIFY(admin({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")}).array().size() > 10);
        QCOMPARE(clerk({QStringLiteral("audit"), QStringLiteral("list")}).exitCode, 3);
        QCOMPARE(admin({QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
        const CliResult upgrade = admin({QStringLiteral("db"), QStringLiteral("upgrade"), QStringLiteral("--json")});
        QCOMPARE(upgrade.exitCode, 0);
        QCOMPARE(upgrade.object().value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(upgrade.object().value(QStringLiteral("upgraded_from")).isNull()); // it was current
        QVERIFY(upgrade.object().value(QStringLiteral("schema_version")).toInt() >= 9);
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        if (danhoi::test::BackendUnderTest::isPostgres()) { // the office's pg_dump (docs/office-server.md), not DanHoi
            const CliResult refused = admin({QStringLiteral("backup"), QStringLiteral("--out"), backup});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains("pg_dump"), refused.err.constData());
            QVERIFY(!QFile::exists(backup));
            return;
        }
        QCOMPARE(admin({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
        QVERIFY(QFile::exists(backup));
        QCOMPARE(admin({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 5); // never overwrites
        const CliRunner copy(backup);
        QCOMPARE(copy.as(QStringLiteral("admin"), adminPassword, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void tamperingIsDetected()
    {
        if (danhoi::test::BackendUnderTest::isPostgres()) { // only the owner can change an audit row on the server
            danhoi::Database& owner = *m_backend.db;
            const QString note = danhoi::test::scalar(owner, QStringLiteral("SELECT note FROM audit_events WHERE seq = 3")).toString();
            QVERIFY(danhoi::test::execSql(owner, QStringLiteral("UPDATE audit_events SET note = 'sửa lén' WHERE seq = 3")));
            const CliResult r = admin({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
            QVERIFY(danhoi::test::execSql(owner, QStringLiteral("UPDATE audit_events SET note = '%1' WHERE seq = 3")
                                                     .arg(QString(note).replace(QLatin1Char('\''), QStringLiteral("''")))));
            QCOMPARE(r.exitCode, 7);
            QCOMPARE(r.object().value(QStringLiteral("first_bad_seq")).toInt(), 3);
            QCOMPARE(admin({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
            return;
        }
        const QString copyPath = m_dir.filePath(QStringLiteral("tampered.sqlite"));
        QCOMPARE(admin({QStringLiteral("backup"), QStringLiteral("--out"), copyPath}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(copyPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_events SET note = 'sửa lén' WHERE seq = 3")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const CliRunner tampered(copyPath);
        const CliResult r = tampered.as(QStringLiteral("admin"), adminPassword, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(r.object().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(r.object().value(QStringLiteral("first_bad_seq")).toInt(), 3);
    }

    void newerSchemaIsRefused()
    {
        if (danhoi::test::BackendUnderTest::isPostgres()) {
            danhoi::Database& owner = *m_backend.db;
            const int version = danhoi::test::scalar(owner, QStringLiteral("SELECT version FROM schema_version")).toInt();
            QVERIFY(danhoi::test::execSql(owner, QStringLiteral("UPDATE schema_version SET version = 999")));
            const CliResult r = admin({QStringLiteral("db"), QStringLiteral("check")});
            QVERIFY(danhoi::test::execSql(owner, QStringLiteral("UPDATE schema_version SET version = %1").arg(version)));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("999"), r.err.constData());
            return;
        }
        const QString copyPath = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QCOMPARE(admin({QStringLiteral("backup"), QStringLiteral("--out"), copyPath}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(copyPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const CliResult r = CliRunner(copyPath).as(QStringLiteral("admin"), adminPassword, {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("999"));
    }

    void missingDatabaseIsNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("typo.sqlite"));
        const CliResult r = CliRunner(path).as(QStringLiteral("admin"), adminPassword, {QStringLiteral("question"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path));
    }

    void errorsInTheUsersLanguage()
    {
        const QStringList args{QStringLiteral("question"), QStringLiteral("show"), QStringLiteral("HD-2020-999999")};
        const CliResult english = coordinator(args);
        QCOMPARE(english.exitCode, 4);
        QVERIFY(english.err.contains("There is no question"));
        const CliResult vietnamese = m_cli->as(QStringLiteral("dieuphoi"), coordinatorPassword, args,
                                               {{QStringLiteral("LANG"), QStringLiteral("vi_VN.UTF-8")},
                                                {QStringLiteral("LC_ALL"), QString()}});
        QCOMPARE(vietnamese.exitCode, 4);
        QVERIFY2(vietnamese.err.contains("Không có câu hỏi"), vietnamese.err.constData());
    }

    void helpAndVersion()
    {
        const CliResult help = m_cli->run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("transfer-request"));
        QVERIFY(help.out.contains("Exit codes"));
        QCOMPARE(m_cli->run({QStringLiteral("--version")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
