// ImportReader reads every format a line at a time: CSV row by row and a JSON array item by item, as JSON Lines, so
// that an import's memory does not grow with the file. Each record is handed out having read the file only a chunk
// past it; the problems that spoil a whole file (found when it is opened) are handed out alone, whatever line they are
// on, as when the file was parsed whole.
#include "publishing/ImportReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace danhoi;

namespace {

constexpr qint64 mostReadAhead = 2 * 1024 * 1024; // two chunks of the reader's

struct Opened {
    QFile* file = nullptr; // owned by the reader
    std::unique_ptr<ImportReader> reader;
};

Opened openBytes(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    out.close();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    Opened opened{file.get(), nullptr};
    auto reader = ImportReader::open(std::move(file), name);
    if (!reader)
        qWarning("%s", qPrintable(reader.error().message));
    else
        opened.reader = std::move(reader.value());
    return opened;
}

QString bodyOf(int i)
{
    return i % 7 ? QStringLiteral("Nội dung %1; hỏi về trợ cấp").arg(i)
                 : QStringLiteral("Dòng một của %1\nDòng \"hai\"; [x] {y}").arg(i);
}

} // namespace

class TestImportReader : public QObject
{
    Q_OBJECT

private slots:
    void csvIsReadAsItGoes();
    void jsonArrayIsReadAsItGoes();
    void spoiledFilesHandOutTheirProblemsAlone_data();
    void spoiledFilesHandOutTheirProblemsAlone();
    void tooManyCsvRows();
    void linesNotUtf8AreRefused_data();
    void linesNotUtf8AreRefused();

private:
    QTemporaryDir m_dir;
};

void TestImportReader::csvIsReadAsItGoes()
{
    constexpr int rows = 90000;
    QByteArray bytes = "\xEF\xBB\xBFtitle;body;asker_name;extra\r\n";
    QList<int> lines;
    int line = 2;
    for (int i = 0; i < rows; ++i) {
        QString body = bodyOf(i);
        body.replace(QLatin1String("\""), QLatin1String("\"\""));
        bytes += QStringLiteral("Câu hỏi %1;\"%2\";Nguyễn Văn %1;x\r\n").arg(i).arg(body).toUtf8();
        lines.append(line);
        line += i % 7 ? 1 : 2;
    }
    QVERIFY(bytes.size() > 2 * mostReadAhead);
    Opened opened = openBytes(m_dir, QStringLiteral("portal.csv"), bytes);
    QVERIFY(opened.reader);
    QCOMPARE(opened.reader->format(), ParsedImport::Format::Csv);
    QCOMPARE(opened.reader->records(), rows);
    QCOMPARE(opened.reader->ignoredFields(), QStringList{QStringLiteral("extra")});
    QList<ImportProblem> problems;
    for (int i = 0; i < rows; ++i) {
        auto record = opened.reader->next(problems);
        QVERIFY(record.ok() && record.value());
        if (i == 0)
            QVERIFY2(opened.file->pos() <= mostReadAhead, qPrintable(QString::number(opened.file->pos())));
        QCOMPARE(record.value()->line, lines.at(i));
        QCOMPARE(record.value()->fields.value(QStringLiteral("title")), QStringLiteral("Câu hỏi %1").arg(i));
        QCOMPARE(record.value()->fields.value(QStringLiteral("body")), bodyOf(i));
        QCOMPARE(record.value()->fields.value(QStringLiteral("asker_name")), QStringLiteral("Nguyễn Văn %1").arg(i));
        QVERIFY(!record.value()->fields.contains(QStringLiteral("extra")));
    }
    auto end = opened.reader->next(problems);
    QVERIFY(end.ok() && !end.value());
    QVERIFY(problems.isEmpty());
}

void TestImportReader::jsonArrayIsReadAsItGoes()
{
    constexpr int items = 30000;
    QByteArray bytes = " \n[\n";
    for (int i = 0; i < items; ++i) {
        const QByteArray item = QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("P-%1").arg(i)},
                                                          {QStringLiteral("title"), QStringLiteral("Câu hỏi %1 ]}").arg(i)},
                                                          {QStringLiteral("body"), bodyOf(i)},
                                                          {QStringLiteral("flags"), QJsonObject{{QStringLiteral("a"), 1}}}})
                                    .toJson(QJsonDocument::Indented)
                                    .trimmed();
        bytes += item + (i + 1 < items ? ",\n" : "\n");
    }
    bytes += "]\n";
    QVERIFY(bytes.size() > 2 * mostReadAhead);
    Opened opened = openBytes(m_dir, QStringLiteral("portal.json"), bytes);
    QVERIFY(opened.reader);
    QCOMPARE(opened.reader->format(), ParsedImport::Format::Json);
    QCOMPARE(opened.reader->records(), items);
    QList<ImportProblem> problems;
    for (int i = 0; i < items; ++i) {
        auto record = opened.reader->next(problems);
        QVERIFY(record.ok() && record.value());
        if (i == 0)
            QVERIFY2(opened.file->pos() <= mostReadAhead, qPrintable(QString::number(opened.file->pos())));
        QCOMPARE(record.value()->line, i + 1); // JSON arrays count records
        QVERIFY(record.value()->isRecord);
        QCOMPARE(record.value()->fields.value(QStringLiteral("external_id")), QStringLiteral("P-%1").arg(i));
        QCOMPARE(record.value()->fields.value(QStringLiteral("title")), QStringLiteral("Câu hỏi %1 ]}").arg(i));
        QCOMPARE(record.value()->fields.value(QStringLiteral("body")), bodyOf(i));
    }
    auto end = opened.reader->next(problems);
    QVERIFY(end.ok() && !end.value());
    QVERIFY(problems.isEmpty());
    QCOMPARE(opened.reader->ignoredFields(), QStringList{QStringLiteral("flags")});
}

