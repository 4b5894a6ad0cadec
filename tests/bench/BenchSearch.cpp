#include "BenchFigures.h"

#include "BenchProcess.h"
#include "core/SearchQuery.h"
#include "core/SearchRanking.h"
#include "core/TextFolding.h"
#include "core/Visibility.h"
#include "services/SearchService.h"
#include "storage/SearchDialect.h"
#include "storage/SearchIndex.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

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

// What the raw engine times of a window: the app's statement without its FTS5 function (SQLite: the rowids and the
// row sizes from question_search_docsize), or the window's rowids alone (the least any window costs).
enum class RawWindow { Mirror, RowidsOnly };

// PostgreSQL: the statements the app sends (SearchIndex::searchNewest), typed into psql as the owner, whom row-level
// security does not filter: the window from danhoi_search_window for the user's scope (a clerk's: their department's
// full rows and the others' public rows; the owner reads all, so the scope alone cuts the same rows), and the weights
// of the terms (danhoi_search_term_weights, layer 9: per term of one word the server's count of its rows, per other
// term its newest 1,000 rows; the row count, the rowid span).
// Not typed: the ranking of the window (C++), the texts of the 80 best. Since layer 4 those functions walk the index slice by slice (postgres/9-search.sql); the raw
// side of earlier sessions, a plain "ORDER BY rowid DESC LIMIT 2001" over every match as the owner, reads every
// matching row (0.8–1.4 s at a million questions) and is no longer what the app asks.
QString serverStatements(const VisibilityScope& scope, const QString& text)
{
    auto literal = [](const QString& expression) {
        QString out = search_dialect::tsQuery(expression);
        return QLatin1Char('\'') + out.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    };
    const SearchQuery query = SearchQuery::parse(text);
    const bool clerk = scope.kind == VisibilityScope::Kind::DepartmentAndPublic;
    QString sql = QStringLiteral("SELECT rowid, title, body, answer, locality FROM danhoi_search_window(%1, %2, '%3', %4,"
                                 " NULL, NULL, NULL, NULL, NULL);\n")
                      .arg(literal(query.ftsExpression()))
                      .arg(SearchService::window + 1)
                      .arg(clerk ? QStringLiteral("department") : QStringLiteral("everything"))
                      .arg(clerk ? QString::number(scope.departmentId.value_or(0)) : QStringLiteral("NULL"));
    QStringList terms;
    QStringList words;
    for (const SearchQuery::Term& term : query.positiveTerms()) {
        terms.append(literal(SearchQuery::termExpression(term)));
        words.append(SearchIndex::countedWord(term) ? QLatin1Char('\'') + term.words.first() + QLatin1Char('\'') : QStringLiteral("NULL"));
    }
    // Since layer 5 the app weighs every term in one call; since layer 9 a one-word term by the server's count of its
    // rows, the others by their newest 1,000 rows (the owner's sample, which reads every row: a clerk's own sample of
    // a word the count leaves out, under 5 rows, is not typed).
    return sql + QStringLiteral("SELECT counted, oldest, total, newest_row, oldest_row, exact FROM"
                                " danhoi_search_term_weights(ARRAY[%1], ARRAY[%2]::text[], 1000);\n")
                     .arg(terms.join(QStringLiteral(", ")), words.join(QStringLiteral(", ")));
}

