// danhoi-cli import, publish, redaction and unpublish end to end, with the bundle loaded in headless Chromium.
#include "cli/CliRunner.h"
#include "support/TestDatabase.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString adminPassword = QStringLiteral("admin-pass-1");
const QString coordinatorPassword = QStringLiteral("coord-pass-1");
const QString clerkPassword = QStringLiteral("clerk-pass-1");
const QString supervisorPassword = QStringLiteral("super-pass-1");
const QString otherPassword = QStringLiteral("other-pass-1");
const QString chromium = QStringLiteral("/usr/bin/chromium");

// The asker's own details: none may reach any public file, in any form.
const QStringList askerSecrets = {QStringLiteral("0987654321"), QStringLiteral("0987 654 321"),
                                  QStringLiteral("hoang.duc@example.vn"), QStringLiteral("Xóm 3, xã Nghi Phong"),
                                  QStringLiteral("040912345678")};
// Found in the text by the automatic redaction.
const QStringList textSecrets = {QStringLiteral("0912.345.678"), QStringLiteral("+84 912 345 679"),
                                 QStringLiteral("lan.nguyen@gmail.com"), QStringLiteral("001203004005")};

// Payloads build their markers at run time, so a marker in the page proves a script ran.
const QString hostile = QStringLiteral(
    "<script>document.title='PW'+'NED'</script><img src=x onerror=\"document.body.appendChild(Object.assign("
    "document.createElement('div'),{id:'xss'+'hit'}))\"><svg onload=\"document.title='PW'+'NED'\"></svg>"
    "\"><script>document.title='PW'+'NED'</script>' onmouseover='x");

const QString hostileShort = QStringLiteral("<img src=x onerror=\"document.title='PW'+'NED'\"><script>x</script>");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Every file of the bundle, as text.
QString bundleText(const QString& dir)
{
    QString all;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        all += QString::fromUtf8(readAll(it.next())) + QLatin1Char('\n');
    return all;
}

QByteArray dumpDom(const QString& page, const QString& profile)
{
    QProcess process;
    process.start(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                             QStringLiteral("--disable-background-networking"), QStringLiteral("--no-first-run"),
                             QStringLiteral("--user-data-dir=") + profile, QStringLiteral("--virtual-time-budget=3000"),
                             QStringLiteral("--dump-dom"), QUrl::fromLocalFile(page).toString()});
    process.waitForFinished(120000);
    return process.readAllStandardOutput();
}
} // namespace

