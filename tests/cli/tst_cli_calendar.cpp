// danhoi-cli calendar: the Labor Code's holidays, the yearly table (admin only, audited) and routing's due dates.

#include "CliRunner.h"
#include "support/TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
const QString adminPassword = QStringLiteral("Quản-trị-2025!");
const QString coordinatorPassword = QStringLiteral("Điều-phối-2025!");

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* item : list)
        out.append(QString::fromUtf8(item));
    return out;
}
} // namespace

class TestCliCalendar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    danhoi::test::BackendUnderTest m_backend;
    std::unique_ptr<CliRunner> m_cli;

    CliResult admin(QStringList a) const { return m_cli->as(QStringLiteral("admin"), adminPassword, std::move(a)); }
    CliResult coordinator(QStringList a) const
    {
        return m_cli->as(QStringLiteral("dieuphoi"), coordinatorPassword, std::move(a));
    }
    QStringList holidayDates(int year) const
    {
        const CliResult r = m_cli->run({QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("--year"),
                                        QString::number(year), QStringLiteral("--json")});
        QStringList dates;
        for (const auto& value : r.array())
            dates.append(value.toObject().value(QStringLiteral("date")).toString());
        return dates;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString location = m_backend.locationForCli(m_dir.filePath(QStringLiteral("danhoi.sqlite")));
        QVERIFY(!location.isEmpty());
        m_cli = std::make_unique<CliRunner>(location);
        QCOMPARE(m_cli->run(args({"init", "--agency", "UBND tỉnh Nghệ An", "--admin", "admin"}), adminPassword).exitCode, 0);
        QCOMPARE(admin(args({"department", "add", "SVHTTDL", "--name", "Sở Văn hóa, Thể thao và Du lịch"})).exitCode, 0);
        QCOMPARE(admin(args({"category", "add", "Du lịch", "--department", "SVHTTDL", "--days", "10"})).exitCode, 0);
        const CliResult r = m_cli->run(args({"user", "add", "dieuphoi", "--role", "coordinator", "--user", "admin"}),
                                       adminPassword, {{QStringLiteral("DANHOI_NEW_PASSWORD"), coordinatorPassword}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void holidaysOfAYear()
    {
        const CliResult r = m_cli->run(args({"calendar", "holidays", "--year", "2025", "--json"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray days = r.array();
        QCOMPARE(days.size(), 12);
        QCOMPARE(days.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-01-01"));
        QVERIFY(!days.at(0).toObject().value(QStringLiteral("name")).toString().isEmpty());
        QCOMPARE(days.at(1).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-01-28"));
        QCOMPARE(days.at(5).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-02-01")); // a Saturday
        QCOMPARE(days.at(6).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-02-03")); // in lieu
        QCOMPARE(m_cli->run(args({"calendar", "holidays", "--year", "soon"})).exitCode, 2);
        QCOMPARE(m_cli->run(args({"calendar", "holidays"})).exitCode, 2);
    }

    void dueDateSkipsEveryDayOff()
    {
        const CliResult r = m_cli->run(args({"calendar", "due", "--from", "2025-01-24", "--working-days", "5", "--json"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject due = r.object();
        QCOMPARE(due.value(QStringLiteral("due")).toString(), QStringLiteral("2025-02-07"));
        const QJsonArray skipped = due.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 9);
        QCOMPARE(skipped.first().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-01-25"));
        QCOMPARE(skipped.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Saturday"));
        QCOMPARE(skipped.last().toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-02-03"));
        const CliResult text = m_cli->run(args({"calendar", "due", "--from", "2025-04-28", "--working-days", "3"}));
        QVERIFY2(text.out.contains("2025-05-05"), text.out.constData());
        QCOMPARE(m_cli->run(args({"calendar", "due", "--from", "28/04/2025", "--working-days", "3"})).exitCode, 2);
        QCOMPARE(m_cli->run(args({"calendar", "due", "--from", "2025-04-28", "--working-days", "-1"})).exitCode, 2);
    }

    void theYearlyTableIsForAdminsAndAudited()
    {
        QCOMPARE(coordinator(args({"calendar", "set", "2025-01-27", "--off", "Nghỉ Tết"})).exitCode, 3);
        QCOMPARE(admin(args({"calendar", "set", "2025-01-27"})).exitCode, 2);
        QCOMPARE(admin(args({"calendar", "set", "2025-01-27", "--off", "Nghỉ Tết", "--working", "x"})).exitCode, 2);
        QCOMPARE(admin(args({"calendar", "set", "2025-02-30", "--off", "Nghỉ"})).exitCode, 2);
        QCOMPARE(admin(args({"calendar", "set", "2025-01-27", "--off", "  "})).exitCode, 2);
        QCOMPARE(admin(args({"calendar", "set", "2025-01-27", "--off", "Nghỉ Tết bổ sung"})).exitCode, 0);
        QCOMPARE(admin(args({"calendar", "set", "2025-02-03", "--working", "Làm việc thay ngày nghỉ bù"})).exitCode, 0);
        QCOMPARE(admin(args({"calendar", "set", "2025-02-08", "--working", "Làm bù cho 27/01"})).exitCode, 0);

        QStringList dates = holidayDates(2025);
        QVERIFY(dates.contains(QStringLiteral("2025-01-27")));
        QVERIFY(!dates.contains(QStringLiteral("2025-02-03")));
        const CliResult due = m_cli->run(args({"calendar", "due", "--from", "2025-01-24", "--working-days", "2", "--json"}));
        QCOMPARE(due.object().value(QStringLiteral("due")).toString(), QStringLiteral("2025-02-04"));

        const CliResult list = admin(args({"calendar", "list", "--json"}));
        QCOMPARE(list.array().size(), 3);
        const CliResult audit = admin(args({"audit", "list", "--json"}));
        QVERIFY2(audit.out.count("calendar") >= 3, audit.out.constData());
        QVERIFY2(audit.out.contains("2025-01-27"), audit.out.constData());

        QCOMPARE(admin(args({"calendar", "unset", "2025-02-03"})).exitCode, 0);
        QCOMPARE(admin(args({"calendar", "unset", "2025-02-03"})).exitCode, 4);
        QCOMPARE(coordinator(args({"calendar", "unset", "2025-01-27"})).exitCode, 3);
        dates = holidayDates(2025);
        QVERIFY(dates.contains(QStringLiteral("2025-02-03")));
    }

    void suggestLearnsFromRoutedQuestions()
    {
        QCOMPARE(admin(args({"department", "add", "STNMT", "--name", "Sở Tài nguyên và Môi trường"})).exitCode, 0);
        const QList<std::pair<const char*, const char*>> routed = {
            {"Lễ hội du lịch biển Cửa Lò năm nay có gì mới?", "SVHTTDL"},
            {"Đăng ký homestay du lịch cộng đồng", "SVHTTDL"},
            {"Tranh chấp đất đai với hàng xóm", "STNMT"},
            {"Cấp sổ đỏ lần đầu cho đất ở", "STNMT"},
        };
        for (const auto& [title, department] : routed) {
            const CliResult added = coordinator(args({"question", "add", "--title", title, "--body", "Xin hỏi.", "--json"}));
            QVERIFY2(added.exitCode == 0, added.err.constData());
            const QString id = QString::number(added.object().value(QStringLiteral("id")).toInt());
            QCOMPARE(coordinator({QStringLiteral("route"), id, QStringLiteral("--department"),
                                  QString::fromUtf8(department)})
                         .exitCode,
                     0);
        }
        const CliResult added = coordinator(args({"question", "add", "--title", "Tour du lịch lễ hội đền Cuông",
                                                  "--body", "Hỏi lịch lễ hội.", "--json"}));
        const QString id = QString::number(added.object().value(QStringLiteral("id")).toInt());
        const CliResult byId = coordinator({QStringLiteral("suggest"), id, QStringLiteral("--json")});
        QVERIFY2(byId.exitCode == 0, byId.err.constData());
        const QJsonArray suggestions = byId.array();
        QVERIFY(!suggestions.isEmpty() && suggestions.size() <= 3);
        const QJsonObject best = suggestions.first().toObject();
        QCOMPARE(best.value(QStringLiteral("department")).toString(), QStringLiteral("SVHTTDL"));
        QVERIFY(best.value(QStringLiteral("score")).toDouble() > 0);
        QVERIFY2(best.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("du lịch")), byId.out.constData());

        const CliResult byText = coordinator(args({"suggest", "--text", "tranh chap dat dai", "--json"}));
        QVERIFY2(byText.exitCode == 0, byText.err.constData());
        QCOMPARE(byText.array().first().toObject().value(QStringLiteral("department")).toString(), QStringLiteral("STNMT"));
        QCOMPARE(coordinator(args({"suggest"})).exitCode, 2);
        QCOMPARE(coordinator(args({"suggest", "999999"})).exitCode, 4);
        QCOMPARE(coordinator(args({"suggest", "--text", "   "})).exitCode, 2);
    }

    void routingUsesTheWholeCalendar()
    {
        // Make the next weekday a day off: the default due date of a routed question must move past it.
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")).date();
        QDate next = today.addDays(1);
        while (next.dayOfWeek() > 5)
            next = next.addDays(1);
        const QString from = today.toString(Qt::ISODate);
        const auto dueFrom = [&] {
            return m_cli->run({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"), from,
                               QStringLiteral("--working-days"), QStringLiteral("10"), QStringLiteral("--json")})
                .object()
                .value(QStringLiteral("due"))
                .toString();
        };
        const QString before = dueFrom();
        QCOMPARE(admin({QStringLiteral("calendar"), QStringLiteral("set"), next.toString(Qt::ISODate), QStringLiteral("--off"),
                        QStringLiteral("Ngày nghỉ thử")})
                     .exitCode,
                 0);
        const QString after = dueFrom();
        QVERIFY2(after > before, qPrintable(before + QLatin1Char(' ') + after));

        const CliResult added = coordinator(args({"question", "add", "--title", "Lễ hội đền Cuông tổ chức khi nào?",
                                                  "--body", "Xin hỏi lịch lễ hội.", "--json"}));
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString id = QString::number(added.object().value(QStringLiteral("id")).toInt());
        const CliResult routed = coordinator({QStringLiteral("route"), id, QStringLiteral("--department"),
                                              QStringLiteral("SVHTTDL"), QStringLiteral("--category"),
                                              QStringLiteral("Du lịch"), QStringLiteral("--json")});
        QVERIFY2(routed.exitCode == 0, routed.err.constData());
        const CliResult shown = coordinator({QStringLiteral("question"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.object().value(QStringLiteral("due_date")).toString(), after);
    }

    void categoryPeriodIsEditable()
    {
        const auto categories = [&] { return admin(args({"category", "list", "--json"})).array(); };
        const QJsonArray before = categories();
        // Refused, and nothing changes.
        QCOMPARE(coordinator(args({"category", "set", "Du lịch", "--days", "3"})).exitCode, 3);
        QCOMPARE(admin(args({"category", "set", "Du lịch", "--days", "0"})).exitCode, 2);
        QCOMPARE(admin(args({"category", "set", "Du lịch", "--days", "ba"})).exitCode, 2);
        QCOMPARE(admin(args({"category", "set", "Du lịch", "--days", "3", "--active", "maybe"})).exitCode, 2);
        QCOMPARE(admin(args({"category", "set", "Du lịch", "--days", "3", "--department", "KHONGCO"})).exitCode, 4);
        QCOMPARE(admin(args({"category", "set", "Không có", "--days", "3"})).exitCode, 4);
        QCOMPARE(categories(), before);

        const CliResult set = admin(args({"category", "set", "Du lịch", "--days", "3", "--department", "-", "--json"}));
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(set.object().value(QStringLiteral("days")).toInt(), 3);
        QVERIFY(set.object().value(QStringLiteral("department")).isNull());
        const QString from = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")).date().toString(Qt::ISODate);
        const QString expected = m_cli->run({QStringLiteral("calendar"), QStringLiteral("due"), QStringLiteral("--from"), from,
                                             QStringLiteral("--working-days"), QStringLiteral("3"), QStringLiteral("--json")})
                                     .object()
                                     .value(QStringLiteral("due"))
                                     .toString();
        const auto addQuestion = [&] {
            const CliResult added = coordinator(args({"question", "add", "--title", "Giá vé tham quan Khu di tích Kim Liên?",
                                                      "--body", "Xin hỏi.", "--json"}));
            return QString::number(added.object().value(QStringLiteral("id")).toInt());
        };
        const QString id = addQuestion();
        QCOMPARE(coordinator({QStringLiteral("route"), id, QStringLiteral("--department"), QStringLiteral("SVHTTDL"),
                              QStringLiteral("--category"), QStringLiteral("Du lịch")})
                     .exitCode,
                 0);
        const CliResult shown = coordinator({QStringLiteral("question"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.object().value(QStringLiteral("due_date")).toString(), expected);

        // A category no longer offered cannot be chosen for routing; the change is audited.
        QCOMPARE(admin(args({"category", "set", "Du lịch", "--active", "no"})).exitCode, 0);
        QCOMPARE(coordinator({QStringLiteral("route"), addQuestion(), QStringLiteral("--department"), QStringLiteral("SVHTTDL"),
                              QStringLiteral("--category"), QStringLiteral("Du lịch")})
                     .exitCode,
                 5);
        const CliResult audit = admin(args({"audit", "list", "--json"}));
        QVERIFY2(audit.out.contains("category-update"), audit.out.constData());
        QCOMPARE(admin(args({"audit", "verify"})).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_cli_calendar.moc"
