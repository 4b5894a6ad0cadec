// ExportService and LetterService on a real database (SQLite, or PostgreSQL as test_services_exportletter_pg):
// visibility, filters, permissions, the letter's text.
#include "publishing/RichText.h"
#include "services/AdminService.h"
#include "services/ExportService.h"
#include "services/LetterService.h"
#include "services/QuestionService.h"
#include "services/WorkflowService.h"
#include "storage/CatalogRepository.h"
#include "support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace danhoi;

namespace {
const QString password = QStringLiteral("mat-khau-dai-1");
const QString answerText = QStringLiteral(
    "Theo **Nghị định số 20/2021/NĐ-CP**, mức hỗ trợ là 360.000 đồng/tháng.\n\n"
    "- Hồ sơ nộp tại Bộ phận một cửa;\n- Thời hạn giải quyết: 07 ngày làm việc.\n\n"
    "Đề nghị Ông/Bà liên hệ *Phòng Quản lý du lịch* để được hướng dẫn thêm.");
} // namespace

class TestExportLetter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::BackendUnderTest m_backend;
    ServiceContext m_context;
    User m_admin, m_coordinator, m_clerk, m_supervisor, m_otherClerk;
    QString m_approved, m_published, m_otherDraft, m_received;

    User addUser(const QString& name, Roles roles, const QString& department, const QString& display)
    {
        auto user = AdminService(m_context, m_admin).addUser(NewUser{name, display, roles, department, password});
        if (!user)
            qWarning("addUser: %s", qPrintable(user.error().message));
        return user ? user.value() : User{};
    }
    QString addQuestion(const QString& title, const QString& body, const QString& received)
    {
        NewQuestion q;
        q.title = title;
        q.body = body;
        q.asker = {QStringLiteral("Nguyễn Văn Ánh"), QStringLiteral("TP. Vinh"), QStringLiteral("0912 345 678"),
                   QStringLiteral("anh@example.vn"), QStringLiteral("Số 12 đường Lê Lợi, phường Hưng Bình"), QString()};
        q.receivedAt = QDateTime(QDate::fromString(received, Qt::ISODate), QTime(9, 0), QTimeZone("Asia/Ho_Chi_Minh"));
        auto added = QuestionService(m_context, m_coordinator).add(q);
        return added ? added->ref : QString();
    }
    bool act(const User& user, const QString& ref, Action action, ActionInput input = {})
    {
        auto done = WorkflowService(m_context, user).perform(ref, action, input);
        if (!done)
            qWarning("%s %s: %s", qPrintable(actionName(action)), qPrintable(ref), qPrintable(done.error().message));
        return done.ok();
    }
    bool answer(const QString& ref, const QString& department, const User& clerk, const User& supervisor,
                const QString& text = answerText)
    {
        ActionInput route;
        route.departmentCode = department;
        ActionInput draft;
        draft.text = text;
        return act(m_coordinator, ref, Action::Route, route) && act(clerk, ref, Action::Draft, draft)
               && act(clerk, ref, Action::Submit) && act(supervisor, ref, Action::Approve);
    }
    QJsonArray exportJson(const User& user, const ExportFilter& filter = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("export-%1.json").arg(user.username));
        auto done = ExportService(m_context, user).exportQuestions(filter, ExportFormat::Json, path);
        if (!done)
            qWarning("export: %s", qPrintable(done.error().message));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("JSON: %s", qPrintable(error.errorString()));
        return doc.array();
    }
    static QStringList refs(const QJsonArray& rows)
    {
        QStringList out;
        for (const QJsonValue& row : rows)
            out.append(row.toObject().value(QStringLiteral("ref")).toString());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_backend.create());
        m_context.db = m_backend.db;
        auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2025, 3, 20), QTime(3, 0), Qt::UTC));
        m_context.clock = clock;
        auto admin = AdminService::initialise(m_context, QStringLiteral("UBND tỉnh Nghệ An"), QStringLiteral("admin"), password);
        QVERIFY2(admin, qPrintable(admin.error().message));
        m_admin = admin.value();
        AdminService admins(m_context, m_admin);
        QVERIFY(admins.addDepartment(QStringLiteral("SVHTTDL"), QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"), {}));
        QVERIFY(admins.addDepartment(QStringLiteral("STP"), QStringLiteral("Sở Tư pháp"), {}));
        m_coordinator = addUser(QStringLiteral("dieuphoi"), Role::Coordinator, {}, QStringLiteral("Lê Điều Phối"));
        m_clerk = addUser(QStringLiteral("chuyenvien"), Role::Clerk, QStringLiteral("SVHTTDL"), QStringLiteral("Trần Văn Bình"));
        m_supervisor = addUser(QStringLiteral("lanhdao"), Role::Supervisor, QStringLiteral("SVHTTDL"),
                               QStringLiteral("Nguyễn Thị Hồng Nhung"));
        m_otherClerk = addUser(QStringLiteral("tuphap"), Roles(Role::Clerk) | Role::Supervisor, QStringLiteral("STP"),
                               QStringLiteral("Phạm Tư Pháp"));
        QVERIFY(m_otherClerk.id);

        m_approved = addQuestion(QStringLiteral("Phát triển du lịch biển Cửa Lò"), QStringLiteral("=1+1 có phải công thức?"),
                                 QStringLiteral("2025-03-03"));
        m_published = addQuestion(QStringLiteral("Lễ hội đền Cuông"), QStringLiteral("Lễ hội diễn ra khi nào?"),
                                  QStringLiteral("2025-03-04"));
        m_otherDraft = addQuestion(QStringLiteral("Hộ tịch"), QStringLiteral("Đăng ký khai sinh ở đâu?"),
                                   QStringLiteral("2025-03-05"));
        m_received = addQuestion(QStringLiteral("Chưa phân công"), QStringLiteral("Câu hỏi mới"), QStringLiteral("2025-03-06"));
        QVERIFY(answer(m_approved, QStringLiteral("SVHTTDL"), m_clerk, m_supervisor));
        QVERIFY(answer(m_published, QStringLiteral("SVHTTDL"), m_clerk, m_supervisor));
        QVERIFY(act(m_coordinator, m_published, Action::Publish));
        ActionInput route;
        route.departmentCode = QStringLiteral("STP");
        QVERIFY(act(m_coordinator, m_otherDraft, Action::Route, route));
    }

    void coordinatorSeesEverything()
    {
        const QJsonArray rows = exportJson(m_coordinator);
        QCOMPARE(refs(rows), (QStringList{m_approved, m_published, m_otherDraft, m_received}));
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(first.value(QStringLiteral("status_label")).toString(), QStringLiteral("Đã phê duyệt"));
        QCOMPARE(first.value(QStringLiteral("received_date")).toString(), QStringLiteral("2025-03-03"));
        // On PostgreSQL the server dates the approval by its own clock (who and when are the server's), not the test's.
        const QString approvedOn = test::BackendUnderTest::isPostgres()
            ? QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")).date().toString(Qt::ISODate)
            : QStringLiteral("2025-03-20");
        QCOMPARE(first.value(QStringLiteral("approved_date")).toString(), approvedOn);
        QCOMPARE(first.value(QStringLiteral("department_code")).toString(), QStringLiteral("SVHTTDL"));
        QCOMPARE(first.value(QStringLiteral("answer")).toString(), answerText);
        // JSON carries the text as typed; only the spreadsheet formats neutralise formulas.
        QCOMPARE(first.value(QStringLiteral("question")).toString(), QStringLiteral("=1+1 có phải công thức?"));
        QVERIFY(first.value(QStringLiteral("working_days")).isDouble());
        QVERIFY(first.value(QStringLiteral("on_time")).isBool());
        const QJsonObject open = rows.at(3).toObject();
        QVERIFY(open.value(QStringLiteral("answer")).isNull());
        QVERIFY(open.value(QStringLiteral("approved_date")).isNull());
    }

    void clerkOfAnotherDepartmentSeesOnlyPublished()
    {
        const QJsonArray rows = exportJson(m_otherClerk);
        // Their own department's question and the published one of another department; nothing else.
        QCOMPARE(refs(rows), (QStringList{m_published, m_otherDraft}));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("answer")).toString(), answerText);
        const QJsonArray own = exportJson(m_clerk);
        QCOMPARE(refs(own), (QStringList{m_approved, m_published}));
    }

    void filters()
    {
        ExportFilter byStatus;
        byStatus.statuses = {Status::Approved, Status::Published};
        QCOMPARE(refs(exportJson(m_coordinator, byStatus)), (QStringList{m_approved, m_published}));
        ExportFilter byDepartment;
        byDepartment.departmentCode = QStringLiteral("stp");
        QCOMPARE(refs(exportJson(m_coordinator, byDepartment)), (QStringList{m_otherDraft}));
        ExportFilter byDates;
        byDates.receivedFrom = QDate(2025, 3, 4);
        byDates.receivedTo = QDate(2025, 3, 5);
        QCOMPARE(refs(exportJson(m_coordinator, byDates)), (QStringList{m_published, m_otherDraft}));

        ExportFilter unknown;
        unknown.departmentCode = QStringLiteral("NOPE");
        auto refused = ExportService(m_context, m_coordinator).exportQuestions(unknown, ExportFormat::Csv, m_dir.filePath("x.csv"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY(!QFile::exists(m_dir.filePath("x.csv")));
    }

    void cancelledExportLeavesNoFile()
    {
        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Json}) {
            const QString path = m_dir.filePath(QStringLiteral("cancelled.") + ExportColumns::formatName(format));
            auto done = ExportService(m_context, m_coordinator)
                            .exportQuestions({}, format, path, [](qint64, qint64, qint64) { return false; });
            QVERIFY(!done);
            QVERIFY2(!QFile::exists(path), qPrintable(path));
            QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        }
    }

    void letterPermissions()
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.odt"));
        QVERIFY(LetterService(m_context, m_clerk).write(m_approved, LetterFormat::Odt, path));
        QVERIFY(LetterService(m_context, m_coordinator).write(m_published, LetterFormat::Odt, path));
        // Another department's staff see the published question, but may not write to its asker.
        auto other = LetterService(m_context, m_otherClerk).write(m_published, LetterFormat::Odt, path);
        QCOMPARE(other.error().kind, ErrorKind::Forbidden);
        auto hidden = LetterService(m_context, m_otherClerk).write(m_approved, LetterFormat::Odt, path);
        QCOMPARE(hidden.error().kind, ErrorKind::NotFound);
        auto admin = LetterService(m_context, m_admin).write(m_approved, LetterFormat::Odt, path);
        QCOMPARE(admin.error().kind, ErrorKind::Forbidden);
        auto notYet = LetterService(m_context, m_otherClerk).write(m_otherDraft, LetterFormat::Odt, path);
        QCOMPARE(notYet.error().kind, ErrorKind::Conflict);
    }

    void letterContent()
    {
        auto letter = LetterService(m_context, m_clerk).compose(m_approved);
        QVERIFY2(letter, qPrintable(letter.error().message));
        QCOMPARE(letter->parentAgency, QStringLiteral("UBND tỉnh Nghệ An"));
        QCOMPARE(letter->issuingAgency, QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"));
        QCOMPARE(letter->place, QStringLiteral("Nghệ An"));
        QCOMPARE(letter->date, QDate(2025, 3, 20));
        QCOMPARE(letter->recipient, QStringLiteral("Ông/Bà Nguyễn Văn Ánh"));
        QCOMPARE(letter->recipientAddress, QStringLiteral("Số 12 đường Lê Lợi, phường Hưng Bình, TP. Vinh"));
        QCOMPARE(letter->signerName, QStringLiteral("Nguyễn Thị Hồng Nhung"));
        QCOMPARE(LetterLayout::placeAndDate(letter->place, letter->date), QStringLiteral("Nghệ An, ngày 20 tháng 3 năm 2025"));
        QCOMPARE(LetterLayout::placeAndDate(QStringLiteral("Nghệ An"), QDate(2025, 2, 5)),
                 QStringLiteral("Nghệ An, ngày 05 tháng 02 năm 2025"));
        QVERIFY(letter->body.size() > 3);
    }

    void letterPdfTextIsIntact()
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        LetterOptions options;
        options.signerTitle = {QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC")};
        options.number = QStringLiteral("125/SVHTTDL-QLDL");
        auto written = LetterService(m_context, m_supervisor).write(m_approved, LetterFormat::Pdf, path, options);
        QVERIFY2(written, qPrintable(written.error().message));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        // Lines wrap where the layout breaks them: compare with whitespace collapsed.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_C)
                                 .simplified();
        for (const RichBlock& block : RichText::fromMarkdown(answerText))
            QVERIFY2(text.contains(block.plainText().simplified()), qPrintable(block.plainText()));
        for (const char* expected : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH NGHỆ AN",
                                     "SỞ VĂN HÓA, THỂ THAO VÀ", "Số: 125/SVHTTDL-QLDL", "V/v trả lời câu hỏi của công dân",
                                     "Nghệ An, ngày 20 tháng 3 năm 2025", "Kính gửi: Ông/Bà Nguyễn Văn Ánh", "Nơi nhận:",
                                     "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hồng Nhung"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }

    void letterIntroducesThePlainAnswer()
    {
        auto letter = LetterService(m_context, m_clerk).compose(m_approved);
        QVERIFY2(letter, qPrintable(letter.error().message));
        const QString opening = letter->body.first().plainText();
        QVERIFY2(opening.startsWith(QStringLiteral("Sở Văn hóa, Thể thao và Du lịch nhận được câu hỏi của Ông/Bà (số %1")
                                        .arg(m_approved)),
                 qPrintable(opening));
        QVERIFY2(opening.endsWith(QStringLiteral("Về nội dung này, Sở Văn hóa, Thể thao và Du lịch trả lời như sau:")),
                 qPrintable(opening));
        QCOMPARE(letter->body.at(1).plainText(), RichText::fromMarkdown(answerText).first().plainText());
    }

    // Last: it adds a question the export tests above do not expect.
    void letterDoesNotRepeatTheAnswersOwnIntroduction()
    {
        const QString intro = QStringLiteral("Sở Văn hóa, Thể thao và Du lịch trả lời như sau (sau khi thống nhất với Sở Tư pháp):");
        const QString ref = addQuestion(QStringLiteral("Giờ mở cửa bảo tàng"), QStringLiteral("Bảo tàng mở cửa mấy giờ?"),
                                        QStringLiteral("2025-03-07"));
        QVERIFY(answer(ref, QStringLiteral("SVHTTDL"), m_clerk, m_supervisor, intro + QStringLiteral("\n\n") + answerText));
        auto letter = LetterService(m_context, m_clerk).compose(ref);
        QVERIFY2(letter, qPrintable(letter.error().message));
        int intros = 0;
        for (const RichBlock& block : letter->body)
            intros += block.plainText().count(QStringLiteral("như sau"));
        QCOMPARE(intros, 1);
        // The letter still says which question it answers, then gives the answer as approved.
        const QString opening = letter->body.first().plainText();
        QCOMPARE(opening, QStringLiteral("Sở Văn hóa, Thể thao và Du lịch nhận được câu hỏi của Ông/Bà (số %1, ngày 07/03/2025) "
                                         "về việc: “Giờ mở cửa bảo tàng”.")
                              .arg(ref));
        QCOMPARE(letter->body.at(1).plainText(), intro);

        const QString path = m_dir.filePath(QStringLiteral("own-intro.pdf"));
        QVERIFY(LetterService(m_context, m_clerk).write(ref, LetterFormat::Pdf, path));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_C)
                                 .simplified();
        QCOMPARE(text.count(QStringLiteral("như sau")), 1);
        QVERIFY2(text.contains(QStringLiteral("“Giờ mở cửa bảo tàng”. ") + intro), qPrintable(text));
    }
};

QTEST_MAIN(TestExportLetter)
#include "tst_exportletter.moc"