void TestImportReader::spoiledFilesHandOutTheirProblemsAlone_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QByteArray csv = "title,body\n";
    QByteArray json = "[\n";
    for (int i = 0; i < 3000; ++i) {
        csv += QStringLiteral("Câu hỏi %1,Nội dung\n").arg(i).toUtf8();
        json += QStringLiteral("{\"title\": \"Câu hỏi %1\", \"body\": \"Nội dung\"},\n").arg(i).toUtf8();
    }
    QTest::newRow("csv quote never ends") << "a.csv" << csv + "A,\"B\nC\n" << 3002 << "never ends";
    QTest::newRow("csv text after quote") << "a.csv" << csv + "\"A\"x,B\n" << 3002 << "closing quote";
    QTest::newRow("csv header") << "a.csv" << "title,title,body\n" + csv.mid(11) << 1 << "twice";
    QTest::newRow("json item") << "a.json" << json + "{\"title\": tru}\n]" << 3002 << "not valid";
    QTest::newRow("json after the array") << "a.json" << json + "{}\n]\n]" << 3004 << "not valid";
    QTest::newRow("json truncated") << "a.json" << json + "{\"title\": \"Hỏ" << 3002 << "not valid";
    QTest::newRow("json empty array") << "a.json" << QByteArray("[ ]") << 0 << "holds no questions";
    QTest::newRow("csv header only") << "a.csv" << QByteArray("title,body\n") << 0 << "holds no questions";
}

void TestImportReader::spoiledFilesHandOutTheirProblemsAlone()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);
    Opened opened = openBytes(m_dir, name, bytes);
    QVERIFY(opened.reader);
    QCOMPARE(opened.reader->records(), 0);
    QList<ImportProblem> problems;
    auto record = opened.reader->next(problems);
    QVERIFY(record.ok() && !record.value());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    QCOMPARE(problems.first().line, line);
    QVERIFY(opened.reader->restart().ok()); // a transaction run again: the same problems
    problems.clear();
    QVERIFY(opened.reader->next(problems).ok());
    QCOMPARE(problems.size(), 1);
}

void TestImportReader::tooManyCsvRows()
{
    QByteArray bytes = "title,body\n";
    for (int i = 0; i <= QuestionImport::maxRecords; ++i)
        bytes += "A,\"B\nC\"\n";
    QVERIFY(!openBytes(m_dir, QStringLiteral("many.csv"), bytes).reader);
    const auto read = QuestionImport::parse(bytes, QStringLiteral("many.csv"));
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QLatin1String("100001")), qPrintable(read.error().message));
}

// Checked in place (not decoded): what the UTF-8 decoder refuses, on the line it is on, in every format.
void TestImportReader::linesNotUtf8AreRefused_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::newRow("latin-1") << QByteArray("caf\xe9");
    QTest::newRow("overlong") << QByteArray("\xC0\xAF");
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
    QTest::newRow("cut short") << QByteArray("Hỏi \xE1\xBB");
    QTest::newRow("lone continuation") << QByteArray("\x80");
}

void TestImportReader::linesNotUtf8AreRefused()
{
    QFETCH(QByteArray, bad);
    const QByteArray good = QStringLiteral("Hỏi đáp về thủ tục").toUtf8();
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("a.csv"), "title,body\n" + good + ",x\n\"" + bad + "\",y\n"},
        {QStringLiteral("a.jsonl"), "{\"title\":\"" + good + "\"}\n\n{\"title\":\"" + bad + "\"}\n"},
        {QStringLiteral("a.json"), "[{\"title\":\"" + good + "\"},\n{\"title\":\"" + bad + "\"}]"}};
    const QList<int> badLine = {3, 3, 2};
    for (int i = 0; i < files.size(); ++i) {
        const Opened opened = openBytes(m_dir, files.at(i).first, files.at(i).second);
        QVERIFY(!opened.reader);
        auto parsed = QuestionImport::parse(files.at(i).second, files.at(i).first);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message, QStringLiteral("Line %1 is not valid UTF-8 text; save the file as UTF-8 and import again.")
                                             .arg(badLine.at(i)));
    }
    QVERIFY(QuestionImport::parse("title,body\n" + good + ",x\n", QStringLiteral("a.csv")).ok());
}

QTEST_GUILESS_MAIN(TestImportReader)
#include "tst_importreader.moc"
