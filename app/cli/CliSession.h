#pragma once

#include "CommandLine.h"
#include "services/ServiceContext.h"

#include <QJsonValue>

namespace danhoi::cli {

// One run of danhoi-cli: the parsed invocation, the opened database, the logged-in user and the output.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)
public:
    explicit CliSession(Invocation invocation);

    const Invocation& invocation() const { return m_invocation; }
    ServiceContext& context() { return m_context; }
    const User& user() const { return m_user; }
    bool json() const { return m_invocation.json; }
    // The schema version the database had before start() upgraded it; 0 when it was already current.
    int upgradedFrom() const { return m_upgradedFrom; }
    // PostgreSQL: the layer of the server's permissions before start() upgraded it (0 when it was current), and the
    // layer it is at now (0 on SQLite).
    int layerUpgradedFrom() const { return m_layerUpgradedFrom; }
    int layerVersion() const { return m_layerVersion; }

    // Opens the database (creating it only for init) and logs the user in when the command needs one.
    Result<void> start();

    // A secret from the environment, or typed on the terminal without echo.
    static Result<QString> secret(const char* variable, const QString& prompt);
    // The contents of a UTF-8 text file.
    static Result<QString> readTextFile(const QString& path);

    // For people: control characters are shown, never sent (JSON output escapes them itself).
    void print(const QString& plainText);
    void printJson(const QJsonValue& value);
    void printError(const Error& error);

private:
    Invocation m_invocation;
    ServiceContext m_context;
    User m_user;
    int m_upgradedFrom = 0;
    int m_layerUpgradedFrom = 0;
    int m_layerVersion = 0;
};

int exitCodeOf(const Error& error);

} // namespace danhoi::cli
