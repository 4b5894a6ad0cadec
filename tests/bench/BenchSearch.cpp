#include "BenchFigures.h"

#include "BenchProcess.h"
#include "core/SearchQuery.h"
#include "core/TextFolding.h"
#include "services/SearchService.h"
#include "storage/SearchDialect.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <numeric>

namespace danhoi::bench {

namespace {

// What citizens and clerks type: the topics of the generated questions, names of places, phrases, exclusions.
QStringList accentedQueries()
{
    return {QStringLiteral("du lịch cộng đồng"), QStringLiteral("cấp phép homestay"), QStringLiteral("lễ hội truyền thống"),
            QStringLiteral("trợ cấp người có công"), QStringLiteral("chế độ liệt sĩ"), QStringLiteral("hộ nghèo"),
            QStringLiteral("bảo hiểm thất nghiệp"), QStringLiteral("tuyển dụng viên chức"),
            QStringLiteral("giấy chứng nhận quyền sử dụng đất"), QStringLiteral("bồi thường giải phóng mặt bằng"),
            QStringLiteral("ô nhiễm môi trường"), QStringLiteral("giấy phép xây dựng"), QStringLiteral("nhà ở xã hội"),
            QStringLiteral("\"giấy phép lái xe\""), QStringLiteral("thành lập doanh nghiệp"), QStringLiteral("bảo hiểm y tế"),
            QStringLiteral("tiêm chủng trẻ em"), QStringLiteral("an toàn thực phẩm"), QStringLiteral("tuyển sinh lớp 10"),
            QStringLiteral("học phí -miễn"), QStringLiteral("chứng thực bản sao"), QStringLiteral("lý lịch tư pháp"),
            QStringLiteral("đăng ký khai sinh"), QStringLiteral("Quỳnh Lưu đất"), QStringLiteral("thủy lợi*")};
}

// The raw engine's own timings of `sql` (each item the statements of one query, one a line) run runs+1 times per
// query, each run's statements added up: the sqlite3 shell (.timer) on the file, or psql (\\timing) on the server
// as the location's user, its owner, whom row-level security does not filter.
QList<double> rawTimings(const RawEngine& engine, const QStringList& sql, int runs)
{
    QString script = engine.server.isEmpty() ? QStringLiteral(".timer on\n.output /dev/null\n")
                                             : QStringLiteral("\\timing on\n\\o /dev/null\n");
    qsizetype statements = 0;
    for (const QString& statement : sql) {
        statements += statement.count(QLatin1Char('\n')) * (runs + 1);
        for (int r = 0; r <= runs; ++r) // the first run warms the cache and is dropped, on both sides
            script += statement;
    }
    const ProcessRun shell = engine.server.isEmpty()
        ? runProcess(QStringLiteral("/usr/bin/sqlite3"), {engine.file}, {}, script.toUtf8())
        : runProcess(QStringLiteral("/usr/bin/psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), engine.server},
                     {}, script.toUtf8());
    requireOk(shell, engine.server.isEmpty() ? QStringLiteral("sqlite3 search") : QStringLiteral("psql search"));
    static const QRegularExpression sqliteTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    static const QRegularExpression psqlTime(QStringLiteral("^Time: ([0-9.]+) ms"), QRegularExpression::MultilineOption);
    QList<double> each;
    const QString printed = QString::fromUtf8(shell.out + shell.err);
    for (auto it = (engine.server.isEmpty() ? sqliteTime : psqlTime).globalMatch(printed); it.hasNext();)
        each.append(it.next().captured(1).toDouble() * (engine.server.isEmpty() ? 1000.0 : 1.0));
    if (each.size() != statements)
        qFatal("the raw engine gave %lld timings for %lld statements", qlonglong(each.size()), qlonglong(statements));
    QList<double> times;
    qsizetype at = 0;
    for (const QString& statement : sql)
        for (int r = 0; r <= runs; ++r) {
            double sum = 0;
            for (qsizetype k = 0; k < statement.count(QLatin1Char('\n')); ++k)
                sum += each.at(at++);
            times.append(sum);
        }
    return times;
}

// The statements SearchIndex::searchNewest runs for full rows (the coordinator): the window of the newest matches
// with their folded text, the index's row count, and for each term its newest 1,000 rows and the index's rowid
// span. Not typed: the ranking of the window (C++), the texts of the 80 best. On PostgreSQL as the owner, straight
// from question_search (a desk goes through danhoi_search_matches, which row-level security makes necessary).
QString rawQuery(const RawEngine& engine, const QString& text)
{
    const bool sqlite = engine.server.isEmpty();
    auto literal = [&](const QString& expression) {
        QString out = sqlite ? expression : search_dialect::tsQuery(expression);
        return QLatin1Char('\'') + out.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    };
    auto match = [&](const QString& expression) {
        return (sqlite ? QStringLiteral("question_search MATCH %1") : QStringLiteral("s.document @@ to_tsquery('simple', %1)"))
            .arg(literal(expression));
    };
    const SearchQuery query = SearchQuery::parse(text);
    QString sql = QStringLiteral("SELECT s.rowid, s.title, s.body, s.answer, s.locality FROM question_search s"
                                 " WHERE %1 AND (s.rowid & 1) = 0 ORDER BY s.rowid DESC LIMIT %2;\n%3;\n")
                      .arg(match(query.ftsExpression()))
                      .arg(SearchService::window + 1)
                      .arg(sqlite ? QStringLiteral("SELECT block FROM question_search_data WHERE id = 1")
                                  : QStringLiteral("SELECT danhoi_search_rows()"));
    for (const SearchQuery::Term& term : query.positiveTerms())
        sql += QStringLiteral("SELECT COUNT(*), MIN(n.sid) FROM (SELECT s.rowid AS sid FROM question_search s WHERE %1"
                              " ORDER BY s.rowid DESC LIMIT 1000) n;\n"
                              "SELECT (SELECT rowid FROM question_search ORDER BY rowid DESC LIMIT 1),"
                              " (SELECT rowid FROM question_search ORDER BY rowid LIMIT 1);\n")
                   .arg(match(SearchQuery::termExpression(term)));
    return sql;
}

} // namespace

QList<Figure> searchFigures(ServiceContext& context, const User& user, const RawEngine& engine, int runs)
{
    QStringList queries = accentedQueries();
    for (const QString& text : accentedQueries())
        queries.append(TextFolding::fold(text)); // the same words typed without accents
    SearchService service(context, user);
    QStringList sql;
    for (const QString& text : std::as_const(queries))
        sql.append(rawQuery(engine, text));
    const QList<double> shellTimes = rawTimings(engine, sql, runs);

    QList<double> app[2], raw[2]; // [0] with diacritics, [1] without
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const int kind = i < accentedQueries().size() ? 0 : 1;
        for (int r = 0; r <= runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            auto found = service.search({queries.at(i), {}, {}, {}, {}, 20});
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!found)
                qFatal("%s", qPrintable(found.error().message));
            if (r > 0) {
                app[kind].append(ms);
                raw[kind].append(shellTimes.at(i * (runs + 1) + r));
            }
        }
    }
    QList<Figure> out;
    const char* names[] = {"with diacritics", "without diacritics"};
    for (int kind = 0; kind < 2; ++kind) {
        out.append({QStringLiteral("search, 25 queries %1").arg(QLatin1String(names[kind])), app[kind], QStringLiteral("ms"),
                    median(app[kind]) / std::max(0.001, median(raw[kind])),
                    QStringLiteral("SearchService, top 20, %1; ratio by median, p95 ratio %2")
                        .arg(user.username)
                        .arg(percentile(app[kind], 0.95) / std::max(0.001, percentile(raw[kind], 0.95)), 0, 'f', 2)});
        out.append({QStringLiteral("search raw %1, %2").arg(engine.server.isEmpty() ? QStringLiteral("sqlite3") : QStringLiteral("psql"),
                                                           QLatin1String(names[kind])),
                    raw[kind], QStringLiteral("ms"), {},
                    engine.server.isEmpty() ? QStringLiteral("same window + term counts (SQL only), .timer")
                                            : QStringLiteral("same window + term counts as the owner (SQL only), \\timing")});
    }
    return out;
}

} // namespace danhoi::bench
