#include "DatabaseLocation.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

namespace danhoi {

namespace {

// libpq keywords a location may carry besides host and port; secrets (password, passfile) are refused.
const QStringList passedOptions = {
    QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"), QStringLiteral("channel_binding"), QStringLiteral("gssencmode"),
    QStringLiteral("connect_timeout"), QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"),
    QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout"),
};
const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                              QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
constexpr int maxNameBytes = 63; // PostgreSQL's NAMEDATALEN - 1

bool hasControl(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

// A percent-decoded part of the URL, or nothing when its escapes or its UTF-8 are broken.
std::optional<QString> decoded(const QString& part)
{
    static const QRegularExpression badEscape(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (part.contains(badEscape))
        return std::nullopt;
    const QByteArray bytes = QByteArray::fromPercentEncoding(part.toUtf8());
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError() || hasControl(text))
        return std::nullopt;
    return text;
}

QString encoded(const QString& part, const QByteArray& keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
}

} // namespace

bool DatabaseLocation::looksLikeUrl(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(text).hasMatch();
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation out;
    if (!looksLikeUrl(text)) {
        if (hasControl(text))
            return Error::invalid(tr("The database file name contains control characters."), QStringLiteral("db"));
        out.path = text;
        return out;
    }
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return Error::invalid(tr("Unknown kind of database location \"%1://\": give an SQLite file or "
                                 "postgresql://[USER@]HOST[:PORT]/DBNAME.")
                                  .arg(text.left(schemeEnd).left(40)),
                              QStringLiteral("db"));
    out.kind = Kind::PostgreSql;
    auto bad = [](const QString& why) {
        return Error::invalid(tr("The PostgreSQL location is not valid: %1 (expected "
                                 "postgresql://[USER@]HOST[:PORT]/DBNAME[?host=/socket/dir&sslmode=…]).")
                                  .arg(why),
                              QStringLiteral("db"));
    };
    QString rest = text.mid(schemeEnd + 3);
    if (rest.contains(QLatin1Char('#')))
        return bad(tr("a \"#\" fragment has no meaning here"));
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return bad(tr("the database name is missing"));
    QString authority = rest.left(slash);
    const auto dbname = decoded(rest.mid(slash + 1));
    if (!dbname)
        return bad(tr("the database name has a broken %-escape or a control character"));
    if (dbname->isEmpty())
        return bad(tr("the database name is missing"));
    if (dbname->contains(QLatin1Char('/')))
        return bad(tr("the database name cannot contain \"/\""));
    if (dbname->toUtf8().size() > maxNameBytes)
        return bad(tr("the database name is longer than %1 bytes").arg(maxNameBytes));
    out.dbname = *dbname;

    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userPart = authority.left(at);
        authority = authority.mid(at + 1);
        if (userPart.contains(QLatin1Char(':')))
            return bad(tr("a password does not belong in the location; DanHoi asks for it or reads DANHOI_PASSWORD"));
        const auto user = decoded(userPart);
        if (!user || user->isEmpty())
            return bad(tr("the user name before \"@\" is empty, has a broken %-escape or a control character"));
        if (user->toUtf8().size() > maxNameBytes)
            return bad(tr("the user name is longer than %1 bytes").arg(maxNameBytes));
        out.user = *user;
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) { // [IPv6 address]
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]+$"));
        if (close < 0 || !v6.match(authority.mid(1, close - 1)).hasMatch())
            return bad(tr("the IPv6 address in brackets is malformed"));
        out.host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return bad(tr("unexpected text after the IPv6 address"));
        portText = after.mid(1);
        if (after.startsWith(QLatin1Char(':')) && portText.isEmpty())
            return bad(tr("the port after \":\" is missing"));
    } else {
        if (const qsizetype colon = authority.indexOf(QLatin1Char(':')); colon >= 0) {
            portText = authority.mid(colon + 1);
            authority.truncate(colon);
            if (portText.isEmpty())
                return bad(tr("the port after \":\" is missing"));
        }
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
        if (!authority.isEmpty() && !hostName.match(authority).hasMatch())
            return bad(tr("\"%1\" is not a host name").arg(authority.left(80)));
        out.host = authority;
    }
    auto portOf = [&](const QString& digits) -> std::optional<int> {
        static const QRegularExpression number(QStringLiteral("^[0-9]{1,5}$"));
        if (!number.match(digits).hasMatch() || digits.toInt() < 1 || digits.toInt() > 65535)
            return std::nullopt;
        return digits.toInt();
    };
    if (!portText.isEmpty()) {
        const auto port = portOf(portText);
        if (!port)
            return bad(tr("the port must be a number from 1 to 65535"));
        out.port = *port;
    }

    const QStringList pairs = query.isEmpty() ? QStringList() : query.split(QLatin1Char('&'));
    QStringList seen;
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(eq).toLower();
        const auto value = decoded(eq < 0 ? QString() : pair.mid(eq + 1));
        if (eq <= 0)
            return bad(tr("every option after \"?\" is written key=value"));
        if (seen.contains(key))
            return bad(tr("the option %1 is given twice").arg(key.left(40)));
        seen.append(key);
        if (key == QLatin1String("password") || key == QLatin1String("passfile"))
            return bad(tr("a password does not belong in the location; DanHoi asks for it or reads DANHOI_PASSWORD"));
        if (!value || value->isEmpty())
            return bad(tr("the option %1 has an empty value, a broken %-escape or a control character").arg(key.left(40)));
        if (key == QLatin1String("host")) {
            if (!out.host.isEmpty())
                return bad(tr("give the server either before the database name or as ?host=, not both"));
            if (!value->startsWith(QLatin1Char('/')))
                return bad(tr("?host= takes the folder of the server's Unix socket, an absolute path"));
            out.host = *value;
        } else if (key == QLatin1String("port")) {
            const auto port = portOf(*value);
            if (!port || !portText.isEmpty())
                return bad(tr("the port must be a number from 1 to 65535, given once"));
            out.port = *port;
        } else if (passedOptions.contains(key)) {
            if (value->contains(QLatin1Char(';')))
                return bad(tr("the option %1 cannot contain \";\"").arg(key));
            if (key == QLatin1String("sslmode") && !sslModes.contains(*value))
                return bad(tr("sslmode must be one of %1").arg(sslModes.join(QStringLiteral(", "))));
            out.options.append({key, *value});
        } else {
            return bad(tr("unknown option \"%1\"").arg(key.left(40)));
        }
    }
    return out;
}

QString DatabaseLocation::display() const
{
    if (kind == Kind::SqliteFile)
        return path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(dbname);
    QStringList query;
    if (socket)
        query.append(QStringLiteral("host=") + encoded(host, "/"));
    for (const auto& [key, value] : options)
        query.append(key + QLatin1Char('=') + encoded(value));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString DatabaseLocation::connectOptions() const
{
    QStringList out;
    for (auto [key, value] : options) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('\''), QLatin1String("\\'"));
        out.append(QStringLiteral("%1='%2'").arg(key, value));
    }
    return out.join(QLatin1Char(';'));
}

} // namespace danhoi
