// Redaction of personal data: every Vietnamese phone form, e-mails, citizen IDs, street addresses, the asker's own
// details, the allowlist and manual choices; and no false hits on legal numbers, amounts, hamlets or school years.

#include "core/Redaction.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace danhoi;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void hides_data();
    void hides();
    void leavesAlone_data();
    void leavesAlone();
    void allowlistKeepsOfficialNumbers();
    void askerDetailsAlwaysHidden();
    void manualChoices();
    void overlappingHitsBecomeOneMarker();
    void markdownMarkerIsEscaped();
    void askerLine();
    void sampleBodiesLoseTheirPersonalData();
};

void TestRedaction::hides_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString m = Redactor::marker();
    auto row = [&](const char* name, const char* text, const char* expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected).replace(QStringLiteral("#"), m);
    };
    row("mobile plain", "Gọi 0912345678 giúp tôi.", "Gọi # giúp tôi.");
    row("mobile dots", "Điện thoại: 0932.499.564; email", "Điện thoại: #; email");
    row("mobile spaces 4-3-3", "SĐT: 0949 249 577.", "SĐT: #.");
    row("mobile spaces 3-3-4", "số 090 904 8540 nhé", "số # nhé");
    row("mobile dashes", "gọi 0987-654-321", "gọi #");
    row("mobile +84 spaced", "liên hệ: +84 946 983 744.", "liên hệ: #.");
    row("mobile +84 plain", "(+84912345678)", "(#)");
    row("mobile 84 no plus", "gọi 84912345678 nhé", "gọi # nhé");
    row("mobile +84 (0)", "+84 (0) 912 345 678", "#");
    row("mobile 05x", "số điện thoại 0567051754, rất mong", "số điện thoại #, rất mong");
    row("mobile 07x dots", "0790.456.064", "#");
    row("mobile nbsp", "0949\u00a0249\u00a0577", "#");
    row("landline 11 digits", "Sở: 0238 3844 123.", "Sở: #.");
    row("landline parentheses", "ĐT (0238) 3 844 123", "ĐT #");
    row("landline dots", "024.3825.1234", "#");
    row("landline old 10 digits", "038.3844123", "#");
    row("landline +84", "+84 238 3844 123", "#");
    row("old 11-digit mobile", "0168 123 4567", "#");
    row("trailing digit after phone", "0949 249 577 2 lần", "# 2 lần");
    row("colon glued", "ĐT:0985985703", "ĐT:#");
    row("foreign number", "số +82 10 1234 5678 ở Hàn", "số # ở Hàn");
    row("id 12 digits", "CCCD số 040079860818.", "CCCD số #.");
    row("id with spaces", "căn cước 040 079 860 818", "căn cước #");
    row("id in sentence", "số định danh cá nhân 040158257481, hiện ở xóm 3", "số định danh cá nhân #, hiện ở xóm 3");
    row("email", "email: lethiphuong@outlook.com.", "email: #.");
    row("email with dots and plus", "loan.tl1999+dv@gmail.com", "#");
    row("email subdomain", "a_b@mail.nghean.gov.vn", "#");
    row("email obfuscated", "nguyenvan [at] gmail.com", "#");
    row("email uppercase", "NMANH86@GMAIL.COM", "#");
    row("street address", "Thông tin liên hệ: số 9 ngõ 22 đường Hồ Tùng Mậu, phường Hưng Dũng;",
        "Thông tin liên hệ: #, phường Hưng Dũng;");
    row("street with commas", "ở số 18, ngõ 5, đường Phạm Hồng Thái, xóm 3", "ở #, xóm 3");
    row("street number only", "trú tại số 56 đường Nguyễn Du, phường Quán Bàu", "trú tại #, phường Quán Bàu");
    row("phố", "nhà số 12 phố Huế", "#");
    row("kiệt", "Số 4 kiệt 12 đường Lê Lợi", "#");
    row("labelled address", "Địa chỉ nhà tôi: xóm Xuân Thủy, xã Thanh Thủy, cạnh nhà văn hóa xóm. Xin cảm ơn",
        "Địa chỉ nhà tôi: #. Xin cảm ơn");
    row("flat", "Căn hộ của tôi là căn 1208, tòa B. Xin", "Căn hộ của tôi là #. Xin");
}

void TestRedaction::hides()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Redactor().apply(text), expected);
}