class TestCliImportPublish : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    danhoi::test::BackendUnderTest m_backend;
    std::unique_ptr<CliRunner> m_cli;
    QStringList m_refs;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    CliResult coordinator(const QStringList& args) const
    {
        return m_cli->as(QStringLiteral("dieuphoi"), coordinatorPassword, args);
    }
    int questionCount() const
    {
        return coordinator({QStringLiteral("question"), QStringLiteral("list"), QStringLiteral("--json")}).array().size();
    }
    void answerAndApprove(const QString& ref, const QString& answer)
    {
        QCOMPARE(coordinator({QStringLiteral("route"), ref, QStringLiteral("--department"), QStringLiteral("SLDTBXH")}).exitCode,
                 0);
        const CliResult drafted = m_cli->as(QStringLiteral("chuyenvien"), clerkPassword,
                                            {QStringLiteral("draft"), ref, QStringLiteral("--text"), answer});
        QVERIFY2(drafted.exitCode == 0, drafted.err.constData());
        QCOMPARE(m_cli->as(QStringLiteral("chuyenvien"), clerkPassword, {QStringLiteral("submit"), ref}).exitCode, 0);
        QCOMPARE(m_cli->as(QStringLiteral("lanhdao"), supervisorPassword, {QStringLiteral("approve"), ref}).exitCode, 0);
    }
    CliResult publish(const QString& out, const QStringList& extra = {}) const
    {
        return coordinator(QStringList{QStringLiteral("publish")} + extra
                           + QStringList{QStringLiteral("--out"), out, QStringLiteral("--json")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString location = m_backend.locationForCli(file(QStringLiteral("danhoi.sqlite")));
        QVERIFY(!location.isEmpty());
        m_cli = std::make_unique<CliRunner>(location);
        QCOMPARE(m_cli->run({QStringLiteral("init"), QStringLiteral("--agency"), QStringLiteral("UBND tỉnh Nghệ An"),
                             QStringLiteral("--admin"), QStringLiteral("admin")},
                            adminPassword)
                     .exitCode,
                 0);
        for (const auto& [code, name] :
             {std::pair{"SLDTBXH", "Sở Lao động - Thương binh và Xã hội"}, std::pair{"STP", "Sở Tư pháp"}})
            QCOMPARE(m_cli->as(QStringLiteral("admin"), adminPassword,
                               {QStringLiteral("department"), QStringLiteral("add"), QLatin1String(code),
                                QStringLiteral("--name"), QString::fromUtf8(name)})
                         .exitCode,
                     0);
        const QList<std::tuple<QString, QString, QString, QString>> users = {
            {QStringLiteral("dieuphoi"), QStringLiteral("coordinator"), QString(), coordinatorPassword},
            {QStringLiteral("chuyenvien"), QStringLiteral("clerk"), QStringLiteral("SLDTBXH"), clerkPassword},
            {QStringLiteral("lanhdao"), QStringLiteral("supervisor"), QStringLiteral("SLDTBXH"), supervisorPassword},
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
        QCOMPARE(m_cli->as(QStringLiteral("admin"), adminPassword,
                           {QStringLiteral("setting"), QStringLiteral("set"), QStringLiteral("agency.portal_base_url"),
                            QStringLiteral("https://nghean.gov.vn/dan-hoi")})
                     .exitCode,
                 0);
    }

    // Each malformed file: exit 2, a clear message, nothing written.
    void importFailures_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid record") << "a.jsonl"
                                        << QByteArray("{\"title\":\"Hỏi\",\"body\":\"Nội dung\"}\n"
                                                      "{\"title\":\"\",\"body\":\"x\"}\n"
                                                      "{\"title\":\"Hỏi 3\",\"body\":\"y\",\"channel\":\"fax\"}\n")
                                        << "line 2";
        QTest::newRow("truncated") << "b.json" << QByteArray("[{\"title\":\"Hỏi\",\"body\":\"Nội dung\"},{\"title\":\"Hỏ")
                                   << "truncated";
        QTest::newRow("wrong encoding") << "c.csv" << QByteArray("title,body\n\xe9t\xe9,caf\xe9\n") << "UTF-8";
        QTest::newRow("binary") << "d.csv" << QByteArray("title,body\n\x00\x01\x02\xff\xfe", 16) << "";
        QTest::newRow("huge line") << "e.jsonl"
                                   << (QByteArray("{\"title\":\"a\",\"body\":\"") + QByteArray(300 * 1024, 'x') + "\"}\n")
                                   << "line 1";
    }
    void importFailures()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QVERIFY(writeFile(file(name), content));
        const CliResult r = coordinator({QStringLiteral("import"), file(name)});
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(expected, Qt::CaseInsensitive), r.err.constData());
        QCOMPARE(questionCount(), 0);
    }

    void importTooBigFile()
    {
        QFile big(file(QStringLiteral("big.jsonl")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(129LL * 1024 * 1024)); // sparse: 129 MB without writing them
        big.close();
        const CliResult r = coordinator({QStringLiteral("import"), big.fileName()});
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains("MB"), r.err.constData());
        QCOMPARE(questionCount(), 0);
    }

    void importProblemsListEveryLine()
    {
        const CliResult r = coordinator({QStringLiteral("import"), file(QStringLiteral("a.jsonl")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 2);
        const QJsonArray problems = r.object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("title"));
        QCOMPARE(problems.at(1).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(problems.at(1).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("channel"));
        QCOMPARE(questionCount(), 0);
    }

    void importDryRunThenRealThenAgain()
    {
        // CSV with BOM and semicolons; the hostile and the personal data go in through the import.
        auto cell = [](QString v) { return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
        QStringList rows = {QStringLiteral("external_id;title;body;channel;received_at;asker_name;asker_locality;"
                                           "asker_phone;asker_email;asker_address;asker_id_number")};
        rows << QStringList{QStringLiteral("P-1"), cell(QStringLiteral("Trợ cấp thất nghiệp")),
                            cell(QStringLiteral("Tôi ở Xóm 3, xã Nghi Phong, số 0987 654 321, thư hoang.duc@example.vn, "
                                                "CCCD 040912345678. Vợ tôi 0912.345.678 hoặc +84 912 345 679, "
                                                "lan.nguyen@gmail.com, CCCD 001203004005. Theo Nghị định 20/2021/NĐ-CP "
                                                "mức 360.000 đồng, gọi đường dây nóng 1022.")),
                            QStringLiteral("portal"), QStringLiteral("2025-03-04T09:30:00+07:00"),
                            cell(QStringLiteral("Hoàng Văn Đức")), cell(QStringLiteral("xã Nghi Phong, huyện Nghi Lộc")),
                            QStringLiteral("0987654321"), QStringLiteral("hoang.duc@example.vn"),
                            cell(QStringLiteral("Xóm 3, xã Nghi Phong")), QStringLiteral("040912345678")}
                    .join(QLatin1Char(';'));
        rows << QStringList{QStringLiteral("P-2"), cell(hostile + QStringLiteral(" tiêu đề")), cell(hostile),
                            QStringLiteral("email"), QStringLiteral("2025-03-05T10:00:00+07:00"), cell(hostileShort),
                            cell(hostileShort), QString(), QString(), QString(), QString()}
                    .join(QLatin1Char(';'));
        rows << QStringList{QStringLiteral("P-3"), cell(QStringLiteral("Sẽ thu hồi")), cell(QStringLiteral("Câu hỏi ba")),
                            QStringLiteral("letter"), QStringLiteral("2025-03-06T08:00:00+07:00"),
                            cell(QStringLiteral("Lê Thị Ba")), QString(), QString(), QString(), QString(), QString()}
                    .join(QLatin1Char(';'));
        const QString path = file(QStringLiteral("portal.csv"));
        QVERIFY(writeFile(path, "\xEF\xBB\xBF" + rows.join(QStringLiteral("\r\n")).toUtf8() + "\r\n"));

        CliResult r = coordinator({QStringLiteral("import"), path, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.object().value(QStringLiteral("imported")).toArray().size(), 3);
        QCOMPARE(questionCount(), 0);

        r = coordinator({QStringLiteral("import"), path, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray imported = r.object().value(QStringLiteral("imported")).toArray();
        QCOMPARE(imported.size(), 3);
        for (const QJsonValue& v : imported)
            m_refs.append(v.toObject().value(QStringLiteral("ref")).toString());
        QCOMPARE(imported.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(questionCount(), 3);
        // The record event's note is stored language-neutral and shown in the reader's language.
        const CliResult shown = coordinator({QStringLiteral("question"), QStringLiteral("show"), m_refs.at(0)});
        QVERIFY2(shown.out.contains("import portal.csv, line 2"), shown.out.constData());

        r = coordinator({QStringLiteral("import"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(QStringLiteral("imported")).toArray().size(), 0);
        QCOMPARE(r.object().value(QStringLiteral("duplicates")).toArray().size(), 3);
        QCOMPARE(questionCount(), 3);
    }

    void publishRedactsEverything()
    {
        QCOMPARE(m_refs.size(), 3);
        answerAndApprove(m_refs.at(0), QStringLiteral("Ông Đức (0987654321) liên hệ Phòng LĐTBXH; chị Lan gọi "
                                                      "0912 345 678. Nghị định 20/2021/NĐ-CP: 360.000 đồng."));
        answerAndApprove(m_refs.at(1), hostile + QStringLiteral("\n\n[bấm vào](javascript:document.title='PW'+'NED') "
                                                                "[xem](JaVaScRiPt:alert(1)) <a href=\"javascript:x\">a</a>\n\n"
                                                                "<iframe src=\"javascript:alert(1)\"></iframe>\n\n**đậm**"));
        answerAndApprove(m_refs.at(2), QStringLiteral("Trả lời ba."));
        const QString out = file(QStringLiteral("bundle"));
        const CliResult r = publish(out, {QStringLiteral("--all-approved")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(QStringLiteral("items")).toInt(), 3);
        for (const QString& name : {QStringLiteral("index.html"), QStringLiteral("feed.atom"), QStringLiteral("items.json")})
            QVERIFY2(QFile::exists(out + QLatin1Char('/') + name), qPrintable(name));
        for (const QString& ref : std::as_const(m_refs))
            QVERIFY(QFile::exists(QStringLiteral("%1/items/%2.html").arg(out, ref)));

        const QString all = bundleText(out);
        for (const QString& secret : askerSecrets + textSecrets)
            QVERIFY2(!all.contains(secret), qPrintable(secret));
        QVERIFY(all.contains(QStringLiteral("20/2021/NĐ-CP")));
        QVERIFY(all.contains(QStringLiteral("360.000 đồng")));
        QVERIFY(all.contains(QStringLiteral("1022")));
        QVERIFY(all.contains(QStringLiteral("[đã ẩn]")));

        const QJsonArray items = QJsonDocument::fromJson(readAll(out + QStringLiteral("/items.json"))).array();
        QCOMPARE(items.size(), 3);
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            for (const char* key : {"ref", "title", "question", "answer_html", "asker", "received_date", "answered_date",
                                    "published_at"})
                QVERIFY2(item.value(QLatin1String(key)).isString(), key);
            QCOMPARE(item.value(QStringLiteral("department")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("SLDTBXH"));
            QVERIFY(item.contains(QStringLiteral("field")));
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))
                        .match(item.value(QStringLiteral("received_date")).toString())
                        .hasMatch());
            QVERIFY(item.value(QStringLiteral("published_at")).toString().endsWith(QStringLiteral("+07:00")));
            for (const QString& field : {QStringLiteral("asker_phone"), QStringLiteral("asker_email"),
                                         QStringLiteral("asker_address"), QStringLiteral("asker_id_number")})
                QVERIFY(!item.contains(field));
        }
        // The first item's public text, with the full-name asker line.
        const QJsonObject first = items.at(items.size() - 1).toObject();
        QCOMPARE(first.value(QStringLiteral("ref")).toString(), m_refs.at(0));
        QCOMPARE(first.value(QStringLiteral("asker")).toString(), QStringLiteral("Hoàng Văn Đức – xã Nghi Phong, huyện Nghi Lộc"));
    }

    void scriptsNeverRunInChromium()
    {
        QVERIFY2(QFile::exists(chromium), "headless Chromium is missing: run scripts/test.sh (it installs chromium) "
                                          "— the XSS test cannot prove anything without it");
        QCOMPARE(m_refs.size(), 3);
        const QString out = file(QStringLiteral("bundle"));
        QTemporaryDir profile;
        const QStringList pages = {out + QStringLiteral("/index.html"),
                                   QStringLiteral("%1/items/%2.html").arg(out, m_refs.at(1))};
        for (const QString& page : pages) {
            const QByteArray dom = dumpDom(page, profile.path());
            QVERIFY2(dom.contains("</html>"), qPrintable(QStringLiteral("Chromium gave no DOM for %1").arg(page)));
            QVERIFY2(dom.contains("PW'+'NED") || dom.contains("PW&#39;+&#39;NED") || dom.contains("xss'+'hit"),
                     "the payload text should be shown as text");
            QVERIFY2(!dom.contains("PWNED"), qPrintable(QStringLiteral("a script set the title in %1").arg(page)));
            QVERIFY2(!dom.contains("xsshit"), qPrintable(QStringLiteral("a script added an element in %1").arg(page)));
            const QString text = QString::fromUtf8(dom);
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("<(script|iframe|svg|img)\\b[^>]*>"),
                                                       QRegularExpression::CaseInsensitiveOption))
                         || !text.contains(QRegularExpression(QStringLiteral("\\son\\w+\\s*="))),
                     "a live element with an event handler");
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("(href|src)\\s*=\\s*\"\\s*javascript:"),
                                                       QRegularExpression::CaseInsensitiveOption)),
                     "a javascript: link");
        }
    }

    void manualChoicesAreStoredAuditedAndApplied()
    {
        const QString ref = m_refs.at(0);
        CliResult r = coordinator({QStringLiteral("redaction"), QStringLiteral("hide"), ref, QStringLiteral("Phòng LĐTBXH"),
                                   QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.object().value(QStringLiteral("public_answer")).toString().contains(QStringLiteral("Phòng LĐTBXH")));
        // A clerk may not change what the public sees.
        QCOMPARE(m_cli->as(QStringLiteral("chuyenvien"), clerkPassword,
                           {QStringLiteral("redaction"), QStringLiteral("hide"), ref, QStringLiteral("ba")})
                     .exitCode,
                 3);
        const CliResult audit = coordinator({QStringLiteral("audit"), QStringLiteral("list"), ref, QStringLiteral("--json")});
        QVERIFY2(audit.out.contains("redaction") && audit.out.contains("Phòng LĐTBXH"), audit.out.constData());

        // A later publish (of nothing new) applies it.
        const QString out = file(QStringLiteral("bundle"));
        r = publish(out);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString item = QString::fromUtf8(readAll(QStringLiteral("%1/items/%2.html").arg(out, ref)));
        QVERIFY(!item.contains(QStringLiteral("Phòng LĐTBXH")));
        QVERIFY(!bundleText(out).contains(QStringLiteral("Phòng LĐTBXH")));
        QVERIFY(item.contains(QStringLiteral("[đã ẩn]")));
    }

    void askerLineFollowsTheSetting()
    {
        QCOMPARE(m_cli->as(QStringLiteral("admin"), adminPassword,
                           {QStringLiteral("setting"), QStringLiteral("set"), QStringLiteral("publish.asker_line"),
                            QStringLiteral("initials")})
                     .exitCode,
                 0);
        const QString out = file(QStringLiteral("bundle"));
        QCOMPARE(publish(out).exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(readAll(out + QStringLiteral("/items.json"))).array();
        QCOMPARE(items.last().toObject().value(QStringLiteral("asker")).toString(),
                 QStringLiteral("H.V.Đ. – xã Nghi Phong, huyện Nghi Lộc"));
        QVERIFY(!bundleText(out).contains(QStringLiteral("Hoàng Văn Đức")));
    }

    // Another department's clerk exports the public version: the redacted text, never the original.
    void otherDepartmentsExportIsThePublicText()
    {
        // The own department exports the original.
        const QString own = file(QStringLiteral("own.json"));
        QCOMPARE(m_cli->as(QStringLiteral("chuyenvien"), clerkPassword,
                           {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), own})
                     .exitCode,
                 0);
        QVERIFY(QString::fromUtf8(readAll(own)).contains(QStringLiteral("0912.345.678")));

        const QString path = file(QStringLiteral("tuphap.json"));
        const CliResult r = m_cli->as(QStringLiteral("tuphap"), otherPassword,
                                      {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("--out"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = QString::fromUtf8(readAll(path));
        for (const QString& secret : askerSecrets + textSecrets + QStringList{QStringLiteral("Phòng LĐTBXH")})
            QVERIFY2(!text.contains(secret), qPrintable(secret));
        QVERIFY2(text.contains(m_refs.at(0)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("[đã ẩn]")));
    }

    void unpublishRemovesTheItemOnTheNextPublish()
    {
        const QString ref = m_refs.at(2);
        const QString out = file(QStringLiteral("bundle"));
        QCOMPARE(coordinator({QStringLiteral("unpublish"), ref, QStringLiteral("--reason"), QStringLiteral("sai sót")}).exitCode, 0);
        const CliResult r = publish(out);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(QStringLiteral("items")).toInt(), 2);
        QVERIFY(!QFile::exists(QStringLiteral("%1/items/%2.html").arg(out, ref)));
        QVERIFY(!readAll(out + QStringLiteral("/items.json")).contains(ref.toUtf8()));
        QVERIFY(!readAll(out + QStringLiteral("/index.html")).contains(ref.toUtf8()));
        QVERIFY(!readAll(out + QStringLiteral("/feed.atom")).contains(ref.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCliImportPublish)
#include "tst_cli_importpublish.moc"
