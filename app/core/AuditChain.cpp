#include "AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace danhoi {

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

namespace {

QStringList canonicalFields(const AuditEvent& event)
{
    return {
        QString::number(event.seq),
        QString::number(event.at.toMSecsSinceEpoch()),
        event.username,
        event.questionId ? QString::number(*event.questionId) : QString(),
        event.action,
        event.fromStatus,
        event.toStatus,
        event.note,
        event.prevHash,
    };
}

// A JSON array of the fields as QJsonDocument writes it compact: each string in quotes, UTF-8, with ", \ and the
// control characters escaped (\b \f \n \r \t, the others \u00xx). False, and nothing appended, when a field holds a
// surrogate: QJsonDocument writes a lone one as an escape, so such an event goes through it.
bool appendJsonArray(QByteArray& out, const QStringList& fields)
{
    for (const QString& field : fields)
        for (QChar c : field)
            if (c.isSurrogate())
                return false;
    static const char hex[] = "0123456789abcdef";
    out += '[';
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        for (const char byte : fields.at(i).toUtf8()) {
            const auto u = static_cast<unsigned char>(byte);
            if (u >= 0x20 && u != '"' && u != '\\') {
                out += byte;
                continue;
            }
            out += '\\';
            switch (u) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '\b': out += 'b'; break;
            case '\f': out += 'f'; break;
            case '\n': out += 'n'; break;
            case '\r': out += 'r'; break;
            case '\t': out += 't'; break;
            default:
                out += "u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        }
        out += '"';
    }
    out += ']';
    return true;
}

} // namespace

QByteArray AuditChain::canonical(const AuditEvent& event)
{
    // Written directly (an import hashes an event per question); the same bytes as the QJsonDocument it was defined
    // by (tst_auditchain compares them).
    const QStringList fields = canonicalFields(event);
    QByteArray out;
    out.reserve(256);
    if (appendJsonArray(out, fields))
        return out;
    return QJsonDocument(QJsonArray::fromStringList(fields)).toJson(QJsonDocument::Compact);
}

QString AuditChain::hashOf(const AuditEvent& event)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(event), QCryptographicHash::Sha256).toHex());
}

AuditChain::Verdict AuditChain::verify(const QList<AuditEvent>& events, const QString& headHash, qint64 headCount)
{
    Verdict verdict;
    QString previous = genesisHash();
    qint64 expectedSeq = 1;
    for (const AuditEvent& event : events) {
        auto fail = [&](const QString& reason) {
            verdict.ok = false;
            verdict.firstBadSeq = event.seq;
            verdict.reason = reason;
            return verdict;
        };
        if (event.seq != expectedSeq)
            return fail(tr("Event %1 is missing or out of order (found %2).").arg(expectedSeq).arg(event.seq));
        if (event.prevHash != previous)
            return fail(tr("Event %1 does not follow the event before it.").arg(event.seq));
        if (hashOf(event) != event.hash)
            return fail(tr("Event %1 was altered after it was written.").arg(event.seq));
        previous = event.hash;
        ++expectedSeq;
        ++verdict.checked;
    }
    if (verdict.checked != headCount || previous != (headCount == 0 ? genesisHash() : headHash)) {
        verdict.ok = false;
        verdict.firstBadSeq = verdict.checked + 1;
        verdict.reason = tr("The chain ends at event %1 but %2 events were recorded.")
                             .arg(verdict.checked)
                             .arg(headCount);
    }
    return verdict;
}

} // namespace danhoi
