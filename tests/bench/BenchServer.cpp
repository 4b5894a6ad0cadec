#include "BenchData.h"

#include "BenchProcess.h"
#include "services/ServiceContext.h"
#include "services/SyntheticData.h"
#include "services/SyntheticVocabulary.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace danhoi::bench {

namespace {

qint64 questionsOn(const QString& location)
{
    auto opened = DatabaseOpener::open(location, true);
    if (!opened)
        return -1; // not provisioned yet
    auto connection = opened->db->connection();
    if (!connection)
        return -1;
    QSqlQuery count(connection.value());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM questions")) || !count.next())
        return -1;
    return count.value(0).toLongLong();
}

QString ownServerDir(const Setup& setup)
{
    return QDir(setup.dataDir).filePath(QStringLiteral("pg"));
}

} // namespace

QString ensureOwnServer(const Setup& setup, const QString& file, qint64 count, bool* started)
{
    const QString script = QStringLiteral(DANHOI_BENCH_SERVER_SCRIPT);
    const QString dir = ownServerDir(setup);
    const ProcessRun up = runProcess(QStringLiteral("/bin/bash"), {script, QStringLiteral("start"), dir});
    requireOk(up, QStringLiteral("bench-server.sh start"));
    *started = up.out.trimmed() == "STARTED";
    const QString name = count % 1000000 == 0 ? QStringLiteral("danhoi%1m").arg(count / 1000000)
        : count % 1000 == 0                   ? QStringLiteral("danhoi%1k").arg(count / 1000)
                                              : QStringLiteral("danhoi%1").arg(count);
    const ProcessRun filled = runProcess(QStringLiteral("/bin/bash"), {script, QStringLiteral("database"), dir, name,
                                                                      file, setup.cli()},
                                         {{QStringLiteral("DANHOI_STAFF_PASSWORD"), SyntheticData::staffPassword()}});
    std::fputs(filled.err.constData(), stderr);
    requireOk(filled, QStringLiteral("bench-server.sh database"));
    QFile password(QDir(dir).filePath(QStringLiteral("owner-password")));
    if (!password.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(password.fileName()));
    qputenv("PGPASSWORD", password.readAll().trimmed());
    return QStringLiteral("postgresql://danhoi_owner@/%1?host=%2&port=5432").arg(name, QDir(dir).filePath(QStringLiteral("sock")));
}

void stopOwnServer(const Setup& setup)
{
    requireOk(runProcess(QStringLiteral("/bin/bash"), {QStringLiteral(DANHOI_BENCH_SERVER_SCRIPT), QStringLiteral("stop"),
                                                       ownServerDir(setup)}),
              QStringLiteral("bench-server.sh stop"));
}

QString clerkName()
{
    return QStringLiteral("cv.") + QString::fromLatin1(synthetic::departments().first().code).toLower();
}

qint64 ensureServerDatabase(const Setup& setup, const QString& location, qint64 count, QList<Figure>& figures)
{
    const qint64 present = questionsOn(location);
    if (present > 0)
        return present;
    std::fprintf(stderr, "Setting up %s with %lld questions (once; reused while it holds questions)\n",
                 qPrintable(location), qlonglong(count));
    const QStringList at = {QStringLiteral("--db"), location};
    // The documented order (docs/office-server.md): the owner provisions and initialises, the administrator sets
    // up, the owner writes the generated data (desk logins may not). The owner's password: PGPASSWORD or ~/.pgpass.
    if (present < 0)
        requireOk(runProcess(setup.cli(), at + QStringList{QStringLiteral("db"), QStringLiteral("provision")}),
                  QStringLiteral("danhoi-cli db provision"));
    requireOk(runProcess(setup.cli(), at + QStringList{QStringLiteral("init"), QStringLiteral("--agency"),
                                                       QStringLiteral("UBND tỉnh Nghệ An"), QStringLiteral("--admin"),
                                                       QStringLiteral("admin")},
                         adminEnv()),
              QStringLiteral("danhoi-cli init"));
    requireOk(runProcess(setup.cli(), at + QStringList{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("setting"),
                                                       QStringLiteral("set"), QStringLiteral("agency.portal_base_url"),
                                                       QStringLiteral("https://hoidap.nghean.gov.vn")},
                         adminEnv()),
              QStringLiteral("danhoi-cli setting set"));
    const ProcessRun generated = runProcess(setup.cli(), at + QStringList{QStringLiteral("dev"), QStringLiteral("generate"),
                                                                        QStringLiteral("--count"), QString::number(count),
                                                                        QStringLiteral("--seed"), QStringLiteral("7")});
    requireOk(generated, QStringLiteral("danhoi-cli dev generate"));
    figures.append({QStringLiteral("dev generate on PostgreSQL (%1 questions)").arg(count),
                    {generated.ms / double(std::max<qint64>(1, count))}, QStringLiteral("ms/q"), {},
                    QStringLiteral("one run, whole count, as the owner")});
    return count;
}

} // namespace danhoi::bench
