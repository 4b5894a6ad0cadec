// The hash chain of the audit log: any edited, deleted, inserted or reordered event is detected, and so is
// a deleted last event (through the recorded head).

#include "core/AuditChain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace danhoi;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2025, 3, 7), QTime(23, minute), Qt::UTC);
}

// Appends the way the repository does: next seq, previous hash, own hash.
void append(QList<AuditEvent>& chain, AuditEvent event)
{
    event.seq = chain.size() + 1;
    event.prevHash = chain.isEmpty() ? AuditChain::genesisHash() : chain.last().hash;
    event.hash = AuditChain::hashOf(event);
    chain.append(event);
}

AuditEvent makeEvent(int minute, const QString& user, std::optional<Id> question, const QString& action,
                 const QString& from, const QString& to, const QString& note)
{
    AuditEvent e;
    e.at = at(minute);
    e.username = user;
    e.questionId = question;
    e.action = action;
    e.fromStatus = from;
    e.toStatus = to;
    e.note = note;
    return e;
}

QList<AuditEvent> sampleChain()
{
    QList<AuditEvent> chain;
    append(chain, makeEvent(0, QStringLiteral("admin"), std::nullopt, QStringLiteral("init"), {}, {}, QStringLiteral("Sở")));
    append(chain, makeEvent(1, QStringLiteral("coord"), 1, QStringLiteral("record"), {}, QStringLiteral("received"), {}));
    append(chain, makeEvent(2, QStringLiteral("coord"), 1, QStringLiteral("route"), QStringLiteral("received"),
                        QStringLiteral("assigned"), QStringLiteral("SVH, 2025-03-21")));
    append(chain, makeEvent(3, QStringLiteral("clerk"), 1, QStringLiteral("draft"), QStringLiteral("assigned"),
                        QStringLiteral("drafting"), QStringLiteral("revision 1")));
    append(chain, makeEvent(4, QStringLiteral("clerk"), 1, QStringLiteral("submit"), QStringLiteral("drafting"),
                        QStringLiteral("pending_approval"), QStringLiteral("revision 1")));
    return chain;
}

// Recomputes hashes and links from `from` onwards, as a forger with write access would.
void rechain(QList<AuditEvent>& chain, int from)
{
    for (int i = from; i < chain.size(); ++i) {
        chain[i].seq = i + 1;
        chain[i].prevHash = i == 0 ? AuditChain::genesisHash() : chain.at(i - 1).hash;
        chain[i].hash = AuditChain::hashOf(chain.at(i));
    }
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void intactChainVerifies();
    void emptyChain();
    void canonicalSerialisationIsFixed();
    void canonicalIsTheCompactJsonArray();
    void hashIgnoresTheTimeZoneOfTheTimestamp();
    void editedEvent();
    void deletedEvent();
    void insertedEvent();
    void reorderedEvents();
    void deletedLastEvent();
    void rewrittenChainCaughtByHead();
};

void TestAuditChain::intactChainVerifies()
{
    const QList<AuditEvent> chain = sampleChain();
    const AuditChain::Verdict verdict = AuditChain::verify(chain, chain.last().hash, chain.size());
    QVERIFY2(verdict.ok, qPrintable(verdict.reason));
    QCOMPARE(verdict.checked, 5);
    QCOMPARE(chain.first().prevHash, QString(64, QLatin1Char('0')));
    QCOMPARE(chain.last().hash.size(), 64);
}

void TestAuditChain::emptyChain()
{
    QVERIFY(AuditChain::verify({}, AuditChain::genesisHash(), 0).ok);
    // Every event deleted while the head still remembers them.
    const QList<AuditEvent> chain = sampleChain();
    QVERIFY(!AuditChain::verify({}, chain.last().hash, chain.size()).ok);
}

