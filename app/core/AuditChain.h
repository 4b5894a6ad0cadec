#pragma once

#include "Domain.h"

namespace danhoi {

// The audit log is hash-chained: each event's hash covers a canonical serialisation of the event
// (fixed field order, UTC milliseconds, ids as text) and the previous event's hash, so the chain
// verifies on any database engine the rows are copied to.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
public:
    static QString genesisHash();
    static QByteArray canonical(const AuditEvent& event);
    static QString hashOf(const AuditEvent& event); // uses event.prevHash

    struct Verdict {
        bool ok = true;
        qint64 checked = 0;
        qint64 firstBadSeq = 0; // seq of the first event that breaks the chain
        QString reason;
    };
    // Events must be given in seq order. headHash/headCount describe the chain's recorded end.
    static Verdict verify(const QList<AuditEvent>& events, const QString& headHash, qint64 headCount);

    // The same verification, the events given a batch at a time (millions of them need not be held at once).
    class Walk
    {
    public:
        // False once the chain broke (the verdict says where); later events are ignored.
        bool add(const QList<AuditEvent>& events);
        Verdict finish(const QString& headHash, qint64 headCount);

    private:
        Verdict m_verdict;
        QString m_previous = genesisHash();
    };
};

} // namespace danhoi
