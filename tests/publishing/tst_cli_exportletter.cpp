// danhoi-cli export and letter end to end: files written, exit codes, visibility and permissions.
#include "cli/CliRunner.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString adminPassword = QStringLiteral("admin-pass-1");
const QString coordinatorPassword = QStringLiteral("coord-pass-1");
const QString clerkPassword = QStringLiteral("clerk-pass-1");
const QString supervisorPassword = QStringLiteral("super-pass-1");
const QString otherPassword = QStringLiteral("other-pass-1");
const QString answer = QStringLiteral("Theo Nghị định số 20/2021/NĐ-CP, mức trợ cấp là 360.000 đồng/tháng; "
                                      "Ông/Bà liên hệ Phòng Lao động - Thương binh và Xã hội để được hướng dẫn.");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}
} // namespace

class TestCliExportLetter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    danhoi::test::BackendUnderTest m_backend;
    std::unique_ptr<CliRunner> m_cli;
    QString m_ref;

    CliResult as(const QString& user, const QString& password, const QStringList& args) const
    {
        return m_cli->as(user, password, args);
    }
    CliResult coordinator(const QStringList& args) const { return as(QStringLiteral("dieuphoi"), coordinatorPassword, args); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

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
        for (const auto& [code, name] : {std::pair{"SLDTBXH", "Sở Lao động - Thương binh và Xã hội"}, std::pair{"STP", "Sở Tư pháp"}})
            QCOMPARE(as(QStringLiteral("admin"), adminPassword,
                        {QStringLiteral("department"), QStringLiteral("add"), QLatin1String(code), QStringLiteral("--name"),
                         QString::fromUtf8(name)})
                         .exitCode,
                     0);
        const QList<std::tuple<QString, QString, QString, QString, QString>> users = {
            {QStringLiteral("dieuphoi"), QStringLiteral("coordinator"), QString(), coordinatorPassword, QStringLiteral("Lê Phối")},
            {QStringLiteral("chuyenvien"), QStringLiteral("clerk"), QStringLiteral("SLDTBXH"), clerkPassword, QStringLiteral("Trần Bình")},
            {QStringLiteral("lanhdao"), QStringLiteral("supervisor"), QStringLiteral("SLDTBXH"), supervisorPassword,
             QStringLiteral("Võ Thị Thu Hương")},
            {QStringLiteral("tuphap"), QStringLiteral("clerk"), QStringLiteral("STP"), otherPassword, QStringLiteral("Phạm Pháp")},
        };
        for (const auto& [name, roles, department, password, display] : users) {
            QStringList args{QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), roles,
                             QStringLiteral("--display"), display, QStringLiteral("--user"), QStringLiteral("admin")};
            if (!department.isEmpty())
                args << QStringLiteral("--department") << department;
            const CliResult r = m_cli->run(args, adminPassword, {{QStringLiteral("DANHOI_NEW_PASSWORD"), password}});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        const CliResult added = coordinator(
            {QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("=HYPERLINK(\"http://x\",\"trợ cấp\")"),
             QStringLiteral("--body"), QStringLiteral("+84 hỏi về trợ cấp, \"gấp\"\nDòng hai"), QStringLiteral("--asker-name"),
             QStringLiteral("Hoàng Văn Đức"), QStringLiteral("--asker-address"), QStringLiteral("Xóm 3, xã Nghi Phong"),
             QStringLiteral("--received"), QStringLiteral("2025-03-04T09:30"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_ref = added.object().value(QStringLiteral("ref")).toString();
        QCOMPARE(coordinator({QStringLiteral("route"), m_ref, QStringLiteral("--department"), QStringLiteral("SLDTBXH")}).exitCode, 0);
        QCOMPARE(as(QStringLiteral("chuyenvien"), clerkPassword, {QStringLiteral("draft"), m_ref, QStringLiteral("--text"), answer}).exitCode,
                 0);
        QCOMPARE(as(QStringLiteral("chuyenvien"), clerkPassword, {QStringLiteral("submit"), m_ref}).exitCode, 0);
        QCOMPARE(coordinator({QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Chưa duyệt"),
                              QStringLiteral("--body"), QStringLiteral("Nội dung")})
                     .exitCode,
                 0);
    }

    void letterNeedsAnApprovedAnswer()
    {
        QCOMPARE(as(QStringLiteral("chuyenvien"), clerkPassword,
                    {QStringLiteral("letter"), m_ref, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                     file(QStringLiteral("early.pdf"))})
                     .exitCode,
                 5);
        QVERIFY(!QFile::exists(file(QStringLiteral("early.pdf"))));
        QCOMPARE(as(QStringLiteral("lanhdao"), supervisorPassword, {QStringLiteral("approve"), m_ref}).exitCode, 0);
    }

    void csvExport()
    {
        const QString path = file(QStringLiteral("out.csv"));
        const CliResult r = coordinator({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                         QStringLiteral("--out"), path, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(QStringLiteral("rows")).toInt(), 2);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.contains(QStringLiteral(",approved,Đã phê duyệt,")));
        QVERIFY(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\",\"\"trợ cấp\"\")\",\"'+84 hỏi về trợ cấp, \"\"gấp\"\"\nDòng hai\",")));
        QVERIFY(text.contains(answer));
    }

    void xlsxAndJsonExports()
    {
        const QString xlsx = file(QStringLiteral("out.xlsx"));
        QCOMPARE(coordinator({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx})
                     .exitCode,
                 0);
        QVERIFY(!run(QStringLiteral("unzip"), {QStringLiteral("-t"), xlsx}).isEmpty());
        const QByteArray sheet = run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(sheet.contains(answer.toUtf8()));
        const QString json = file(QStringLiteral("out.json"));
        QCOMPARE(coordinator({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--status"),
                              QStringLiteral("approved"), QStringLiteral("--department"), QStringLiteral("SLDTBXH"),
                              QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"), QStringLiteral("04/03/2025"),
                              QStringLiteral("--out"), json})
                     .exitCode,
                 0);
        const QJsonArray rows = QJsonDocument::fromJson(readAll(json)).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("ref")).toString(), m_ref);
    }

    void exportRespectsVisibility()
    {
        // A clerk of another department sees none of these (nothing is published).
        const QString path = file(QStringLiteral("other.json"));
        const CliResult r = as(QStringLiteral("tuphap"), otherPassword,
                               {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                                path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(QStringLiteral("rows")).toInt(), 0);
        QCOMPARE(QJsonDocument::fromJson(readAll(path)).array().size(), 0);
    }

    void badUsage()
    {
        QCOMPARE(coordinator({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("--out"),
                              file(QStringLiteral("x"))})
                     .exitCode,
                 2);
        QCOMPARE(coordinator({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")}).exitCode, 2);
        QCOMPARE(coordinator({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--from"),
                              QStringLiteral("hôm qua"), QStringLiteral("--out"), file(QStringLiteral("x"))})
                     .exitCode,
                 2);
        QCOMPARE(coordinator({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--status"),
                              QStringLiteral("done"), QStringLiteral("--out"), file(QStringLiteral("x"))})
                     .exitCode,
                 2);
        QCOMPARE(coordinator({QStringLiteral("letter"), m_ref, QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"),
                              file(QStringLiteral("x"))})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(file(QStringLiteral("x"))));
    }

    void letters()
    {
        const QString pdf = file(QStringLiteral("letter.pdf"));
        const CliResult r = as(QStringLiteral("chuyenvien"), clerkPassword,
                               {QStringLiteral("letter"), m_ref, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                                pdf, QStringLiteral("--number"), QStringLiteral("58/SLĐTBXH-BTXH"), QStringLiteral("--signer-title"),
                                QStringLiteral("KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                                                   QStringLiteral("-")}))
                                 .simplified();
        QVERIFY2(text.contains(answer), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Kính gửi: Ông/Bà Hoàng Văn Đức")));
        QVERIFY(text.contains(QStringLiteral("Số: 58/SLĐTBXH-BTXH")));
        QVERIFY(text.contains(QStringLiteral("Võ Thị Thu Hương")));

        const QString odt = file(QStringLiteral("letter.odt"));
        QCOMPARE(coordinator({QStringLiteral("letter"), m_ref, QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"), odt})
                     .exitCode,
                 0);
        QCOMPARE(readAll(odt).mid(30, 47), QByteArray("mimetypeapplication/vnd.oasis.opendocument.text"));
        QVERIFY(run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")}).contains(
            QStringLiteral("Hoàng Văn Đức").toUtf8()));

        // Not visible to another department's clerk: reported as not found; the admin issues no letters.
        QCOMPARE(as(QStringLiteral("tuphap"), otherPassword,
                    {QStringLiteral("letter"), m_ref, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                     file(QStringLiteral("no.pdf"))})
                     .exitCode,
                 4);
        QCOMPARE(as(QStringLiteral("admin"), adminPassword,
                    {QStringLiteral("letter"), m_ref, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                     file(QStringLiteral("no.pdf"))})
                     .exitCode,
                 3);
        QVERIFY(!QFile::exists(file(QStringLiteral("no.pdf"))));
    }
};

QTEST_MAIN(TestCliExportLetter)
#include "tst_cli_exportletter.moc"
