#include "BenchData.h"

#include "BenchProcess.h"
#include "core/TextFolding.h"
#include "services/SyntheticData.h"
#include "services/SyntheticVocabulary.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cstdio>

namespace danhoi::bench {

namespace {

const QString adminPassword = QStringLiteral("bench-admin-1");

QString csvField(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

QString coordinatorName()
{
    return QStringLiteral("dieuphoi.demo");
}

QHash<QString, QString> coordinatorEnv()
{
    return {{QStringLiteral("DANHOI_PASSWORD"), SyntheticData::staffPassword()}, {QStringLiteral("DANHOI_LANG"), QStringLiteral("en")}};
}

QHash<QString, QString> adminEnv()
{
    return {{QStringLiteral("DANHOI_PASSWORD"), adminPassword}, {QStringLiteral("DANHOI_LANG"), QStringLiteral("en")}};
}

QString ensureDatabase(const Setup& setup, qint64 count, QList<Figure>& figures)
{
    const QString path = QDir(setup.dataDir).filePath(QStringLiteral("danhoi-%1.sqlite").arg(count));
    if (QFile::exists(path))
        return path;
    QDir().mkpath(setup.dataDir);
    const QString partial = path + QStringLiteral(".partial");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    std::fprintf(stderr, "Generating %lld questions into %s (once; reused while the file exists)\n", qlonglong(count),
                 qPrintable(path));
    requireOk(runProcess(setup.cli(), {QStringLiteral("--db"), partial, QStringLiteral("init"), QStringLiteral("--agency"),
                                       QStringLiteral("UBND tỉnh Nghệ An"), QStringLiteral("--admin"), QStringLiteral("admin")},
                         adminEnv()),
              QStringLiteral("danhoi-cli init"));
    const QStringList asAdmin = {QStringLiteral("--db"), partial, QStringLiteral("--user"), QStringLiteral("admin")};
    requireOk(runProcess(setup.cli(), asAdmin + QStringList{QStringLiteral("setting"), QStringLiteral("set"),
                                                            QStringLiteral("agency.portal_base_url"),
                                                            QStringLiteral("https://hoidap.nghean.gov.vn")},
                         adminEnv()),
              QStringLiteral("danhoi-cli setting set"));
    const ProcessRun generated = runProcess(setup.cli(), asAdmin + QStringList{QStringLiteral("dev"), QStringLiteral("generate"),
                                                                             QStringLiteral("--count"), QString::number(count),
                                                                             QStringLiteral("--seed"), QStringLiteral("7")},
                                            adminEnv());
    requireOk(generated, QStringLiteral("danhoi-cli dev generate"));
    figures.append({QStringLiteral("dev generate (%1 questions)").arg(count), {generated.ms / double(std::max<qint64>(1, count))},
                    QStringLiteral("ms/q"), {}, QStringLiteral("one run, whole count")});
    requireOk(runProcess(QStringLiteral("/usr/bin/sqlite3"), {partial, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")}),
              QStringLiteral("sqlite3 checkpoint"));
    if (!QFile::rename(partial, path))
        qFatal("cannot rename %s", qPrintable(partial));
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    return path;
}

void copyDatabase(const QString& path, const QString& copy)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    if (!QFile::copy(path, copy))
        qFatal("cannot copy %s to %s", qPrintable(path), qPrintable(copy));
}

ImportFiles writeImportFiles(const QString& db, const QString& dir, int count)
{
    auto opened = Database::openSqlite(db);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    QSqlDatabase connection = opened.value()->connection().value();
    QSqlQuery last(connection);
    if (!last.exec(QStringLiteral("SELECT MAX(id) FROM questions")) || !last.next())
        qFatal("cannot read %s", qPrintable(db));
    qint64 nextId = last.value(0).toLongLong() + 1;
    QHash<int, int> lastSeq;
    QSqlQuery years(connection);
    years.exec(QStringLiteral("SELECT ref_year, MAX(ref_seq) FROM questions GROUP BY ref_year"));
    while (years.next())
        lastSeq.insert(years.value(0).toInt(), years.value(1).toInt());

    // Spread over the last 90 days, agency time (UTC+7), one question every few minutes.
    const QTimeZone agency(7 * 3600);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-90);
    QRandomGenerator random(11);
    QByteArray jsonLines, csv;
    csv += "id,ref,ref_year,ref_seq,channel,received_at,title,body,asker_name,asker_locality,asker_phone,status,"
           "created_at,updated_at,ftitle,fbody,flocality\n";
    const auto& departments = synthetic::departments();
    const QStringList channels = {QStringLiteral("portal"), QStringLiteral("email"), QStringLiteral("phone"),
                                  QStringLiteral("letter"), QStringLiteral("walk_in")};
    for (int i = 0; i < count; ++i) {
        const auto& topics = departments.at(int(random.bounded(int(departments.size())))).topics;
        const QString topic = topics.at(int(random.bounded(int(topics.size()))));
        const QString locality = synthetic::localities().at(int(random.bounded(int(synthetic::localities().size()))));
        const QString title = synthetic::titleForms().at(int(random.bounded(int(synthetic::titleForms().size())))).arg(topic);
        QStringList sentences;
        for (int n = 2 + int(random.bounded(2)); n > 0; --n)
            sentences.append(QString(synthetic::bodySentences().at(int(random.bounded(int(synthetic::bodySentences().size())))))
                                 .replace(QLatin1String("%1"), topic)
                                 .replace(QLatin1String("%2"), locality));
        const QString body = sentences.join(QLatin1Char(' '));
        const QString name = synthetic::familyNames().at(int(random.bounded(int(synthetic::familyNames().size()))))
            + QLatin1Char(' ') + synthetic::givenNames().at(int(random.bounded(int(synthetic::givenNames().size()))));
        const QString phone = QStringLiteral("09%1").arg(random.bounded(100000000u), 8, 10, QLatin1Char('0'));
        const QString channel = channels.at(int(random.bounded(int(channels.size()))));
        const QDateTime received = start.addSecs(qint64(i) * 77 + random.bounded(60)).toTimeZone(agency);
        const QString localityLine = locality + QStringLiteral(", tỉnh Nghệ An");
        QJsonObject record{{QStringLiteral("received_at"), received.toString(Qt::ISODate)},
                           {QStringLiteral("channel"), channel},
                           {QStringLiteral("asker_name"), name},
                           {QStringLiteral("asker_locality"), localityLine},
                           {QStringLiteral("asker_phone"), phone},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("body"), body}};
        jsonLines += QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';

        const int year = received.date().year();
        const int seq = ++lastSeq[year];
        const qint64 ms = received.toMSecsSinceEpoch();
        const QStringList row = {
            QString::number(nextId), QStringLiteral("HD-%1-%2").arg(year).arg(seq, 6, 10, QLatin1Char('0')),
            QString::number(year), QString::number(seq), channel, QString::number(ms), csvField(title), csvField(body),
            csvField(name), csvField(localityLine), phone, QStringLiteral("received"), QString::number(ms), QString::number(ms),
            csvField(SearchIndex::documentText(title)), csvField(SearchIndex::documentText(body)),
            csvField(SearchIndex::documentText(localityLine))};
        csv += row.join(QLatin1Char(',')).toUtf8() + '\n';
        ++nextId;
    }
    ImportFiles files{QDir(dir).filePath(QStringLiteral("import.jsonl")), QDir(dir).filePath(QStringLiteral("import.csv")),
                      {}};
    writeFile(files.jsonLines, jsonLines);
    writeFile(files.csv, csv);
    // The shell: the CSV into a staging table, then one transaction into the questions and the full-text index.
    files.shellScript = QStringLiteral(
        "PRAGMA synchronous=FULL;\nPRAGMA foreign_keys=ON;\n"
        "CREATE TEMP TABLE stage(id, ref, ref_year, ref_seq, channel, received_at, title, body, asker_name,"
        " asker_locality, asker_phone, status, created_at, updated_at, ftitle, fbody, flocality);\n"
        ".import --csv --skip 1 '%1' stage\n"
        "BEGIN IMMEDIATE;\n"
        "INSERT INTO questions (id, ref, ref_year, ref_seq, channel, received_at, title, body, asker_name, asker_locality,"
        " asker_phone, status, created_at, updated_at) SELECT id, ref, ref_year, ref_seq, channel, received_at, title,"
        " body, asker_name, asker_locality, asker_phone, status, created_at, updated_at FROM stage;\n"
        "INSERT INTO question_search (rowid, title, body, answer, locality)"
        " SELECT id * 2, ftitle, fbody, '', flocality FROM stage;\n"
        "COMMIT;\n").arg(files.csv);
    return files;
}

} // namespace danhoi::bench
