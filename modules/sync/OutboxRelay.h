#pragma once

#include "AuditAnchoring.h"
#include "Backoff.h"
#include "CircuitBreaker.h"
#include "CoreMessages.h"
#include "OutboxRepository.h"

#include <QObject>

#include <memory>
#include <optional>

namespace branch {

class AuditChainKey;
class AuditLog;
class Clock;
class CoreClient;
class Database;
class PayloadCodec;
class RandomSource;

struct RelayOptions
{
    int batchSize = 500;     // transactions per POST: core takes up to 500
    int lookupPageSize = 200; // sent entries read per page while resolving
    BackoffPolicy backoff;    // per entry after a refused batch, and for the breaker
    BreakerPolicy breaker;
    qint64 skewWarnMs = 5 * 60 * 1000;
    // The audit log's head is anchored after a pass at most this often (the
    // kiosk's pass interval); `branchctl sync run` anchors once more at its end.
    qint64 anchorIntervalMs = 15 * 1000;
};

struct QueueCounts
{
    qint64 pending = 0;
    qint64 sent = 0;
    qint64 acknowledged = 0;
    qint64 rejected = 0;

    qint64 undelivered() const { return pending + sent; }
    friend bool operator==(const QueueCounts &, const QueueCounts &) = default;
};

// What one pass did.
struct RelayPass
{
    int acknowledged = 0;
    int rejected = 0;
    int requeued = 0;  // sent -> pending after core said it never saw the key
    int sent = 0;      // transactions put on the wire
    bool stopped = false; // ended early: core unreachable, breaker open, auth or store failure
    QString reason;       // why it stopped
    // The audit log's head at core, when this pass anchored it: a pass that
    // was not stopped, anchorIntervalMs after the last one.
    std::optional<AnchorOutcome> anchor;
};

// Carries outbox entries to core, exactly once per key:
//  1. every `sent` entry (outcome unknown: a crash, a timeout, a dropped
//     answer) is resolved by GET /v1/transactions/{key}: applied ->
//     acknowledged, rejected/conflict -> rejected, 404 -> pending again with
//     the SAME key;
//  2. due pending entries, a page at a time (never the whole backlog), only
//     the head of each ordering key, are marked sent in one transaction and
//     then POSTed as a batch; the results are stored in one transaction;
//  3. the audit log's head, outcomes included, is anchored at core
//     (AuditAnchoring).
// Transport failures and 5xx leave entries `sent` and feed the circuit
// breaker. Runs on the thread that owns the Database.
class OutboxRelay : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(qint64 clockSkewMs READ clockSkewMs NOTIFY clockSkewChanged)
    Q_PROPERTY(bool clockSkewed READ isClockSkewed NOTIFY clockSkewChanged)

public:
    // `auditKey` keys the audit rows of outcomes and the anchors' proofs.
    OutboxRelay(Database &db, const Clock &clock, CoreClient &core, const PayloadCodec &codec,
                std::shared_ptr<const AuditChainKey> auditKey, RandomSource &random,
                const RelayOptions &options = {}, QObject *parent = nullptr);
    ~OutboxRelay() override;

    RelayPass runOnce();
    // Milliseconds until a pass could do something: the breaker's wait, or
    // the next pending entry's due time; 0 when work is ready; -1 when
    // nothing is left to deliver.
    qint64 idleMs();
    StoreResult<QueueCounts> counts() const;

    // Compares core's clock, read during an exchange that began at sentAt,
    // with ours. Any exchange will do: the relay feeds its own, the sync
    // worker its reference checks (an idle kiosk sends nothing else).
    void observeClock(const QDateTime &sentAt, const QDateTime &serverTime);

    bool isOnline() const { return m_online; }
    qint64 clockSkewMs() const { return m_skewMs; }
    bool isClockSkewed() const;
    const CircuitBreaker &breaker() const { return m_breaker; }
    AuditAnchoring &anchoring() { return m_anchoring; }
    // Anchors the audit log's head now, whatever the interval.
    AnchorOutcome anchorNow();
    QDateTime lastSuccess() const { return m_lastSuccess; }

Q_SIGNALS:
    void queueCountsChanged(const branch::QueueCounts &counts);
    void onlineChanged(bool online);
    void rejectedEntriesChanged();
    void clockSkewChanged(qint64 skewMs);

private:
    bool resolveSent(RelayPass *pass);
    bool sendDue(RelayPass *pass);
    // False when the pass must stop (the reply says core is unusable now).
    bool observe(const CoreReply &reply, const QDateTime &sentAt, RelayPass *pass);
    OutboxOutcome outcomeFor(qint64 id, const CoreResult &result) const;
    bool storeOutcomes(const QList<OutboxOutcome> &outcomes, RelayPass *pass);
    void setOnline(bool online);
    void publishCounts();

    Database &m_db;
    std::unique_ptr<AuditLog> m_audit;
    const Clock &m_clock;
    CoreClient &m_core;
    const PayloadCodec &m_codec;
    RelayOptions m_options;
    Backoff m_backoff;
    CircuitBreaker m_breaker;
    OutboxRepository m_outbox;
    AuditAnchoring m_anchoring;
    bool m_online = false;
    qint64 m_skewMs = 0;
    QDateTime m_lastSuccess;
    QDateTime m_lastAnchor; // invalid: not yet
    QueueCounts m_lastCounts;
};

} // namespace branch

Q_DECLARE_METATYPE(branch::QueueCounts)
