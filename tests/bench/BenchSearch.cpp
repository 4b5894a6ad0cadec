#include "BenchFigures.h"

#include "BenchProcess.h"
#include "core/SearchQuery.h"
#include "core/TextFolding.h"
#include "services/SearchService.h"
#include "storage/SearchDialect.h"

#include <QElapsedTimer>
#include <QRegularExpression>

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

// The raw engine's own timings of `sql` run runs+1 times per query: the sqlite3 shell (.timer) on the file, or psql
// (\timing) on the server as the location's user, its owner, whom row-level security does not filter.
QList<double> rawTimings(const RawEngine& engine, const QStringList& sql, int runs)
{
    QString script = engine.server.isEmpty() ? QStringLiteral(".timer on\n.output /dev/null\n")
                                             : QStringLiteral("\\timing on\n\\o /dev/null\n");
    for (const QString& statement : sql)
        for (int r = 0; r <= runs; ++r) // the first run warms the cache and is dropped, on both sides
            script += statement;
    const ProcessRun shell = engine.server.isEmpty()
        ? runProcess(QStringLiteral("/usr/bin/sqlite3"), {engine.file}, {}, script.toUtf8())
        : runProcess(QStringLiteral("/usr/bin/psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), engine.server},
                     {}, script.toUtf8());
    requireOk(shell, engine.server.isEmpty() ? QStringLiteral("sqlite3 search") : QStringLiteral("psql search"));
    static const QRegularExpression sqliteTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    static const QRegularExpression psqlTime(QStringLiteral("^Time: ([0-9.]+) ms"), QRegularExpression::MultilineOption);
    QList<double> times;
    const QString printed = QString::fromUtf8(shell.out + shell.err);
    for (auto it = (engine.server.isEmpty() ? sqliteTime : psqlTime).globalMatch(printed); it.hasNext();)
        times.append(it.next().captured(1).toDouble() * (engine.server.isEmpty() ? 1000.0 : 1.0));
    if (times.size() != sql.size() * (runs + 1))
        qFatal("the raw engine gave %lld timings for %lld queries", qlonglong(times.size()), qlonglong(sql.size() * (runs + 1)));
    return times;
}

// The MATCH, ranking and candidate window the service asks for (limit 20 → 80 candidates), full rows only.
QString rawQuery(const RawEngine& engine, const QString& text)
{
    const QString expression = SearchQuery::parse(text).ftsExpression();
    QString literal = engine.server.isEmpty() ? expression : search_dialect::tsQuery(expression);
    literal.replace(QLatin1Char('\''), QLatin1String("''"));
    if (engine.server.isEmpty())
        return QStringLiteral("SELECT rowid, bm25(question_search, 4.0, 1.0, 0.75, 1.0) AS score"
                              " FROM question_search WHERE question_search MATCH '%1' AND (rowid & 1) = 0"
                              " ORDER BY score LIMIT 80;\n").arg(literal);
    return QStringLiteral("SELECT rowid, -10 * ts_rank(%1::float4[], document, to_tsquery('simple', '%2')) AS score"
                          " FROM question_search WHERE document @@ to_tsquery('simple', '%2') AND (rowid & 1) = 0"
                          " ORDER BY score LIMIT 80;\n")
        .arg(search_dialect::tsRankWeights({4.0, 1.0, 0.75, 1.0}), literal);
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
                    engine.server.isEmpty() ? QStringLiteral("same MATCH + bm25 + LIMIT 80, .timer")
                                            : QStringLiteral("same @@ + ts_rank + LIMIT 80 as the owner, \\timing")});
    }
    return out;
}

} // namespace danhoi::bench
