// The export and letter formats on their own: CSV, JSON, XLSX and ODT written from plain values.
#include "publishing/ExportTable.h"
#include "publishing/Letter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace danhoi;

namespace {

ExportRow sampleRow(const QString& title, const QString& question)
{
    ExportRow row;
    row.ref = QStringLiteral("HD-2025-000001");
    row.receivedDate = QDate(2025, 3, 4);
    row.dueDate = QDate(2025, 3, 13);
    row.approvedDate = QDate(2025, 3, 12);
    row.departmentCode = QStringLiteral("SVHTTDL");
    row.departmentName = QStringLiteral("Sở Văn hóa, Thể thao và Du lịch");
    row.status = Status::Published;
    row.workingDaysTaken = 6;
    row.onTime = true;
    row.title = title;
    row.question = question;
    row.answer = QStringLiteral("Trả lời: mức hỗ trợ 360.000 đồng, theo Nghị định 20/2021/NĐ-CP.");
    return row;
}

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

bool writeAll(ExportFormat format, const QString& path, const QList<ExportRow>& rows)
{
    auto writer = ExportWriter::create(format);
    if (!writer->open(path))
        return false;
    for (const ExportRow& row : rows)
        if (!writer->write(row))
            return false;
    return writer->finish().ok();
}

bool wellFormed(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        qWarning("XML: %s at line %lld", qPrintable(reader.errorString()), reader.lineNumber());
    return !reader.hasError();
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void neutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << "=HYPERLINK(\"http://x\")" << "'=HYPERLINK(\"http://x\")";
        QTest::newRow("plus") << "+84 912" << "'+84 912";
        QTest::newRow("minus") << "-1+2" << "'-1+2";
        QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1" << "'\t=1";
        QTest::newRow("cr") << "\r=1" << "'\r=1";
        QTest::newRow("plain") << "Nghệ An = đẹp" << "Nghệ An = đẹp";
        QTest::newRow("empty") << "" << "";
    }
    void neutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(neutraliseFormula(cell), expected);
    }

    void csvQuoting()
    {
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csvField(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
    }

    void csvFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeAll(ExportFormat::Csv, path,
                         {sampleRow(QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("Dòng 1\nDòng 2, có \"ngoặc\"")),
                          sampleRow(QStringLiteral("@SUM(1+1)"), QStringLiteral("-2+3"))}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("Reference,Received,Due,Approved,")));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        QVERIFY(text.contains(QStringLiteral(",'=cmd|' /C calc'!A0,\"Dòng 1\nDòng 2, có \"\"ngoặc\"\"\",")));
        QVERIFY(text.contains(QStringLiteral(",'@SUM(1+1),'-2+3,")));
        QVERIFY(text.contains(QStringLiteral("HD-2025-000001,2025-03-04,2025-03-13,2025-03-12,SVHTTDL,"
                                             "\"Sở Văn hóa, Thể thao và Du lịch\",published,Đã công khai,6,")));
        // Three records: the header and two rows (one field spans two lines inside quotes).
        QCOMPARE(text.count(QStringLiteral("\r\n")), 3);
    }

    void jsonFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.json"));
        QVERIFY(writeAll(ExportFormat::Json, path, {sampleRow(QStringLiteral("<b>tiêu đề</b>"), QStringLiteral("=1")),
                                                     sampleRow(QStringLiteral("b"), QStringLiteral("c"))}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 2);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("title")).toString(), QStringLiteral("<b>tiêu đề</b>"));
        QCOMPARE(row.value(QStringLiteral("question")).toString(), QStringLiteral("=1"));
        QCOMPARE(row.value(QStringLiteral("status_label")).toString(), QStringLiteral("Đã công khai"));
        QCOMPARE(row.value(QStringLiteral("working_days")).toInt(), 6);
        QCOMPARE(row.value(QStringLiteral("on_time")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("due_date")).toString(), QStringLiteral("2025-03-13"));

        const QString empty = m_dir.filePath(QStringLiteral("empty.json"));
        QVERIFY(writeAll(ExportFormat::Json, empty, {}));
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(emptyFile.readAll()).isArray());
    }

    void xlsxFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.xlsx"));
        ExportRow open = sampleRow(QStringLiteral("Chưa trả lời"), QStringLiteral("+ câu hỏi"));
        open.approvedDate.reset();
        open.workingDaysTaken.reset();
        open.onTime.reset();
        open.answer.clear();
        QVERIFY(writeAll(ExportFormat::Xlsx, path, {sampleRow(QStringLiteral("Tiêu đề"), QStringLiteral("Câu hỏi")), open}));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        const QByteArray listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
        QVERIFY2(listing.contains("xl/worksheets/sheet1.xml"), listing.constData());
        const QByteArray sheet = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(wellFormed(sheet));
        QVERIFY(sheet.contains("<dimension ref=\"A1:M3\"/>"));
        QVERIFY(sheet.contains("<cols>"));
        QVERIFY(sheet.contains("<t>Reference</t>"));
        QVERIFY(sheet.contains(QStringLiteral("<t>Sở Văn hóa, Thể thao và Du lịch</t>").toUtf8()));
        // Dates are numbers (Excel serial days) with a date format, not text: 2025-03-04 is day 45720.
        QVERIFY2(sheet.contains("<c r=\"B2\" s=\"2\"><v>45720</v></c>"), sheet.constData());
        QVERIFY(sheet.contains("<c r=\"I2\"><v>6</v></c>"));
        QVERIFY(!sheet.contains("r=\"D3\"")); // no approval yet: an empty cell
        const QByteArray styles = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/styles.xml")});
        QVERIFY(styles.contains("formatCode=\"dd/mm/yyyy\""));
    }

    void richText()
    {
        const QList<RichBlock> blocks = RichText::fromMarkdown(
            QStringLiteral("Đoạn **đậm** và *nghiêng*.\n\n1. Một\n2. Hai\n\n- gạch\n\n<script>alert(1)</script>"));
        QCOMPARE(blocks.size(), 5);
        QCOMPARE(blocks.at(0).plainText(), QStringLiteral("Đoạn đậm và nghiêng."));
        QCOMPARE(blocks.at(0).spans.at(1).text, QStringLiteral("đậm"));
        QVERIFY(blocks.at(0).spans.at(1).bold);
        QVERIFY(blocks.at(0).spans.at(3).italic);
        QCOMPARE(blocks.at(1).kind, RichBlock::Kind::NumberedItem);
        QCOMPARE(blocks.at(2).number, 2);
        QCOMPARE(blocks.at(3).kind, RichBlock::Kind::BulletItem);
        // Raw HTML is kept as literal text, never interpreted.
        QCOMPARE(blocks.at(4).plainText(), QStringLiteral("<script>alert(1)</script>"));
    }

    void answerWithItsOwnIntroduction_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("introduces");
        QTest::newRow("plain") << QStringLiteral("Theo Nghị định số 20/2021/NĐ-CP, mức hỗ trợ là 360.000 đồng/tháng.") << false;
        QTest::newRow("own intro") << QStringLiteral("Sở Văn hóa, Thể thao và Du lịch trả lời như sau:\n\nTheo Nghị định…") << true;
        QTest::newRow("intro with a remark, soft break")
            << QStringLiteral("Sở Y tế trả lời như sau (sau khi thống nhất với Sở Công Thương):\nTheo Nghị định số 15/2018/NĐ-CP…")
            << true;
        QTest::newRow("blank lines, bold, spaces") << QStringLiteral("\n  **Về nội dung này, Sở Tư pháp có ý kiến như sau:**  \n- a")
                                                   << true;
        QTest::newRow("decomposed diacritics")
            << QStringLiteral("Sở Tư pháp trả lời như sau:\nNội dung").normalized(QString::NormalizationForm_D) << true;
        QTest::newRow("english") << QStringLiteral("The Department of Justice replies as follows:\n\nThe fee is…") << true;
        // A list announced in the first line is part of the answer, not its introduction.
        QTest::newRow("list announced") << QStringLiteral("Hồ sơ gồm các giấy tờ như sau:\n- Đơn đề nghị;") << false;
        QTest::newRow("intro words later") << QStringLiteral("Mức phí là 50.000 đồng.\n\nSở trả lời như sau:") << false;
        QTest::newRow("no colon") << QStringLiteral("Sở Tư pháp trả lời như sau về việc này.") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void answerWithItsOwnIntroduction()
    {
        QFETCH(QString, answer);
        QFETCH(bool, introduces);
        QCOMPARE(Letter::answerIntroducesItself(answer), introduces);
    }

    void odtPackage()
    {
        Letter letter;
        letter.parentAgency = QStringLiteral("UBND tỉnh Nghệ An");
        letter.issuingAgency = QStringLiteral("Sở Tư pháp");
        letter.place = QStringLiteral("Nghệ An");
        letter.date = QDate(2025, 3, 5);
        letter.recipient = QStringLiteral("Ông/Bà Nguyễn Văn <A> & \x01");
        letter.body = RichText::fromMarkdown(QStringLiteral("Nội dung **trả lời** của Sở."));
        letter.recipients = {QStringLiteral("Như trên;"), QStringLiteral("Lưu: VT.")};
        letter.signerTitle = {QStringLiteral("Giám đốc")};
        letter.signerName = QStringLiteral("Hồ Văn Lâm");
        const QString path = m_dir.filePath(QStringLiteral("letter.odt"));
        QVERIFY(OdtLetterWriter::write(letter, path));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(100);
        // The mimetype entry comes first, stored, so the file is recognised by its first bytes.
        QCOMPARE(head.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(head.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        const QByteArray listing = run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path});
        QCOMPARE(listing, QByteArray("mimetype\ncontent.xml\nstyles.xml\nmeta.xml\nMETA-INF/manifest.xml\n"));

        const QByteArray styles = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("styles.xml")});
        QVERIFY(wellFormed(styles));
        for (const char* expected : {"fo:page-width=\"21.00cm\"", "fo:page-height=\"29.70cm\"", "fo:margin-top=\"2.00cm\"",
                                     "fo:margin-bottom=\"2.00cm\"", "fo:margin-left=\"3.00cm\"", "fo:margin-right=\"1.50cm\"",
                                     "svg:font-family=\"'Times New Roman'\"", "fo:font-size=\"14.0pt\""})
            QVERIFY2(styles.contains(expected), expected);
        const QByteArray content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QVERIFY(wellFormed(content));
        const QString text = QString::fromUtf8(content);
        QVERIFY(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        QVERIFY(text.contains(QStringLiteral("Nghệ An, ngày 05 tháng 3 năm 2025")));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Văn &lt;A&gt; &amp; ")));
        QVERIFY(text.contains(QStringLiteral("<text:span text:style-name=\"Tb\">trả lời</text:span>")));
        QVERIFY(text.contains(QStringLiteral("HỒ VĂN LÂM")) || text.contains(QStringLiteral("Hồ Văn Lâm")));
        const QByteArray manifest = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("META-INF/manifest.xml")});
        QVERIFY(wellFormed(manifest));
    }
};

QTEST_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
