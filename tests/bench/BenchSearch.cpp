#include "BenchFigures.h"

#include "BenchProcess.h"
#include "core/SearchQuery.h"
#include "core/TextFolding.h"
#include "services/SearchService.h"

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

} // namespace

QList<Figure> searchFigures(ServiceContext& context, const User& coordinator, const QString& db, int runs)
{
    QStringList queries = accentedQueries();
    for (const QString& text : accentedQueries())
        queries.append(TextFolding::fold(text)); // the same words typed without accents
    SearchService service(context, coordinator);
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (const QString& text : queries) {
        QString expression = SearchQuery::parse(text).ftsExpression();
        expression.replace(QLatin1Char('\''), QLatin1String("''"));
        // The MATCH, ranking and candidate window the service asks for (limit 20 → 80 candidates, full rows).
        const QString sql = QStringLiteral("SELECT rowid, bm25(question_search, 4.0, 1.0, 0.75, 1.0) AS score"
                                           " FROM question_search WHERE question_search MATCH '%1' AND (rowid & 1) = 0"
                                           " ORDER BY score LIMIT 80;\n").arg(expression);
        for (int r = 0; r <= runs; ++r) // the first run warms the cache and is dropped, on both sides
            script += sql;
    }
    const ProcessRun shell = runProcess(QStringLiteral("/usr/bin/sqlite3"), {db}, {}, script.toUtf8());
    requireOk(shell, QStringLiteral("sqlite3 search"));
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> shellTimes;
    for (auto it = runTime.globalMatch(QString::fromUtf8(shell.out + shell.err)); it.hasNext();)
        shellTimes.append(it.next().captured(1).toDouble() * 1000.0);
    if (shellTimes.size() != queries.size() * (runs + 1))
        qFatal("sqlite3 gave %lld timings for %lld queries", qlonglong(shellTimes.size()), qlonglong(queries.size() * (runs + 1)));

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
                    QStringLiteral("SearchService, top 20, coordinator; ratio by median, p95 ratio %1")
                        .arg(percentile(app[kind], 0.95) / std::max(0.001, percentile(raw[kind], 0.95)), 0, 'f', 2)});
        out.append({QStringLiteral("search raw sqlite3, %1").arg(QLatin1String(names[kind])), raw[kind], QStringLiteral("ms"), {},
                    QStringLiteral("same MATCH + bm25 + LIMIT 80, .timer")});
    }
    return out;
}

} // namespace danhoi::bench
