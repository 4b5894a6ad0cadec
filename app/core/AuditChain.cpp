#include "AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace danhoi {

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditChain::canonical(const AuditEvent& event)
{
    const QJsonArray fields{
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
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
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