// SQLite: the statements SearchIndex::searchNewest runs for `scope`: the window of the newest matches with their row
// sizes, the index's row count, for each term its newest 1,000 rows, and once the index's rowid span (the app reads
// it once per search, when a term reaches 1,000 rows). A clerk's window joins question_scope for the department and
// publication (the scope condition of storage/SearchScope.cpp, the same statement the app sends). Not typed: the
// ranking of the window (C++), the texts of the 80 best. The app's window statement also calls
// danhoi_occurrences(question_search, N), its own FTS5 function that counts each row's term occurrences from the
// match's position lists (SearchIndexSqlite.cpp), which the shell does not have; otherwise the statement is the app's.
QString rawQuery(const RawEngine& engine, const VisibilityScope& scope, const QString& text, RawWindow what)
{
    if (!engine.server.isEmpty())
        return serverStatements(scope, text);
    auto match = [&](const QString& expression) {
        QString quoted = expression;
        return QStringLiteral("question_search MATCH '%1'").arg(quoted.replace(QLatin1Char('\''), QLatin1String("''")));
    };
    QString from = QStringLiteral("question_search s");
    QString visible = QStringLiteral("(s.rowid & 1) = 0");
    if (scope.kind == VisibilityScope::Kind::DepartmentAndPublic) {
        const QString department = QString::number(scope.departmentId.value_or(0));
        from += QStringLiteral(" JOIN question_scope c ON c.question_id = (s.rowid >> 1)");
        visible = QStringLiteral("(((s.rowid & 1) = 0 AND c.department_id = %1) OR ((s.rowid & 1) = 1"
                                 " AND c.published = 1 AND c.department_id IS DISTINCT FROM %1))")
                      .arg(department);
    }
    const QString columns = what == RawWindow::Mirror
        ? QStringLiteral("s.rowid, (SELECT sz FROM question_search_docsize WHERE id = s.rowid)")
        : QStringLiteral("s.rowid");
    const SearchQuery query = SearchQuery::parse(text);
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %4 ORDER BY s.rowid DESC LIMIT %5;\n"
                                 "SELECT block FROM question_search_data WHERE id = 1;\n")
                      .arg(columns, from, match(query.ftsExpression()), visible)
                      .arg(SearchService::window + 1);
    for (const SearchQuery::Term& term : query.positiveTerms())
        sql += QStringLiteral("SELECT COUNT(*), MIN(n.sid) FROM (SELECT s.rowid AS sid FROM question_search s WHERE %1"
                              " ORDER BY s.rowid DESC LIMIT 1000) n;\n")
                   .arg(match(SearchQuery::termExpression(term)));
    return sql + QStringLiteral("SELECT (SELECT rowid FROM question_search ORDER BY rowid DESC LIMIT 1),"
                                " (SELECT rowid FROM question_search ORDER BY rowid LIMIT 1);\n");
}

} // namespace

QList<Figure> searchFigures(ServiceContext& context, const User& user, const RawEngine& engine, int runs)
{
    QStringList queries = accentedQueries();
    for (const QString& text : accentedQueries())
        queries.append(TextFolding::fold(text)); // the same words typed without accents
    SearchService service(context, user);
    const bool sqlite = engine.server.isEmpty();
    const VisibilityScope scope = Visibility::scopeFor(user);
    QStringList sql, bare;
    for (const QString& text : std::as_const(queries)) {
        sql.append(rawQuery(engine, scope, text, RawWindow::Mirror));
        bare.append(rawQuery(engine, scope, text, RawWindow::RowidsOnly));
    }
    QList<double> app[2], raw[2], rowids[2]; // [0] with diacritics, [1] without
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const int kind = i < accentedQueries().size() ? 0 : 1;
        // Each query's raw runs right before the app's runs of it (a shell of its own, whose first run warms its cache
        // and is dropped, as the app's): on the shared machine a change of load then lands on both sides alike, where
        // all the raw queries first and then all the app's split the two sides by a minute.
        const QList<double> shellTimes = rawTimings(engine, {sql.at(i)}, runs);
        const QList<double> bareTimes = sqlite ? rawTimings(engine, {bare.at(i)}, runs) : QList<double>();
        for (int r = 0; r <= runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            auto found = service.search({queries.at(i), {}, {}, {}, {}, 20});
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!found)
                qFatal("%s", qPrintable(found.error().message));
            if (r > 0) {
                app[kind].append(ms);
                raw[kind].append(shellTimes.at(r));
                if (sqlite)
                    rowids[kind].append(bareTimes.at(r));
            }
        }
    }
    QList<Figure> out;
    const char* names[] = {"with diacritics", "without diacritics"};
    for (int kind = 0; kind < 2; ++kind) {
        QString note = QStringLiteral("SearchService, top 20, %1; ratio by median, p95 ratio %2")
                           .arg(user.username)
                           .arg(percentile(app[kind], 0.95) / std::max(0.001, percentile(raw[kind], 0.95)), 0, 'f', 2);
        if (sqlite)
            note += QStringLiteral("; to the rowids alone %1 (p95 %2)")
                        .arg(median(app[kind]) / std::max(0.001, median(rowids[kind])), 0, 'f', 2)
                        .arg(percentile(app[kind], 0.95) / std::max(0.001, percentile(rowids[kind], 0.95)), 0, 'f', 2);
        out.append({QStringLiteral("search, 25 queries %1").arg(QLatin1String(names[kind])), app[kind], QStringLiteral("ms"),
                    median(app[kind]) / std::max(0.001, median(raw[kind])), note});
        out.append({QStringLiteral("search raw %1, %2").arg(sqlite ? QStringLiteral("sqlite3") : QStringLiteral("psql"),
                                                           QLatin1String(names[kind])),
                    raw[kind], QStringLiteral("ms"), {},
                    sqlite ? QStringLiteral("same window (rowids, row sizes) + term counts (SQL only), .timer")
                           : QStringLiteral("the app's statements as the owner (SQL only), \\timing")});
        if (sqlite)
            out.append({QStringLiteral("search raw sqlite3 rowids only, %1").arg(QLatin1String(names[kind])), rowids[kind],
                        QStringLiteral("ms"), {}, QStringLiteral("the window's rowids alone + term counts, .timer")});
    }
    return out;
}

