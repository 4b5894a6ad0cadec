#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs danhoi-cli as a separate process, the way admins and scripts do.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

class CliRunner
{
public:
    explicit CliRunner(QString database) : m_database(std::move(database)) { }

    CliResult run(const QStringList& arguments, const QString& password = {},
                  const QList<std::pair<QString, QString>>& extraEnvironment = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DANHOI_DB"), m_database);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("DANHOI_PASSWORD"));
        env.remove(QStringLiteral("DANHOI_NEW_PASSWORD"));
        if (!password.isNull())
            env.insert(QStringLiteral("DANHOI_PASSWORD"), password);
        for (const auto& [name, value] : extraEnvironment)
            env.insert(name, value);
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(DANHOI_CLI), arguments);
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    // As a named user whose password is `password`.
    CliResult as(const QString& user, const QString& password, QStringList arguments,
                 const QList<std::pair<QString, QString>>& extraEnvironment = {}) const
    {
        arguments << QStringLiteral("--user") << user;
        return run(arguments, password, extraEnvironment);
    }

    // `init` of a new database for the province of the tests, with the administrator "admin".
    CliResult init(const QString& adminPassword) const
    {
        return run({QStringLiteral("init"), QStringLiteral("--agency"), QStringLiteral("UBND tỉnh Nghệ An"), QStringLiteral("--admin"),
                    QStringLiteral("admin")},
                   adminPassword);
    }

    const QString& database() const { return m_database; }

private:
    QString m_database;
};
