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

bool AuditChain::Walk::add(const QList<AuditEvent>& events)
{
    for (const AuditEvent& event : events) {
        if (!m_verdict.ok)
            return false;
        const qint64 expectedSeq = m_verdict.checked + 1;
        auto fail = [&](const QString& reason) {
            m_verdict.ok = false;
            m_verdict.firstBadSeq = event.seq;
            m_verdict.reason = reason;
        };
        if (event.seq != expectedSeq)
            fail(tr("Event %1 is missing or out of order (found %2).").arg(expectedSeq).arg(event.seq));
        else if (event.prevHash != m_previous)
            fail(tr("Event %1 does not follow the event before it.").arg(event.seq));
        else if (hashOf(event) != event.hash)
            fail(tr("Event %1 was altered after it was written.").arg(event.seq));
        if (!m_verdict.ok)
            return false;
        m_previous = event.hash;
        ++m_verdict.checked;
    }
    return m_verdict.ok;
}

AuditChain::Verdict AuditChain::Walk::finish(const QString& headHash, qint64 headCount)
{
    if (!m_verdict.ok)
        return m_verdict;
    if (m_verdict.checked != headCount || m_previous != (headCount == 0 ? genesisHash() : headHash)) {
        m_verdict.ok = false;
        m_verdict.firstBadSeq = m_verdict.checked + 1;
        m_verdict.reason = tr("The chain ends at event %1 but %2 events were recorded.")
                               .arg(m_verdict.checked)
                               .arg(headCount);
    }
    return m_verdict;
}

AuditChain::Verdict AuditChain::verify(const QList<AuditEvent>& events, const QString& headHash, qint64 headCount)
{
    Walk walk;
    walk.add(events);
    return walk.finish(headHash, headCount);
}

} // namespace danhoi