void TestRedaction::leavesAlone_data()
{
    QTest::addColumn<QString>("text");
    auto row = [](const char* name, const char* text) { QTest::newRow(name) << QString::fromUtf8(text); };
    row("decree number", "Theo Nghị định số 20/2021/NĐ-CP của Chính phủ");
    row("decision number", "Quyết định số 1234/QĐ-UBND ngày 12/10/2023");
    row("amount", "mức 360.000 đồng/tháng");
    row("large amount", "chi phí 1.200.000.000 đồng, tức 100.000.000.000 đồng cho cả tỉnh");
    row("amount spaces", "khoảng 700 000 000 đồng");
    row("hamlet", "Xóm 3, xã Nam Anh, huyện Nam Đàn");
    row("school year", "học sinh khối 9 và lớp 10");
    row("criminal record form", "phiếu lý lịch tư pháp số 1");
    row("hotline", "gọi đường dây nóng 1022 hoặc 113");
    row("service number", "tổng đài 1900 9095");
    row("dates", "từ 12/10/2023 đến 2025-03-04, lúc 10:41");
    row("years", "năm 2006, 2019 và 2024");
    row("percent and decimals", "tỷ lệ 0,5%/ngày, 2,5 m");
    row("licence plate", "biển kiểm soát 37A-586.42");
    row("unnumbered street", "nhà hàng trên đường Bình Minh, Cửa Lò");
    row("article numbers", "Điều 5, khoản 2 Luật số 45/2019/QH14");
    row("area", "thu hồi 95 m² đất, còn 38 m²");
    row("phone count", "có 3 số điện thoại");
    row("ten digits not phone", "mã 1234567890");
    row("nine digits", "số 123456789");
    row("ref", "câu hỏi HD-2025-000123");
}

void TestRedaction::leavesAlone()
{
    QFETCH(QString, text);
    const auto hits = Redactor().find(text);
    if (!hits.isEmpty())
        QFAIL(qPrintable(QStringLiteral("false hit: %1").arg(hits.first().text)));
}

void TestRedaction::allowlistKeepsOfficialNumbers()
{
    RedactionRules rules;
    rules.allowlist = {QStringLiteral("0238 3844 500"), QStringLiteral("vanphong@nghean.gov.vn"),
                       QStringLiteral("số 3 đường Trường Thi")};
    const Redactor redactor(rules);
    const QString text = QStringLiteral("Liên hệ Văn phòng (0238) 3.844.500, +84 238 3844 500 hoặc VanPhong@NgheAn.gov.vn, "
                                        "trụ sở số 3 đường Trường Thi; không phải 0238 3844 501.");
    QCOMPARE(redactor.apply(text),
             QStringLiteral("Liên hệ Văn phòng (0238) 3.844.500, +84 238 3844 500 hoặc VanPhong@NgheAn.gov.vn, "
                            "trụ sở số 3 đường Trường Thi; không phải %1.")
                 .arg(Redactor::marker()));
}

void TestRedaction::askerDetailsAlwaysHidden()
{
    RedactionRules rules;
    rules.asker.phone = QStringLiteral("0912 345 678");
    rules.asker.email = QStringLiteral("an@example.vn");
    rules.asker.address = QStringLiteral("thôn Đông, xã Nghi Kim");
    rules.asker.idNumber = QStringLiteral("186123456"); // old 9-digit card: only hidden because it is the asker's
    rules.asker.name = QStringLiteral("Nguyễn Văn An");
    rules.allowlist = {QStringLiteral("0912345678")}; // even an allowlist cannot publish the asker's own phone
    const QString text = QStringLiteral("Tôi là Nguyễn Văn An, CMND 186123456, ở thôn Đông, xã Nghi Kim, gọi +84912345678.");
    const QString m = Redactor::marker();
    QCOMPARE(Redactor(rules).apply(text),
             QStringLiteral("Tôi là Nguyễn Văn An, CMND %1, ở %1, gọi %1.").arg(m));
    rules.hideAskerName = true;
    QCOMPARE(Redactor(rules).apply(text), QStringLiteral("Tôi là %1, CMND %1, ở %1, gọi %1.").arg(m));
}

void TestRedaction::manualChoices()
{
    RedactionRules rules;
    rules.manual = {{0, ManualRedaction::Kind::Hide, QStringLiteral("cạnh nhà văn hóa xóm"), {}, {}},
                    {0, ManualRedaction::Kind::Keep, QStringLiteral("0238 3844 123"), {}, {}}};
    const QString text = QStringLiteral("Nhà tôi cạnh nhà văn hóa xóm, gọi trạm y tế 0238.3844.123 hoặc tôi 0912345678.");
    QCOMPARE(Redactor(rules).apply(text),
             QStringLiteral("Nhà tôi %1, gọi trạm y tế 0238.3844.123 hoặc tôi %1.").arg(Redactor::marker()));
}

