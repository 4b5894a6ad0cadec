// Audit notes written by the services are language-neutral and translated for the reader; free text and notes
// written before in the actor's language are shown as stored.

#include "core/AuditNote.h"
#include "core/Language.h"

#include <QTest>

using namespace danhoi;

class TestAuditNote : public QObject
{
    Q_OBJECT

private slots:
    void storedTheSameWhateverTheLanguage()
    {
        Language::install(QStringLiteral("vi"));
        const QString vi = AuditNote::revision(3, QStringLiteral("Bổ sung căn cứ"));
        Language::install(QStringLiteral("en"));
        QCOMPARE(AuditNote::revision(3, QStringLiteral("Bổ sung căn cứ")), vi);
        QCOMPARE(vi, QStringLiteral("revision=3; comment=Bổ sung căn cứ"));
        QCOMPARE(AuditNote::department(QStringLiteral("SXD"), QStringLiteral("Sở Xây dựng"), false),
                 QStringLiteral("SXD: Sở Xây dựng; active=0"));
        Language::install(QStringLiteral("vi"));
        const QString importedVi = AuditNote::imported(QStringLiteral("hoi-dap.csv"), 12);
        Language::install(QStringLiteral("en"));
        QCOMPARE(AuditNote::imported(QStringLiteral("hoi-dap.csv"), 12), importedVi);
        QCOMPARE(importedVi, QStringLiteral("import=hoi-dap.csv; line=12"));
    }

    void importShownInTheReadersLanguage()
    {
        // The file name is the importer's: it may hold the marks themselves, and %-placeholders.
        const QString odd = QStringLiteral("a; line=3 %1 %2.csv");
        const QString note = AuditNote::imported(odd, 40);
        Language::install(QStringLiteral("en"));
        QCOMPARE(AuditNote::display(QStringLiteral("record"), AuditNote::imported(QStringLiteral("hoi-dap.csv"), 12)),
                 QStringLiteral("import hoi-dap.csv, line 12"));
        QCOMPARE(AuditNote::display(QStringLiteral("record"), note), QStringLiteral("import a; line=3 %1 %2.csv, line 40"));
        Language::install(QStringLiteral("vi"));
        QCOMPARE(AuditNote::display(QStringLiteral("record"), AuditNote::imported(QStringLiteral("hoi-dap.csv"), 12)),
                 QStringLiteral("nhập từ hoi-dap.csv, dòng 12"));
        QCOMPARE(AuditNote::display(QStringLiteral("record"), note), QStringLiteral("nhập từ a; line=3 %1 %2.csv, dòng 40"));
    }

    void importNotesOfBeforeAsStored()
    {
        Language::install(QStringLiteral("en"));
        // Written before in either language, or not quite in the form: shown as stored.
        for (const QString& stored : {QStringLiteral("nhập từ hoi-dap.csv, dòng 12"), QStringLiteral("import hoi-dap.csv, line 12"),
                                      QStringLiteral("import=hoi-dap.csv; line=12a"), QStringLiteral("import=hoi-dap.csv; line="),
                                      QStringLiteral("import=hoi-dap.csv"), QStringLiteral("Tiếp nhận trực tiếp")})
            QCOMPARE(AuditNote::display(QStringLiteral("record"), stored), stored);
        // Only a "record" note is an import's.
        QCOMPARE(AuditNote::display(QStringLiteral("reject"), QStringLiteral("import=a.csv; line=2")),
                 QStringLiteral("import=a.csv; line=2"));
    }

    void shownInTheReadersLanguage()
    {
        const QString returned = AuditNote::revision(2, QStringLiteral("Bổ sung căn cứ; và ghi rõ\nngày"));
        Language::install(QStringLiteral("en"));
        QCOMPARE(AuditNote::display(QStringLiteral("return"), returned),
                 QStringLiteral("revision 2: Bổ sung căn cứ; và ghi rõ\nngày"));
        QCOMPARE(AuditNote::display(QStringLiteral("draft"), AuditNote::revision(4)), QStringLiteral("revision 4"));
        QCOMPARE(AuditNote::display(QStringLiteral("department-update"),
                                    AuditNote::department(QStringLiteral("SXD"), QStringLiteral("Sở Xây dựng"), false)),
                 QStringLiteral("SXD: Sở Xây dựng (retired)"));
        QCOMPARE(AuditNote::display(QStringLiteral("route"), QStringLiteral("SVH, 2025-03-21")),
                 QStringLiteral("SVH, due 21/03/2025"));
        Language::install(QStringLiteral("vi"));
        QCOMPARE(AuditNote::display(QStringLiteral("route"), QStringLiteral("SVH, 2025-03-21")),
                 QStringLiteral("SVH, hạn trả lời 21/03/2025"));
        QCOMPARE(AuditNote::display(QStringLiteral("draft"), AuditNote::revision(4)), QStringLiteral("phiên bản 4"));
        QCOMPARE(AuditNote::display(QStringLiteral("return"), returned),
                 QStringLiteral("phiên bản 2: Bổ sung căn cứ; và ghi rõ\nngày"));
    }

    void otherNotesAsStored()
    {
        Language::install(QStringLiteral("en"));
        // Written before, in the actor's language: left alone.
        QCOMPARE(AuditNote::display(QStringLiteral("draft"), QStringLiteral("phiên bản 2")), QStringLiteral("phiên bản 2"));
        // A rejection reason is the coordinator's text, even when it looks like a note of the services.
        QCOMPARE(AuditNote::display(QStringLiteral("reject"), QStringLiteral("revision=5")), QStringLiteral("revision=5"));
        QCOMPARE(AuditNote::display(QStringLiteral("route"), QStringLiteral("SVH, ngày 21")),
                 QStringLiteral("SVH, ngày 21"));
        QCOMPARE(AuditNote::display(QStringLiteral("department-update"), QStringLiteral("SXD: Sở Xây dựng")),
                 QStringLiteral("SXD: Sở Xây dựng"));
    }
};

QTEST_GUILESS_MAIN(TestAuditNote)
#include "tst_auditnote.moc"
