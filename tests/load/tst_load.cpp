// Eight desks at once (issue #6): eight processes, each logged in once as a different user, take 500 random
// workflow actions each on the same 50 questions; a desk that has made its share keeps working until every desk has,
// so that the questions the others need keep flowing (see load_client.cpp). Afterwards: no lost update (every question's audit trail is one
// unbroken line of states ending in its current status), no impossible state (every step is a row of the workflow
// table), the audit chain verifies, and every transition a desk was told succeeded is in the audit log exactly once.

#include "services/AdminService.h"
#include "services/AuditService.h"
#include "services/QuestionService.h"
#include "core/Workflow.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace danhoi;

namespace {
constexpr int desks = 8;
constexpr int questionCount = 50;
const QString password = QStringLiteral("tai-thu-2026");

struct Step {
    QString user;
    qint64 question = 0;
    QString action, from, to;
    bool operator==(const Step&) const = default;
};

size_t qHash(const Step& step, size_t seed = 0)
{
    return qHashMulti(seed, step.user, step.question, step.action, step.from, step.to);
}
} // namespace

class TestLoad : public QObject
{
    Q_OBJECT

private slots:
    void eightDesksOnFiftyQuestions();
};

void TestLoad::eightDesksOnFiftyQuestions()
{
    const int transitions = qEnvironmentVariableIntValue("DANHOI_LOAD_TRANSITIONS") > 0
                                ? qEnvironmentVariableIntValue("DANHOI_LOAD_TRANSITIONS")
                                : 500;
    test::BackendUnderTest backend;
    QVERIFY(backend.create());
    ServiceContext context;
    context.db = backend.db;
    auto admin = AdminService::initialise(context, QStringLiteral("UBND tỉnh Nghệ An"), QStringLiteral("quantri"), password);
    QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().message));
    AdminService setup(context, admin.value());
    QVERIFY(setup.addDepartment(QStringLiteral("SVHTTDL"), QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"), {}).ok());
    QVERIFY(setup.addCategory(QStringLiteral("Du lịch"), QStringLiteral("SVHTTDL"), 10).ok());
    // Two coordinators, three clerks, two supervisors and one who is both (and must never approve their own draft).
    const QList<std::pair<QString, Roles>> staff = {
        {QStringLiteral("dieuphoi1"), Role::Coordinator}, {QStringLiteral("dieuphoi2"), Role::Coordinator},
        {QStringLiteral("chuyenvien1"), Role::Clerk},     {QStringLiteral("chuyenvien2"), Role::Clerk},
        {QStringLiteral("chuyenvien3"), Role::Clerk},     {QStringLiteral("lanhdao1"), Role::Supervisor},
        {QStringLiteral("lanhdao2"), Role::Supervisor},   {QStringLiteral("kiemnhiem"), Role::Clerk | Role::Supervisor},
    };
    for (const auto& [name, roles] : staff) {
        const QString department = roles.testFlag(Role::Coordinator) ? QString() : QStringLiteral("SVHTTDL");
        auto added = setup.addUser({name, name, roles, department, password});
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    }
    auto coordinator = setup.users();
    QVERIFY(coordinator.ok());
    User firstCoordinator;
    for (const User& user : coordinator.value())
        if (user.username == QLatin1String("dieuphoi1"))
            firstCoordinator = user;
    QuestionService intake(context, firstCoordinator);
    QStringList ids;
    for (int i = 1; i <= questionCount; ++i) {
        NewQuestion question;
        question.title = QStringLiteral("Câu hỏi thử tải số %1 về du lịch cộng đồng").arg(i);
        question.body = QStringLiteral("Xin hỏi thủ tục đăng ký homestay tại xã số %1?").arg(i);
        auto added = intake.add(question);
        QVERIFY(added.ok());
        ids.append(QString::number(added->id));
    }

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("finished")));
    QList<QProcess*> processes;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < desks; ++i) {
        auto* process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DANHOI_PASSWORD"), password);
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationDirPath() + QStringLiteral("/danhoi-load-client"),
                       {QStringLiteral("--db"), backend.location, QStringLiteral("--user"), staff.at(i).first,
                        QStringLiteral("--questions"), ids.join(QLatin1Char(',')),
                        QStringLiteral("--transitions"), QString::number(transitions), QStringLiteral("--seed"),
                        QString::number(1000 + i), QStringLiteral("--out"), dir.filePath(QString::number(i)),
                        QStringLiteral("--finished"), dir.filePath(QStringLiteral("finished")),
                        QStringLiteral("--desks"), QString::number(desks)});
        processes.append(process);
    }
    for (QProcess* process : std::as_const(processes)) {
        QVERIFY(process->waitForFinished(20 * 60 * 1000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
    const qint64 elapsedMs = clock.elapsed();

    // What the desks were told.
    QHash<Step, int> reported;
    qint64 done = 0, conflicts = 0, refused = 0, retries = 0, attempts = 0;
    for (int i = 0; i < desks; ++i) {
        QFile file(dir.filePath(QString::number(i)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        bool summarised = false;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(QStringLiteral("summary")).toBool()) {
                summarised = true;
                attempts += object.value(QStringLiteral("attempts")).toInteger();
                done += object.value(QStringLiteral("done")).toInteger();
                conflicts += object.value(QStringLiteral("conflicts")).toInteger();
                refused += object.value(QStringLiteral("refused")).toInteger();
                retries += object.value(QStringLiteral("retries")).toInteger();
                const int made = object.value(QStringLiteral("attempts")).toInt();
                qInfo("%s: %d attempts, %lld done, %.1f ms per attempt (waiting for the write turn included)",
                      qPrintable(object.value(QStringLiteral("user")).toString()), made,
                      object.value(QStringLiteral("done")).toInteger(),
                      object.value(QStringLiteral("performMs")).toDouble() / std::max(1, made));
                QVERIFY2(made >= transitions, "a desk made fewer attempts than its share");
                continue;
            }
            ++reported[{object.value(QStringLiteral("user")).toString(), object.value(QStringLiteral("question")).toInteger(),
                        object.value(QStringLiteral("action")).toString(), object.value(QStringLiteral("from")).toString(),
                        object.value(QStringLiteral("to")).toString()}];
        }
        QVERIFY2(summarised, "a desk ended without its summary");
    }
    qInfo("%d desks, at least %d attempts each, on %d questions (%s): %lld attempts, %lld transitions in %.1f s = %.1f/s; "
          "%lld stale-version conflicts refused, %lld transactions retried after a serialization failure or deadlock, "
          "%lld refused",
          desks, transitions, questionCount, test::BackendUnderTest::isPostgres() ? "PostgreSQL" : "SQLite", attempts, done,
          elapsedMs / 1000.0, done * 1000.0 / std::max<qint64>(1, elapsedMs), conflicts, retries, refused);
    QCOMPARE(refused, 0); // an action offered at the version read is never refused at that version
    QVERIFY(done > 0);

    // What the audit log says happened.
    AuditService audit(context, admin.value());
    auto events = audit.list();
    QVERIFY(events.ok());
    QHash<Step, int> logged;
    QHash<qint64, QString> lastStatus;
    for (const AuditEvent& event : events.value()) {
        const auto action = actionFromName(event.action);
        if (!action || !event.questionId)
            continue;
        const qint64 question = *event.questionId;
        ++logged[{event.username, question, event.action, event.fromStatus, event.toStatus}];
        // No impossible state: the step is a row of the workflow table.
        const Transition& rule = Workflow::transition(*action);
        const auto from = statusFromName(event.fromStatus);
        QVERIFY2(from && rule.from.contains(*from) && statusName(rule.to) == event.toStatus,
                 qPrintable(QStringLiteral("event %1: %2 from %3 to %4").arg(event.seq).arg(event.action,
                                                                                    event.fromStatus, event.toStatus)));
        // No lost update: each step starts where the question's previous step ended.
        if (lastStatus.contains(question))
            QCOMPARE(event.fromStatus, lastStatus.value(question));
        else
            QCOMPARE(event.fromStatus, statusName(Status::Received));
        lastStatus[question] = event.toStatus;
    }
    QCOMPARE(logged, reported); // every reported success exactly once, nothing unreported
    QuestionService reader(context, admin.value());
    for (auto it = lastStatus.cbegin(); it != lastStatus.cend(); ++it) {
        auto question = reader.find(QString::number(it.key()));
        QVERIFY(question.ok());
        QCOMPARE(statusName(question->status), it.value());
    }
    auto verdict = audit.verify();
    QVERIFY(verdict.ok());
    QVERIFY2(verdict->ok, qPrintable(verdict->reason));
}

QTEST_GUILESS_MAIN(TestLoad)
#include "tst_load.moc"