void TestAuditChain::canonicalSerialisationIsFixed()
{
    // Field order, UTC milliseconds and ids as text are part of the format: another engine must reproduce them.
    AuditEvent e = makeEvent(30, QStringLiteral("coordinator"), 42, QStringLiteral("route"), QStringLiteral("received"),
                         QStringLiteral("assigned"), QStringLiteral("SVHTTDL, 2025-03-21"));
    e.seq = 1;
    e.prevHash = AuditChain::genesisHash();
    QCOMPARE(QString::fromUtf8(AuditChain::canonical(e)),
             QStringLiteral("[\"1\",\"1741390200000\",\"coordinator\",\"42\",\"route\",\"received\",\"assigned\","
                            "\"SVHTTDL, 2025-03-21\",\"%1\"]")
                 .arg(QString(64, QLatin1Char('0'))));
    QCOMPARE(AuditChain::hashOf(e), QStringLiteral("a952cd9968cc5584fdf449eb0a3d53cc4108a7dac48a2504a3d06b0953da15f7"));
    // The database id of the row is not part of the event's content.
    AuditEvent other = e;
    other.id = 777;
    QCOMPARE(AuditChain::hashOf(other), AuditChain::hashOf(e));
}

// The serialisation is defined as QJsonDocument's compact array of the fields; written directly, it must give the
// same bytes for any text: every ASCII character (quotes, backslash, controls, DEL), Vietnamese, other scripts,
// pairs and lone surrogates, empty and null fields.
void TestAuditChain::canonicalIsTheCompactJsonArray()
{
    auto definition = [](const AuditEvent& e) {
        const QJsonArray fields{QString::number(e.seq), QString::number(e.at.toMSecsSinceEpoch()), e.username,
                                e.questionId ? QString::number(*e.questionId) : QString(), e.action, e.fromStatus,
                                e.toStatus, e.note, e.prevHash};
        return QJsonDocument(fields).toJson(QJsonDocument::Compact);
    };
    QStringList notes = {QString(), QStringLiteral(""), QStringLiteral("Nhập từ tệp \"dữ liệu.jsonl\", dòng 7"),
                         QStringLiteral("a\\b/c\u007f\u0080\u00a0€😀中文"), QString(QChar(0xD800)),
                         QStringLiteral("x") + QChar(0xDC00) + QStringLiteral("y")};
    for (char16_t c = 0; c < 0x80; ++c)
        notes.append(QStringLiteral("<") + QChar(c) + QStringLiteral(">"));
    AuditEvent e = makeEvent(30, QStringLiteral("cv.\"ten\""), 42, QStringLiteral("record"), QString(),
                             QStringLiteral("received"), QString());
    e.seq = 12345;
    e.prevHash = AuditChain::genesisHash();
    for (const QString& note : std::as_const(notes)) {
        e.note = note;
        QCOMPARE(AuditChain::canonical(e), definition(e));
    }
    e.questionId.reset();
    e.username = QStringLiteral("tab\there");
    QCOMPARE(AuditChain::canonical(e), definition(e));
}

void TestAuditChain::hashIgnoresTheTimeZoneOfTheTimestamp()
{
    AuditEvent e = sampleChain().at(2);
    AuditEvent hanoi = e;
    hanoi.at = e.at.toTimeZone(QTimeZone(7 * 3600));
    QCOMPARE(AuditChain::hashOf(hanoi), AuditChain::hashOf(e));
    AuditEvent oneMsLater = e;
    oneMsLater.at = e.at.addMSecs(1);
    QVERIFY(AuditChain::hashOf(oneMsLater) != AuditChain::hashOf(e));
}

