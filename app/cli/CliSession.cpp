#include "CliSession.h"

#include "core/TextRules.h"
#include "services/AuthService.h"
#include "services/CalendarService.h"
#include "services/SyntheticData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace danhoi::cli {

int exitCodeOf(const Error& error)
{
    return int(error.kind);
}

CliSession::CliSession(Invocation invocation) : m_invocation(std::move(invocation)) { }

Result<void> CliSession::start()
{
    QString location = m_invocation.db;
    if (location.isEmpty())
        location = QString::fromLocal8Bit(qgetenv("DANHOI_DB"));
    const bool creating = m_invocation.command->words == QStringList{QStringLiteral("init")};
    if (m_invocation.command->words == QStringList{QStringLiteral("db"), QStringLiteral("copy")})
        return {}; // opens its --from and --to itself
    // On a server the schema changes only by its owner's connection, which is its own authentication.
    const bool server = DatabaseOpener::isServerLocation(location);
    const bool provision = m_invocation.command->words == QStringList{QStringLiteral("db"), QStringLiteral("provision")};
    const bool ownerUpgrade = server
        && (provision || m_invocation.command->words == QStringList{QStringLiteral("db"), QStringLiteral("upgrade")});
    // Generated data on a server is written by the owner (desk logins may not), without a desk user.
    const bool ownerWrites = server && m_invocation.command->words == QStringList{QStringLiteral("dev"), QStringLiteral("generate")};
    if (ownerWrites && !m_invocation.user.isEmpty())
        return Error::invalid(tr("On a shared server, run dev generate as the database owner: its location's user, "
                                 "without --user."));
    if (m_invocation.command->needsUser && m_invocation.user.isEmpty() && !ownerUpgrade && !ownerWrites)
        return Error::invalid(tr("This command needs --user NAME."));
    DatabaseOpener::Request request;
    request.location = location;
    request.mustExist = !creating;
    request.upgradeServer = ownerUpgrade;
    request.provisionServer = server && provision;
    auto opened = DatabaseOpener::open(request);
    if (!opened)
        return opened.error();
    m_context.db = opened->db;
    m_upgradedFrom = opened->upgradedFrom;
    m_layerUpgradedFrom = opened->layerUpgradedFrom;
    m_layerVersion = opened->layerVersion;
    if (!opened->backupPath.isEmpty())
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("The database was upgraded from schema version %1; the old file was kept as %2.")
                                    .arg(opened->upgradedFrom)
                                    .arg(opened->backupPath)));
    if (auto ok = CalendarService::refresh(m_context); !ok)
        return ok.error();
    if (!m_invocation.command->needsUser || ownerUpgrade)
        return {};
    if (ownerWrites) {
        auto owner = SyntheticData::serverOwner(m_context);
        if (!owner)
            return owner.error();
        m_user = owner.value();
        return {};
    }
    auto password = secret("DANHOI_PASSWORD", tr("Password for %1: ").arg(m_invocation.user));
    if (!password)
        return password.error();
    auto user = AuthService(m_context).login(m_invocation.user, password.value());
    if (!user)
        return user.error();
    m_user = user.value();
    return {};
}

Result<QString> CliSession::secret(const char* variable, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(variable)) {
        auto decoded = TextRules::decodeUtf8(qgetenv(variable));
        if (!decoded)
            return Error::invalid(tr("The environment variable %1 is not valid UTF-8.").arg(QLatin1String(variable)));
        return decoded.value();
    }
    if (!isatty(STDIN_FILENO))
        return Error::invalid(tr("Set the password in the environment variable %1 (no terminal to ask on).")
                                  .arg(QLatin1String(variable)));
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        line.append(char(c));
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fprintf(stderr, "\n");
    auto decoded = TextRules::decodeUtf8(line);
    if (!decoded)
        return Error::invalid(tr("The password is not valid UTF-8."));
    return decoded.value();
}

Result<QString> CliSession::readTextFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(tr("Cannot read the file %1: %2").arg(path, file.errorString()));
    // Answers and questions are at most tens of kilobytes; refuse anything absurd before reading it.
    if (file.size() > 4 * 1024 * 1024)
        return Error::invalid(tr("The file %1 is too large for a question or an answer.").arg(path));
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    auto text = TextRules::decodeUtf8(bytes);
    if (!text)
        return Error::invalid(tr("The file %1 is not valid UTF-8 text.").arg(path));
    return text.value();
}

namespace {
// Text for a terminal: citizens' text may hold control characters (an escape sequence, a carriage return that
// overwrites the line). Each is shown as its Unicode picture (␛, ␍) or U+FFFD, never sent to the terminal.
QString inert(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f)
            c = QChar(u == 0x7f ? char16_t(0x2421) : char16_t(0x2400 + u));
        else if (u >= 0x80 && u <= 0x9f)
            c = QChar::ReplacementCharacter;
    }
    return text;
}
} // namespace

void CliSession::print(const QString& plainText)
{
    const QString text = inert(plainText);
    std::fputs(text.toUtf8().constData(), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliSession::printJson(const QJsonValue& value)
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else if (value.isObject())
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliSession::printError(const Error& error)
{
    if (m_invocation.json) {
        const QJsonObject object{{QStringLiteral("error"), error.message}, {QStringLiteral("exit"), exitCodeOf(error)}};
        std::fprintf(stderr, "%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    } else {
        std::fprintf(stderr, "danhoi-cli: %s\n", inert(error.message).toUtf8().constData());
    }
}

} // namespace danhoi::cli
