// Search latency on generated questions, against the same FTS5 query typed into the sqlite3 shell on the same file.
// Not a test: run by hand, e.g.  bench_search --questions 100000 --runs 20 [--keep FILE]
// Prints median and 95th percentile per query and overall, and the ratio to the shell.

#include "services/SearchService.h"
#include "core/SearchQuery.h"
#include "storage/CatalogRepository.h"
#include "storage/Migrations.h"
#include "storage/QuestionRepository.h"
#include "storage/RevisionRepository.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace danhoi;

namespace {

struct Corpus {
    QStringList titles, bodies, answers, localities, words;
};

Corpus loadCorpus(const QString& path)
{
    Corpus corpus;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QSet<QString> words;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.isEmpty())
            continue;
        corpus.titles.append(o.value(QStringLiteral("title")).toString());
        corpus.bodies.append(o.value(QStringLiteral("body")).toString());
        if (!o.value(QStringLiteral("answer")).toString().isEmpty())
            corpus.answers.append(o.value(QStringLiteral("answer")).toString());
        corpus.localities.append(o.value(QStringLiteral("asker_locality")).toString());
        static const QRegularExpression split(QStringLiteral("[\\s,.;:?!()\"“”]+"));
        for (const QString& w : o.value(QStringLiteral("body")).toString().split(split, Qt::SkipEmptyParts))
            words.insert(w);
    }
    corpus.words = QStringList(words.cbegin(), words.cend());
    corpus.words.sort();
    return corpus;
}

