// One desk of the load test (tests/load/tst_load.cpp): logs in once, then takes random workflow actions on the
// shared questions as fast as it can, each with the version it read, and writes one JSON line per transition the
// service reported as done, then a summary line. Usage:
//   danhoi-load-client --db LOCATION --user NAME --questions ID,ID,… --transitions N --seed S --out FILE
//                      --finished DIR --desks D
// (password: DANHOI_PASSWORD). A question the user may not see yet (not routed to their department) is skipped.
// A desk that has made its N attempts says so with a file in DIR and keeps working until all D desks have: the
// questions the others wait for (routing, publishing, approving) keep flowing, so no desk runs dry while another
// still needs work. Each desk rejects at most one question, since a rejection is the workflow's only dead end.

#include "services/AuthService.h"
#include "services/QuestionService.h"
#include "services/WorkflowService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

using namespace danhoi;

namespace {

ActionInput inputFor(Action action, const Question& question, QRandomGenerator& random)
{
    ActionInput input;
    input.expectedVersion = question.version;
    switch (action) {
    case Action::Route:
        input.departmentCode = QStringLiteral("SVHTTDL");
        input.categoryName = QStringLiteral("Du lịch");
        break;
    case Action::Reject:
        input.reason = QStringLiteral("Nội dung không thuộc thẩm quyền");
        break;
    case Action::Draft:
        input.text = QStringLiteral("Trả lời bản %1: theo quy định hiện hành…").arg(random.bounded(1000000));
        break;
    case Action::Return:
    case Action::TransferRequest:
    case Action::Unpublish:
        input.reason = QStringLiteral("Đề nghị bổ sung căn cứ pháp lý");
        break;
    default:
        break;
    }
    return input;
}

// How often a desk picks an action among those offered: rarely a rejection (a dead end), often a return or a
// transfer, so that the questions keep circulating between the desks instead of all ending closed early.
int weightOf(Action action)
{
    switch (action) {
    case Action::Reject:
        return 1;
    case Action::Return:
    case Action::TransferRequest:
        return 30;
    default:
        return 20;
    }
}

std::optional<Action> pickAction(QList<Action> offered, bool mayReject, QRandomGenerator& random)
{
    if (!mayReject)
        offered.removeAll(Action::Reject);
    if (offered.isEmpty())
        return std::nullopt;
    int total = 0;
    for (const Action action : offered)
        total += weightOf(action);
    int draw = int(random.bounded(total));
    for (const Action action : offered) {
        draw -= weightOf(action);
        if (draw < 0)
            return action;
    }
    return offered.last();
}

void writeLine(QFile& out, const QJsonObject& object)
{
    out.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("LOCATION"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("user"), QStringLiteral("NAME"));
    const QCommandLineOption transitions(QStringLiteral("transitions"), QStringLiteral("how many"), QStringLiteral("N"),
                                         QStringLiteral("500"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("seed"), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("results"), QStringLiteral("FILE"));
    const QCommandLineOption shared(QStringLiteral("questions"), QStringLiteral("ids"), QStringLiteral("IDS"));
    const QCommandLineOption finished(QStringLiteral("finished"), QStringLiteral("where desks say they are done"),
                                      QStringLiteral("DIR"));
    const QCommandLineOption desks(QStringLiteral("desks"), QStringLiteral("how many desks"), QStringLiteral("D"),
                                   QStringLiteral("1"));
    parser.addOptions({db, user, transitions, seed, output, shared, finished, desks});
    parser.process(app);

    QFile out(parser.value(output));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
        return 2;
    }
    ServiceContext context;
    const QString location = parser.value(db);
    if (DatabaseOpener::isServerLocation(location)) {
        context.serverLocation = location;
    } else {
        auto opened = DatabaseOpener::open(location, true);
        if (!opened) {
            fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 2;
        }
        context.db = opened->db;
    }
    auto actor = AuthService(context).login(parser.value(user), qEnvironmentVariable("DANHOI_PASSWORD"));
    if (!actor) {
        fprintf(stderr, "login: %s\n", qPrintable(actor.error().message));
        return 2;
    }
    QuestionService questions(context, actor.value());
    WorkflowService workflow(context, actor.value());
    QList<Id> ids;
    for (const QString& id : parser.value(shared).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    if (ids.isEmpty()) {
        fprintf(stderr, "no questions to work on (--questions)\n");
        return 2;
    }

    QRandomGenerator random(parser.value(seed).toUInt());
    const int wanted = parser.value(transitions).toInt();
    QDir finishedDir(parser.value(finished));
    const int deskCount = parser.value(desks).toInt();
    int done = 0, conflicts = 0, refused = 0, idle = 0, attempts = 0, rejections = 0;
    qint64 performMs = 0; // time inside perform(), waiting for the write turn included
    QStringList errors;
    QElapsedTimer clock;
    clock.start();
    // Whether every desk has made its attempts (looked up at most every 50 ms; the files are written once each).
    QElapsedTimer sinceLook;
    bool allFinished = false;
    const auto othersStillWorking = [&]() {
        if (!allFinished && (!sinceLook.isValid() || sinceLook.elapsed() >= 50)) {
            sinceLook.start();
            allFinished = finishedDir.entryList(QDir::Files).size() >= deskCount;
        }
        return !allFinished;
    };
    // An action is attempted only when the question offered it at the version read. A desk offered nothing looks
    // again a moment later, as a person would. One offered nothing for 20 s means the workload ran dry: it stops,
    // and the test fails on its count. A desk far past its share stops too, should another never finish.
    constexpr qint64 maxIdleMs = 20000;
    const int ceiling = 10 * wanted;
    QElapsedTimer idleSince;
    idleSince.start();
    bool announced = false;
    while ((attempts < wanted || othersStillWorking()) && attempts < ceiling && idleSince.elapsed() < maxIdleMs) {
        if (attempts >= wanted && !announced) {
            QFile mark(finishedDir.filePath(actor->username));
            announced = mark.open(QIODevice::WriteOnly);
            if (!announced) {
                errors.append(QStringLiteral("cannot write %1").arg(mark.fileName()));
                break;
            }
        }
        const Id pick = ids.at(int(random.bounded(qint64(ids.size()))));
        auto details = questions.details(QString::number(pick));
        if (!details && details.error().kind != ErrorKind::NotFound && details.error().kind != ErrorKind::Forbidden) {
            errors.append(details.error().message);
            break;
        }
        const auto action = details ? pickAction(details->availableActions, rejections == 0, random) : std::nullopt;
        if (!action) {
            ++idle;
            QThread::msleep(10);
            continue;
        }
        idleSince.restart();
        const Question& before = details->question;
        ++attempts;
        QElapsedTimer performing;
        performing.start();
        auto after = workflow.perform(QString::number(before.id), *action, inputFor(*action, before, random));
        performMs += performing.elapsed();
        if (after) {
            ++done;
            if (*action == Action::Reject)
                ++rejections;
            writeLine(out, {{QStringLiteral("user"), actor->username},
                            {QStringLiteral("question"), before.id},
                            {QStringLiteral("action"), actionName(*action)},
                            {QStringLiteral("from"), statusName(before.status)},
                            {QStringLiteral("to"), statusName(after->status)}});
        } else if (after.error().kind == ErrorKind::Conflict) {
            ++conflicts; // someone else changed the question since it was read: refused, nothing written
        } else if (after.error().kind == ErrorKind::Forbidden || after.error().kind == ErrorKind::Invalid) {
            ++refused;
            if (errors.size() < 5)
                errors.append(after.error().message);
        } else {
            errors.append(after.error().message);
            break;
        }
    }
    if (attempts < wanted)
        errors.append(QStringLiteral("ran dry after %1 of %2 attempts").arg(attempts).arg(wanted));
    if (!announced) // stopped early: the others need not wait for this desk (the test fails on its exit code)
        QFile(finishedDir.filePath(actor->username)).open(QIODevice::WriteOnly);
    writeLine(out, {{QStringLiteral("summary"), true},
                    {QStringLiteral("user"), actor->username},
                    {QStringLiteral("attempts"), attempts},
                    {QStringLiteral("done"), done},
                    {QStringLiteral("conflicts"), conflicts},
                    {QStringLiteral("refused"), refused},
                    {QStringLiteral("idle"), idle},
                    {QStringLiteral("retries"), Database::transientRetries()},
                    {QStringLiteral("elapsedMs"), clock.elapsed()},
                    {QStringLiteral("performMs"), performMs},
                    {QStringLiteral("errors"), QJsonValue::fromVariant(errors)}});
    out.close();
    return errors.isEmpty() ? 0 : 1;
}
