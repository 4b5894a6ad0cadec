// danhoi-cli import of files larger than one batch of writes: all or nothing whatever line the problem is on, every
// problem located by its line, repeats inside the file found, and everything written (questions, index, audit) when
// the file is good.
#include "cli/CliRunner.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString adminPassword = QStringLiteral("admin-pass-1");
const QString coordinatorPassword = QStringLiteral("coord-pass-1");
constexpr int records = 1200; // more than two groups of the bulk writer's deferred index rows

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// `count` good JSON Lines records, numbered from `first`; line i + 1 holds record first + i.
QByteArray goodLines(int count, int first = 1)
{
    QByteArray bytes;
    for (int i = first; i < first + count; ++i)
        bytes += QStringLiteral("{\"id\":\"P-%1\",\"title\":\"Hỏi về trợ cấp số %1\",\"body\":\"Nội dung câu hỏi số %1 về "
                                "chế độ thai sản.\",\"channel\":\"portal\",\"received_at\":\"2025-03-04T09:30:00+07:00\"}\n")
                     .arg(i)
                     .toUtf8();
    return bytes;
}
} // namespace

class TestCliImportLarge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    danhoi::test::BackendUnderTest m_backend;
    std::unique_ptr<CliRunner> m_cli;
    int m_eventsBefore = 0;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    CliResult coordinator(const QStringList& args) const
    {
        return m_cli->as(QStringLiteral("dieuphoi"), coordinatorPassword, args);
    }
    int auditEvents() const
    {
        const CliResult r = m_cli->as(QStringLiteral("admin"), adminPassword,
                                      {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        return r.exitCode == 0 && r.object().value(QStringLiteral("ok")).toBool() ? r.object().value(QStringLiteral("checked")).toInt()
                                                                                   : -1;
    }
    int questionCount() const
    {
        return coordinator({QStringLiteral("question"), QStringLiteral("list"), QStringLiteral("--limit"),
                            QStringLiteral("100000"), QStringLiteral("--json")})
            .array()
            .size();
    }
    CliResult import(const QString& name, const QByteArray& content) const
    {
        if (!writeFile(file(name), content))
            return {};
        return coordinator({QStringLiteral("import"), file(name), QStringLiteral("--json")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString location = m_backend.locationForCli(file(QStringLiteral("danhoi.sqlite")));
        QVERIFY(!location.isEmpty());
        m_cli = std::make_unique<CliRunner>(location);
        QCOMPARE(m_cli->init(adminPassword).exitCode, 0);
        const CliResult added = m_cli->run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dieuphoi"),
                                            QStringLiteral("--role"), QStringLiteral("coordinator"), QStringLiteral("--user"),
                                            QStringLiteral("admin")},
                                           adminPassword, {{QStringLiteral("DANHOI_NEW_PASSWORD"), coordinatorPassword}});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_eventsBefore = auditEvents();
        QVERIFY(m_eventsBefore > 0);
    }

    // Records after the problem are still checked, so that one run lists every problem, in the order of the lines
    // (unreadable JSON among the others); nothing is written.
    void lateProblemsChangeNothing()
    {
        const QByteArray content = goodLines(records) + "{\"title\":\"\",\"body\":\"x\"}\n\n"
                                   + "{\"title\":\"Hỏi\",\"body\":\"y\",\"channel\":\"fax\"}\n" + goodLines(3, records + 1)
                                   + "{\"title\":\"Hỏi\",\"body\":[1]}\n";
        const CliResult r = import(QStringLiteral("late.jsonl"), content);
        QCOMPARE(r.exitCode, 2);
        const QJsonArray problems = r.object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 3);
        const QList<std::pair<int, QString>> expected = {
            {records + 1, QStringLiteral("title")}, {records + 3, QStringLiteral("channel")}, {records + 7, QStringLiteral("body")}};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(problems.at(i).toObject().value(QStringLiteral("line")).toInt(), expected.at(i).first);
            QCOMPARE(problems.at(i).toObject().value(QStringLiteral("field")).toString(), expected.at(i).second);
        }
        QVERIFY(r.object().value(QStringLiteral("imported")).toArray().isEmpty());
        QCOMPARE(questionCount(), 0);
    }

    // A line that makes the file unreadable, after hundreds of good ones: its line in the message, nothing written.
    void lateUnreadableLineChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not UTF-8") << QByteArray("{\"title\":\"\xe9t\xe9\",\"body\":\"caf\xe9\"}") << "UTF-8";
        static const char nul[] = "{\"title\":\"a\",\"body\":\"b\0c\"}";
        QTest::newRow("NUL byte") << QByteArray(nul, sizeof(nul) - 1) << "NUL";
        QTest::newRow("huge line") << (QByteArray("{\"title\":\"a\",\"body\":\"") + QByteArray(300 * 1024, 'x') + "\"}")
                                   << "longer than";
        QTest::newRow("truncated") << QByteArray("{\"title\":\"Hỏi\",\"body\":\"Nội d") << "truncated";
    }
    void lateUnreadableLineChangesNothing()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        const CliResult r = import(QStringLiteral("unreadable.jsonl"), goodLines(records) + line + "\n" + goodLines(2, records + 1));
        QCOMPARE(r.exitCode, 2);
        const QString message = QString::fromUtf8(r.out + r.err);
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.contains(QString::number(records + 1)), qPrintable(message));
        QCOMPARE(questionCount(), 0);
        QCOMPARE(auditEvents(), m_eventsBefore);
    }

    void repeatsInsideTheFile()
    {
        // The same external id twice is a problem of the file; the same content without one is the same submission.
        CliResult r = import(QStringLiteral("repeat-id.jsonl"), goodLines(records) + goodLines(1, 7));
        QCOMPARE(r.exitCode, 2);
        QJsonArray problems = r.object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), records + 1);
        QVERIFY2(problems.at(0).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("line 7")),
                 r.out.constData());
        QCOMPARE(questionCount(), 0);

        const QByteArray noId = "{\"title\":\"Hỏi lại\",\"body\":\"Cùng một nội dung\",\"received_at\":\"2025-03-05\"}\n";
        r = import(QStringLiteral("repeat-text.jsonl"), noId + goodLines(records) + noId);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(QStringLiteral("imported")).toArray().size(), records + 1);
        const QJsonArray duplicates = r.object().value(QStringLiteral("duplicates")).toArray();
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("line")).toInt(), records + 2);
        QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("existing")).toString(), QStringLiteral("line 1"));
    }

    // The good file of the test before: every question, its index rows and its audit event are there.
    void everythingWrittenIsThere()
    {
        QCOMPARE(questionCount(), records + 1);
        const CliResult checked = m_cli->as(QStringLiteral("admin"), adminPassword,
                                            {QStringLiteral("search"), QStringLiteral("--check"), QStringLiteral("--json")});
        QVERIFY2(checked.exitCode == 0, checked.out.constData());
        QCOMPARE(checked.object().value(QStringLiteral("questions")).toInt(), records + 1);
        const CliResult last = coordinator({QStringLiteral("search"), QStringLiteral("trợ cấp số %1").arg(records),
                                            QStringLiteral("--json")});
        QVERIFY2(last.out.contains(QStringLiteral("số %1").arg(records).toUtf8()), last.out.constData());
        QCOMPARE(auditEvents(), m_eventsBefore + records + 1); // one "record" event each, on an intact chain

        // Again: all already recorded, nothing new.
        const CliResult again = import(QStringLiteral("again.jsonl"), goodLines(records));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.object().value(QStringLiteral("imported")).toArray().size(), 0);
        QCOMPARE(again.object().value(QStringLiteral("duplicates")).toArray().size(), records);
        QCOMPARE(questionCount(), records + 1);
    }

    // The same content under another external id, far apart in one file: a repeat of the first line, not a second
    // question (nor a clash of their content keys when the rows are written).
    void sameContentUnderAnotherId()
    {
        const QByteArray first = "{\"id\":\"X-1\",\"title\":\"Hỏi hai lần\",\"body\":\"Cùng nội dung\"}\n";
        const QByteArray second = "{\"id\":\"X-2\",\"title\":\"Hỏi hai lần\",\"body\":\"Cùng nội dung\"}\n";
        const CliResult r = import(QStringLiteral("same-content.jsonl"), first + goodLines(records, 3001) + second);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.object().value(QStringLiteral("imported")).toArray().size(), records + 1);
        const QJsonArray duplicates = r.object().value(QStringLiteral("duplicates")).toArray();
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("line")).toInt(), records + 2);
        QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("existing")).toString(), QStringLiteral("line 1"));
        QCOMPARE(questionCount(), 2 * records + 2);
        const CliResult checked = m_cli->as(QStringLiteral("admin"), adminPassword,
                                            {QStringLiteral("search"), QStringLiteral("--check"), QStringLiteral("--json")});
        QVERIFY2(checked.exitCode == 0, checked.out.constData());
        QCOMPARE(auditEvents(), m_eventsBefore + 2 * records + 2);
    }

    // Questions recorded by earlier imports are looked up a group at a time: each repeat, by external id or by
    // content, across groups, is answered with the reference of its own question, in the file's order among the
    // repeats inside the file, and only the new records are written.
    void earlierImportsFoundInTheFilesOrder()
    {
        const int count = 700; // more than one group of look-ups
        const QByteArray content = "{\"title\":\"Nội dung riêng\",\"body\":\"Chỉ hỏi một lần\",\"received_at\":\"2025-03-06\"}\n";
        const CliResult first = import(QStringLiteral("earlier.jsonl"), goodLines(count, 5001) + content);
        QVERIFY2(first.exitCode == 0, first.out.constData());
        QHash<int, QString> refs; // line of the first file → reference
        for (const QJsonValue& each : first.object().value(QStringLiteral("imported")).toArray())
            refs.insert(each.toObject().value(QStringLiteral("line")).toInt(),
                        each.toObject().value(QStringLiteral("ref")).toString());
        QCOMPARE(refs.size(), count + 1);
        QCOMPARE(QSet<QString>(refs.cbegin(), refs.cend()).size(), count + 1);

        const QByteArray fresh = "{\"title\":\"Câu hỏi mới\",\"body\":\"Chưa ai hỏi\",\"received_at\":\"2025-03-07\"}\n";
        const QByteArray withId = "{\"id\":\"P-9999\",\"title\":\"Câu hỏi có mã\",\"body\":\"Cũng mới\"}\n";
        const int before = questionCount();
        // Line 302 repeats line 1 inside the file: found while the lines before it still wait for their group.
        const CliResult r = import(QStringLiteral("later.jsonl"),
                                   fresh + goodLines(300, 5001) + fresh + goodLines(count - 300, 5301) + content + withId);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonArray imported = r.object().value(QStringLiteral("imported")).toArray();
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported.at(0).toObject().value(QStringLiteral("line")).toInt(), 1);
        QCOMPARE(imported.at(1).toObject().value(QStringLiteral("line")).toInt(), count + 4);
        const QJsonArray duplicates = r.object().value(QStringLiteral("duplicates")).toArray();
        QCOMPARE(duplicates.size(), count + 2);
        for (int i = 0; i < count + 2; ++i) {
            const QJsonObject duplicate = duplicates.at(i).toObject();
            const int line = i + 2;
            QCOMPARE(duplicate.value(QStringLiteral("line")).toInt(), line);
            const QString expected = line == 302 ? QStringLiteral("line 1") : refs.value(line < 302 ? line - 1 : line - 2);
            QCOMPARE(duplicate.value(QStringLiteral("existing")).toString(), expected);
        }
        QCOMPARE(questionCount(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestCliImportLarge)
#include "tst_cli_importlarge.moc"