// A plausible question: a fixture question with a few of its sentences' words swapped for others of the corpus.
QString varied(const QString& text, const Corpus& corpus, QRandomGenerator& random, int swaps)
{
    QStringList parts = text.split(QLatin1Char(' '));
    for (int i = 0; i < swaps && !parts.isEmpty(); ++i)
        parts[random.bounded(int(parts.size()))] = corpus.words.at(random.bounded(int(corpus.words.size())));
    return parts.join(QLatin1Char(' '));
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("questions"), QStringLiteral("How many questions to generate."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per query."), QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write (or reuse) the database at FILE."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("fixture"), QStringLiteral("questions.jsonl to draw text from."), QStringLiteral("FILE"),
                      QStringLiteral(DANHOI_TEST_DATA "/questions.jsonl")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("questions")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                              : dir.filePath(QStringLiteral("bench.sqlite"));
    const bool reuse = QFile::exists(path);
    auto opened = Database::openSqlite(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    ServiceContext context;
    context.db = opened.value();
    if (auto ok = Migrations::migrateTo(*context.db, Migrations::latestVersion()); !ok)
        qFatal("%s", qPrintable(ok.error().message));

    User coordinator;
    coordinator.username = QStringLiteral("dieuphoi");
    coordinator.roles = Role::Coordinator;
    User clerk;
    clerk.username = QStringLiteral("chuyenvien");
    clerk.roles = Role::Clerk;
    if (!reuse) {
        const Corpus corpus = loadCorpus(parser.value(QStringLiteral("fixture")));
        QRandomGenerator random(4);
        auto connection = context.db->connection().value();
        CatalogRepository catalog(connection);
        QList<Id> departments;
        for (int d = 0; d < 16; ++d)
            departments.append(catalog.addDepartment({0, QStringLiteral("D%1").arg(d), QStringLiteral("Sở %1").arg(d), {}, true, 0}).value());
        clerk.departmentId = departments.first();
        coordinator.id = UserRepository(connection).add(coordinator, QStringLiteral("x")).value();
        clerk.id = UserRepository(connection).add(clerk, QStringLiteral("x")).value();
        QElapsedTimer timer;
        timer.start();
        const int batch = 5000;
        for (int done = 0; done < count;) {
            Transaction tx(*context.db);
            if (!tx.begin())
                qFatal("begin");
            QuestionRepository questions(tx.connection());
            RevisionRepository revisions(tx.connection());
            for (int i = 0; i < batch && done < count; ++i, ++done) {
                const int pick = random.bounded(int(corpus.titles.size()));
                Question q;
                q.title = varied(corpus.titles.at(pick), corpus, random, 2);
                q.body = varied(corpus.bodies.at(pick), corpus, random, 8);
                q.asker.locality = corpus.localities.at(random.bounded(int(corpus.localities.size())));
                q.receivedAt = QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC).addSecs(qint64(done) * 1800);
                q.departmentId = departments.at(random.bounded(int(departments.size())));
                q.status = Status::Assigned;
                if (auto ok = questions.insert(q, 2020 + done / 20000, q.receivedAt); !ok)
                    qFatal("%s", qPrintable(ok.error().message));
                if (random.bounded(100) < 60) {
                    AnswerRevision revision;
                    revision.questionId = q.id;
                    revision.body = varied(corpus.answers.at(random.bounded(int(corpus.answers.size()))), corpus, random, 10);
                    revision.authorId = clerk.id;
                    revision.createdAt = q.receivedAt;
                    revision.state = RevisionState::Approved;
                    if (auto ok = revisions.append(revision); !ok)
                        qFatal("%s", qPrintable(ok.error().message));
                    q.publishedRevisionId = revision.id;
                    q.status = Status::Published;
                    if (auto ok = questions.update(q, q.receivedAt); !ok)
                        qFatal("%s", qPrintable(ok.error().message));
                }
            }
            if (!tx.commit())
                qFatal("commit");
            std::fprintf(stderr, "\r%d questions", done);
        }
        std::fprintf(stderr, "\rGenerated %d questions in %.1f s (through the repositories' write path, index included)\n",
                     count, double(timer.elapsed()) / 1000.0);
        SqlStatement optimize(connection, QStringLiteral("INSERT INTO question_search (question_search) VALUES ('optimize')"));
        optimize.exec();
    } else {
        auto users = UserRepository(context.db->connection().value());
        coordinator = *users.byUsername(coordinator.username).value();
        clerk = *users.byUsername(clerk.username).value();
    }

    const QStringList queries = {
        QStringLiteral("du lịch"),        QStringLiteral("bảo hiểm y tế"),   QStringLiteral("sổ đỏ"),
        QStringLiteral("học phí"),        QStringLiteral("\"trợ cấp\""),     QStringLiteral("đường"),
        QStringLiteral("thất nghiệp"),    QStringLiteral("nhà ở xã hội"),   QStringLiteral("chứng thực -phí"),
        QStringLiteral("gi*"),            QStringLiteral("hộ nghèo"),       QStringLiteral("vắc xin"),
        QStringLiteral("giấy phép lái xe"), QStringLiteral("lương hưu"),    QStringLiteral("homestay"),
        QStringLiteral("Nghệ An"),        QStringLiteral("thuế cho thuê"),  QStringLiteral("lý lịch tư pháp"),
        QStringLiteral("tắt sóng 2G"),    QStringLiteral("phân loại rác"),
    };
    std::printf("Database: %s (%s)\n", qPrintable(path), reuse ? "reused" : "generated");
    std::printf("%-20s %10s %10s %10s %10s %8s\n", "query", "app med", "app p95", "shell med", "shell p95", "results");
    QList<double> allApp, allShell, allClerk;
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    QList<QString> expressions;
    for (const QString& text : queries) {
        const QString expression = SearchQuery::parse(text).ftsExpression();
        expressions.append(expression);
        QString literal = expression;
        literal.replace(QLatin1Char('\''), QLatin1String("''"));
        // The same MATCH, ranking and candidate window the service asks for (limit 20 → 80 candidates).
        const QString sql = QStringLiteral("SELECT rowid, bm25(question_search, 4.0, 1.0, 0.75, 1.0) AS score"
                                           " FROM question_search WHERE question_search MATCH '%1' ORDER BY score LIMIT 80;\n")
                                .arg(literal);
        for (int r = 0; r < runs + 1; ++r) // the first run warms the cache and is dropped, as for the app
            script += sql;
    }
    // The shell: one sqlite3 process, every query typed in turn, timed by .timer.
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    const QString shellOut = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> shellTimes;
    for (auto it = runTime.globalMatch(shellOut); it.hasNext();)
        shellTimes.append(it.next().captured(1).toDouble() * 1000.0);
    if (shellTimes.size() != queries.size() * (runs + 1))
        std::printf("warning: %lld shell timings for %lld runs\n%s\n", qlonglong(shellTimes.size()),
                    qlonglong(queries.size() * (runs + 1)), qPrintable(shellOut.left(500)));

    for (qsizetype i = 0; i < queries.size(); ++i) {
        QList<double> app, clerkTimes;
        qsizetype results = 0;
        for (int r = 0; r < runs + 1; ++r) {
            QElapsedTimer timer;
            timer.start();
            auto found = SearchService(context, coordinator).search({queries.at(i), {}, {}, {}, {}, 20});
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!found)
                qFatal("%s", qPrintable(found.error().message));
            results = found->size();
            if (r > 0)
                app.append(ms);
            timer.restart();
            SearchService(context, clerk).search({queries.at(i), {}, {}, {}, {}, 20});
            if (r > 0)
                clerkTimes.append(double(timer.nsecsElapsed()) / 1e6);
        }
        QList<double> sh = shellTimes.mid(i * (runs + 1) + 1, runs);
        allApp += app;
        allShell += sh;
        allClerk += clerkTimes;
        std::printf("%-20s %8.2fms %8.2fms %8.2fms %8.2fms %8lld\n", qPrintable(queries.at(i)), percentile(app, 0.5),
                    percentile(app, 0.95), percentile(sh, 0.5), percentile(sh, 0.95), qlonglong(results));
    }
    std::printf("\nAll queries, coordinator (every question): app median %.2f ms, p95 %.2f ms\n", percentile(allApp, 0.5),
                percentile(allApp, 0.95));
    std::printf("All queries, clerk (own department + published): app median %.2f ms, p95 %.2f ms\n",
                percentile(allClerk, 0.5), percentile(allClerk, 0.95));
    std::printf("All queries, sqlite3 shell (same MATCH, bm25, LIMIT 80): median %.2f ms, p95 %.2f ms\n",
                percentile(allShell, 0.5), percentile(allShell, 0.95));
    std::printf("Ratio app/shell: median %.1fx, p95 %.1fx\n", percentile(allApp, 0.5) / std::max(0.001, percentile(allShell, 0.5)),
                percentile(allApp, 0.95) / std::max(0.001, percentile(allShell, 0.95)));
    return 0;
}