void TestAuditChain::editedEvent()
{
    const QList<AuditEvent> original = sampleChain();
    const auto tamper = [&](const std::function<void(AuditEvent&)>& edit) {
        QList<AuditEvent> chain = original;
        edit(chain[2]);
        return AuditChain::verify(chain, original.last().hash, original.size());
    };
    const QList<std::function<void(AuditEvent&)>> edits = {
        [](AuditEvent& e) { e.note = QStringLiteral("SGD, 2025-03-21"); },
        [](AuditEvent& e) { e.username = QStringLiteral("admin"); },
        [](AuditEvent& e) { e.at = e.at.addMSecs(1); },
        [](AuditEvent& e) { e.toStatus = QStringLiteral("rejected"); },
        [](AuditEvent& e) { e.fromStatus.clear(); },
        [](AuditEvent& e) { e.questionId = 2; },
        [](AuditEvent& e) { e.action = QStringLiteral("reject"); },
        [](AuditEvent& e) { e.hash = AuditChain::hashOf(e) == e.hash ? QString(64, QLatin1Char('f')) : e.hash; },
    };
    for (int i = 0; i < edits.size(); ++i) {
        const AuditChain::Verdict verdict = tamper(edits.at(i));
        QVERIFY2(!verdict.ok, qPrintable(QString::number(i)));
        QCOMPARE(verdict.firstBadSeq, 3);
        QVERIFY(!verdict.reason.isEmpty());
    }
}

void TestAuditChain::deletedEvent()
{
    QList<AuditEvent> chain = sampleChain();
    const QString head = chain.last().hash;
    chain.removeAt(2);
    AuditChain::Verdict verdict = AuditChain::verify(chain, head, 5);
    QVERIFY(!verdict.ok);
    QVERIFY(verdict.firstBadSeq == 3 || verdict.firstBadSeq == 4);
    // Renumbering the rest does not help.
    for (int i = 2; i < chain.size(); ++i)
        chain[i].seq = i + 1;
    verdict = AuditChain::verify(chain, head, 4);
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.firstBadSeq, 3);
}

void TestAuditChain::insertedEvent()
{
    QList<AuditEvent> chain = sampleChain();
    const QString head = chain.last().hash;
    // A forged event with a correct hash of its own, slipped in after event 2.
    AuditEvent forged = makeEvent(2, QStringLiteral("coord"), 1, QStringLiteral("reject"), QStringLiteral("received"),
                              QStringLiteral("rejected"), QStringLiteral("spam"));
    forged.seq = 3;
    forged.prevHash = chain.at(1).hash;
    forged.hash = AuditChain::hashOf(forged);
    chain.insert(2, forged);
    for (int i = 3; i < chain.size(); ++i)
        chain[i].seq = i + 1;
    const AuditChain::Verdict verdict = AuditChain::verify(chain, head, 6);
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.firstBadSeq, 4);
}

void TestAuditChain::reorderedEvents()
{
    const QList<AuditEvent> original = sampleChain();
    // Rows swapped in place.
    QList<AuditEvent> swapped = original;
    swapped.swapItemsAt(2, 3);
    QVERIFY(!AuditChain::verify(swapped, original.last().hash, 5).ok);
    // Rows swapped and their sequence numbers exchanged so they read in order.
    std::swap(swapped[2].seq, swapped[3].seq);
    const AuditChain::Verdict verdict = AuditChain::verify(swapped, original.last().hash, 5);
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.firstBadSeq, 3);
}

void TestAuditChain::deletedLastEvent()
{
    QList<AuditEvent> chain = sampleChain();
    const QString head = chain.last().hash;
    chain.removeLast();
    const AuditChain::Verdict verdict = AuditChain::verify(chain, head, 5);
    QVERIFY(!verdict.ok);
    QCOMPARE(verdict.checked, 4);
    QCOMPARE(verdict.firstBadSeq, 5);
    QVERIFY(!verdict.reason.isEmpty());
    // The head count matches but its hash is not the last event's.
    QVERIFY(!AuditChain::verify(chain, head, 4).ok);
}

void TestAuditChain::rewrittenChainCaughtByHead()
{
    QList<AuditEvent> chain = sampleChain();
    const QString head = chain.last().hash;
    chain[1].note = QStringLiteral("edited");
    rechain(chain, 1);
    QVERIFY(AuditChain::verify(chain, chain.last().hash, 5).ok); // self-consistent...
    QVERIFY(!AuditChain::verify(chain, head, 5).ok);             // ...but not the recorded end
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