void TestRedaction::overlappingHitsBecomeOneMarker()
{
    RedactionRules rules;
    rules.asker.address = QStringLiteral("số 9 ngõ 22 đường Hồ Tùng Mậu, phường Hưng Dũng");
    const QString out = Redactor(rules).apply(QStringLiteral("ở số 9 ngõ 22 đường Hồ Tùng Mậu, phường Hưng Dũng."));
    QCOMPARE(out, QStringLiteral("ở %1.").arg(Redactor::marker()));
}

void TestRedaction::markdownMarkerIsEscaped()
{
    QCOMPARE(Redactor().applyToMarkdown(QStringLiteral("gọi 0912345678")), QStringLiteral("gọi \\[đã ẩn\\]"));
}

void TestRedaction::askerLine()
{
    const Asker asker{QStringLiteral("Nguyễn Thùy Dung"), QStringLiteral("xã Hưng Thành, huyện Hưng Nguyên"), {}, {}, {}, {}};
    QCOMPARE(Redactor::askerLine(asker, AskerLineStyle::FullName),
             QStringLiteral("Nguyễn Thùy Dung – xã Hưng Thành, huyện Hưng Nguyên"));
    QCOMPARE(Redactor::askerLine(asker, AskerLineStyle::Initials), QStringLiteral("N.T.D. – xã Hưng Thành, huyện Hưng Nguyên"));
    QCOMPARE(Redactor::askerLine(asker, AskerLineStyle::Anonymous), QStringLiteral("Người hỏi giấu tên"));
    QCOMPARE(Redactor::initials(QStringLiteral("đặng  ánh")), QStringLiteral("Đ.Á."));
    QCOMPARE(askerLineStyleFromName(QStringLiteral("initials")), AskerLineStyle::Initials);
    QVERIFY(!askerLineStyleFromName(QStringLiteral("bogus")));
}

// Every sample body flagged with personal data loses its phones, e-mails and IDs; other bodies keep their numbers.
void TestRedaction::sampleBodiesLoseTheirPersonalData()
{
    QFile file(QStringLiteral(DANHOI_TEST_DATA "/questions.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int flagged = 0;
    while (!file.atEnd()) {
        const QJsonObject q = QJsonDocument::fromJson(file.readLine()).object();
        const QString body = q.value(QStringLiteral("body")).toString();
        RedactionRules rules;
        rules.asker.phone = q.value(QStringLiteral("asker_phone")).toString();
        rules.asker.email = q.value(QStringLiteral("asker_email")).toString();
        const QString redacted = Redactor(rules).apply(body);
        const QString id = q.value(QStringLiteral("id")).toString();
        static const QRegularExpression email(QStringLiteral("\\S+@\\S+"));
        QVERIFY2(!email.match(redacted).hasMatch(), qPrintable(id + QLatin1Char(' ') + redacted));
        static const QRegularExpression longNumber(QStringLiteral("(?<![\\d.,])(?:\\+84|0)(?:[ .\\-]?\\d){8,}"));
        const auto number = longNumber.match(redacted);
        QVERIFY2(!number.hasMatch(), qPrintable(id + QStringLiteral(": ") + number.captured()));
        static const QRegularExpression street(QStringLiteral("số \\d+,? (?:ngõ \\d+,? )?đường"));
        QVERIFY2(!street.match(redacted).hasMatch(), qPrintable(id + QLatin1Char(' ') + redacted));
        if (q.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("pii_in_body"))) {
            ++flagged;
            QVERIFY2(redacted != body, qPrintable(id));
        }
        // What only looks like personal data stays.
        for (const char* kept : {"xóm 3", "Xóm 3", "khối 9", "phiếu lý lịch tư pháp số 1", "/NĐ-CP", "đồng"})
            QCOMPARE(redacted.count(QString::fromUtf8(kept)), body.count(QString::fromUtf8(kept)));
        // Answers cite decrees and amounts: nothing in them is personal.
        const QString answer = q.value(QStringLiteral("answer")).toString();
        const auto answerHits = Redactor().find(answer);
        QVERIFY2(answerHits.isEmpty(), qPrintable(id + QStringLiteral(" answer: ") + (answerHits.isEmpty() ? QString() : answerHits.first().text)));
    }
    QVERIFY(flagged >= 15);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