Figure rankingFigure(ServiceContext& context, const User& user, int runs)
{
    auto connection = context.db->connection();
    if (!connection)
        qFatal("%s", qPrintable(connection.error().message));
    const bool server = context.db->engine() == Database::Engine::PostgreSql;
    const VisibilityScope scope = Visibility::scopeFor(user);
    const bool clerk = scope.kind == VisibilityScope::Kind::DepartmentAndPublic;
    QStringList queries = accentedQueries();
    for (const QString& text : accentedQueries())
        queries.append(TextFolding::fold(text));
    QList<double> times;
    qsizetype bytes = 0, rows = 0;
    for (const QString& text : std::as_const(queries)) {
        const SearchQuery query = SearchQuery::parse(text);
        // The window's rows as the app reads them: on a server through the desk's own call (its scope), on a file the
        // newest matches of the whole index (SQLite's search counts from FTS5 instead; similar questions use this).
        QSqlQuery window(connection.value());
        window.prepare(server ? QStringLiteral("SELECT title, body, answer, locality FROM danhoi_search_window(CAST(:m AS TEXT),"
                                               " CAST(:w AS INTEGER), CAST(:scope AS TEXT), CAST(:dep AS BIGINT), NULL, NULL,"
                                               " NULL, NULL, NULL)")
                              : QStringLiteral("SELECT title, body, answer, locality FROM question_search WHERE question_search"
                                               " MATCH :m AND (rowid & 1) = 0 ORDER BY rowid DESC LIMIT :w"));
        window.bindValue(QStringLiteral(":m"), server ? search_dialect::tsQuery(query.ftsExpression()) : query.ftsExpression());
        window.bindValue(QStringLiteral(":w"), SearchService::window + 1);
        if (server) {
            window.bindValue(QStringLiteral(":scope"), clerk ? QStringLiteral("department") : QStringLiteral("everything"));
            window.bindValue(QStringLiteral(":dep"), clerk ? QVariant(scope.departmentId.value_or(0)) : QVariant());
        }
        if (!window.exec())
            qFatal("%s", qPrintable(window.lastError().text()));
        QList<SearchRanking::Document> documents;
        while (window.next()) {
            SearchRanking::Document document;
            for (int column = 0; column < 4; ++column) {
                document.append(window.value(column).toString().toUtf8());
                bytes += document.last().size();
            }
            documents.append(document);
        }
        rows += documents.size();
        QList<SearchRanking::Term> terms;
        for (const SearchQuery::Term& term : query.positiveTerms())
            terms.append({term.words, term.prefix, 1.0});
        const SearchRanking ranking(terms, {4.0, 1.0, 0.75, 1.0});
        for (int r = 0; r <= runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            const SearchRanking::Occurrences counted = ranking.occurrences(documents);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (counted.rows() != documents.size())
                qFatal("the ranking lost rows");
            if (r > 0)
                times.append(ms);
        }
    }
    return {QStringLiteral("search ranking in C++, 50 queries' windows"), times, QStringLiteral("ms"), {},
            QStringLiteral("SearchRanking::occurrences over each window's folded text, %1; %2 rows, %3 MB of text in all")
                .arg(user.username)
                .arg(rows)
                .arg(double(bytes) / 1e6, 0, 'f', 1)};
}

// Similar questions (`similar`, an OR of the question's most telling words and phrases) for ten questions spread
// over the file, as `user`. No raw comparison: FTS5's bm25 over every match of such an OR is what this replaced.
QList<Figure> similarFigures(ServiceContext& context, const User& user, int runs)
{
    auto connection = context.db->connection();
    if (!connection)
        qFatal("%s", qPrintable(connection.error().message));
    QSqlQuery newest(connection.value());
    if (!newest.exec(QStringLiteral("SELECT MAX(id) FROM questions")) || !newest.next())
        qFatal("no questions");
    const qint64 last = newest.value(0).toLongLong();
    SearchService service(context, user);
    QList<double> times;
    for (int i = 0; i < 10; ++i) {
        const QString id = QString::number(std::max<qint64>(1, last - i * (last / 10)));
        for (int r = 0; r <= runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            auto found = service.similar(id, 5);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!found)
                qFatal("%s", qPrintable(found.error().message));
            if (r > 0)
                times.append(ms);
        }
    }
    return {{QStringLiteral("similar questions, 10 questions"), times, QStringLiteral("ms"), {},
             QStringLiteral("SearchService::similar, top 5, %1").arg(user.username)}};
}

} // namespace danhoi::bench
