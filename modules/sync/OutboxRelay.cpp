#include "OutboxRelay.h"

#include "AuditLog.h"
#include "AuditRecord.h"
#include "Clock.h"
#include "CoreClient.h"
#include "Database.h"
#include "SyncLogging.h"
#include "Transaction.h"
#include "TransactionBuilder.h"


#include <algorithm>

namespace branch {

OutboxRelay::OutboxRelay(Database &db, const Clock &clock, CoreClient &core, const PayloadCodec &codec,
                         std::shared_ptr<const AuditChainKey> auditKey, RandomSource &random,
                         const RelayOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_core(core)
    , m_codec(codec)
    , m_options(options)
    , m_backoff(options.backoff, random)
    , m_breaker(clock, m_backoff, options.breaker)
    , m_outbox(db)
    , m_anchoring(db, clock, core, auditKey)
{
    m_audit = std::make_unique<AuditLog>(db, clock, std::move(auditKey));
}

OutboxRelay::~OutboxRelay() = default;

AnchorOutcome OutboxRelay::anchorNow()
{
    m_lastAnchor = m_clock.now();
    return m_anchoring.run();
}

bool OutboxRelay::isClockSkewed() const
{
    return std::abs(m_skewMs) > m_options.skewWarnMs;
}

StoreResult<QueueCounts> OutboxRelay::counts() const
{
    StoreResult<QueueCounts> result;
    const auto byState = m_outbox.countByState();
    result.error = byState.error;
    result.value.pending = byState.value.value(OutboxState::Pending);
    result.value.sent = byState.value.value(OutboxState::Sent);
    result.value.acknowledged = byState.value.value(OutboxState::Acknowledged);
    result.value.rejected = byState.value.value(OutboxState::Rejected);
    return result;
}

RelayPass OutboxRelay::runOnce()
{
    RelayPass pass;
    if (!m_breaker.allow()) {
        pass.stopped = true;
        pass.reason = QStringLiteral("circuit_open");
    } else if (resolveSent(&pass)) {
        sendDue(&pass);
    }
    // Core answered throughout: anchor what the pass wrote to the audit log.
    const bool anchorDue =
        !m_lastAnchor.isValid() || m_lastAnchor.msecsTo(m_clock.now()) >= m_options.anchorIntervalMs;
    if (!pass.stopped && anchorDue)
        pass.anchor = anchorNow();
    if (pass.acknowledged || pass.rejected || pass.requeued || pass.sent)
        qCInfo(lcSync) << "pass: sent" << pass.sent << "acknowledged" << pass.acknowledged << "rejected"
                       << pass.rejected << "requeued" << pass.requeued << (pass.stopped ? pass.reason : QString());
    publishCounts();
    if (pass.rejected > 0)
        Q_EMIT rejectedEntriesChanged();
    return pass;
}

qint64 OutboxRelay::idleMs()
{
    const auto c = counts();
    if (!c.ok())
        return m_options.backoff.baseMs;
    if (c.value.undelivered() == 0)
        return -1;
    if (m_breaker.state() == CircuitBreaker::State::Open)
        return std::max<qint64>(1, m_breaker.waitMs());
    if (c.value.sent > 0)
        return 0;
    const auto next = m_outbox.earliestPendingAttempt();
    if (!next.ok() || !next.value.isValid())
        return 0;
    return std::max<qint64>(0, m_clock.now().msecsTo(next.value));
}

void OutboxRelay::observeClock(const QDateTime &sentAt, const QDateTime &serverTime)
{
    if (!serverTime.isValid())
        return;
    // Our best guess of "now" when core read its clock: half way through the exchange.
    const QDateTime now = m_clock.now();
    const QDateTime middle = sentAt.addMSecs(sentAt.msecsTo(now) / 2);
    const qint64 skew = middle.msecsTo(serverTime);
    const bool wasSkewed = isClockSkewed();
    if (std::abs(skew - m_skewMs) > 1000 || wasSkewed != (std::abs(skew) > m_options.skewWarnMs)) {
        m_skewMs = skew;
        if (isClockSkewed() && !wasSkewed)
            qCWarning(lcSync) << "kiosk clock is" << skew << "ms away from core's";
        Q_EMIT clockSkewChanged(m_skewMs);
    }
}

bool OutboxRelay::observe(const CoreReply &reply, const QDateTime &sentAt, RelayPass *pass)
{
    observeClock(sentAt, reply.serverTime);
    if (reply.outcomeUnknown()) {
        m_breaker.recordFailure();
        if (reply.status != ReplyStatus::BadResponse)
            setOnline(false);
        qCWarning(lcSync) << "core exchange failed:" << reply.reason << reply.detail;
        pass->stopped = true;
        pass->reason = reply.reason;
        return false;
    }
    // Any answer within the contract, even a refusal, shows core is there.
    m_breaker.recordSuccess();
    setOnline(true);
    if (reply.status == ReplyStatus::Unauthorized) {
        qCWarning(lcSync) << "core refused the device credential:" << reply.reason;
        pass->stopped = true;
        pass->reason = reply.reason;
        return false;
    }
    m_lastSuccess = m_clock.now();
    return true;
}

OutboxOutcome OutboxRelay::outcomeFor(qint64 id, const CoreResult &result) const
{
    if (result.outcome == CoreOutcome::Applied)
        return OutboxOutcome::acknowledged(id, result.coreRef, result.appliedAt);
    qCInfo(lcSync) << "outbox entry" << id << "rejected by core:" << result.reason;
    return OutboxOutcome::rejected(id, result.reason, result.message);
}

bool OutboxRelay::storeOutcomes(const QList<OutboxOutcome> &outcomes, RelayPass *pass)
{
    if (outcomes.isEmpty())
        return true;
    // Every final outcome is audited in the transaction that records it.
    const auto audit = [this](const OutboxOutcome &o, const Transaction &tx) {
        AuditEvent event;
        event.kind = QString(AuditKind::SyncOutcome);
        event.actor = QStringLiteral("sync");
        event.subject = QString::number(o.id);
        // Only stable codes go in: core's reference and message are core's
        // own text, and a refused audit row would hold the outcome back.
        if (o.kind == OutboxOutcome::Kind::Acknowledged) {
            event.details = AuditDetails().outcome(QStringLiteral("acknowledged"));
        } else {
            event.details = AuditDetails().outcome(QStringLiteral("rejected")).reason(
                AuditDetails::isCode(o.reason) ? o.reason : QStringLiteral("other"));
        }
        return m_audit->append(event, &tx).error;
    };
    if (const StoreError e = m_outbox.apply(outcomes, audit); e.isError()) {
        // Nothing was kept: the entries stay sent and are asked about again.
        qCWarning(lcSync) << "could not store outcomes:" << e.reason << e.detail;
        pass->stopped = true;
        pass->reason = e.reason;
        return false;
    }
    for (const OutboxOutcome &o : outcomes) {
        pass->acknowledged += o.kind == OutboxOutcome::Kind::Acknowledged;
        pass->rejected += o.kind == OutboxOutcome::Kind::Rejected;
    }
    return true;
}

bool OutboxRelay::resolveSent(RelayPass *pass)
{
    qint64 after = 0;
    for (;;) {
        const auto page = m_outbox.listSent(m_options.lookupPageSize, after);
        if (!page.ok()) {
            pass->stopped = true;
            pass->reason = page.error.reason;
            return false;
        }
        if (page.value.isEmpty())
            return true;
        QList<OutboxOutcome> outcomes;
        bool carryOn = true;
        for (const OutboxEntry &entry : page.value) {
            after = entry.id;
            if (!m_breaker.allow()) {
                pass->stopped = true;
                pass->reason = QStringLiteral("circuit_open");
                carryOn = false;
                break;
            }
            const QDateTime sentAt = m_clock.now();
            const LookupReply reply = m_core.lookup(entry.idempotencyKey);
            if (!observe(reply, sentAt, pass)) {
                carryOn = false;
                break;
            }
            if (reply.status == ReplyStatus::NotFound) {
                // Core never saw it: send again, with the same key, right away.
                outcomes.append(OutboxOutcome::pending(entry.id, m_clock.now(), QStringLiteral("unknown_to_core")));
                ++pass->requeued;
            } else if (reply.status == ReplyStatus::Ok) {
                outcomes.append(outcomeFor(entry.id, reply.result));
            } else {
                qCWarning(lcSync) << "lookup of outbox entry" << entry.id << "refused:" << reply.reason;
            }
        }
        if (!storeOutcomes(outcomes, pass) || !carryOn)
            return false;
    }
}

bool OutboxRelay::sendDue(RelayPass *pass)
{
    const TransactionBuilder builder(m_db, m_clock, m_codec);
    for (;;) {
        if (!m_breaker.allow()) {
            pass->stopped = true;
            pass->reason = QStringLiteral("circuit_open");
            return false;
        }
        const auto page = m_outbox.due(m_clock.now(), m_options.batchSize);
        if (!page.ok()) {
            pass->stopped = true;
            pass->reason = page.error.reason;
            return false;
        }
        if (page.value.isEmpty())
            return true;
        QList<CoreTransaction> batch;
        QList<qint64> ids;
        QList<OutboxOutcome> unreadable;
        for (const OutboxEntry &entry : page.value) {
            auto tx = builder.build(entry);
            if (!tx.ok()) {
                qCWarning(lcSync) << "outbox entry" << entry.id << "cannot be read:" << tx.error.reason;
                unreadable.append(OutboxOutcome::pending(
                    entry.id, m_clock.now().addMSecs(m_backoff.delayMs(entry.attempts)), tx.error.reason));
                continue;
            }
            batch.append(tx.value);
            ids.append(entry.id);
        }
        if (!storeOutcomes(unreadable, pass))
            return false;
        if (batch.isEmpty())
            continue;
        if (const StoreError e = m_outbox.markSent(ids); e.isError()) {
            qCWarning(lcSync) << "could not mark entries sent:" << e.reason << e.detail;
            pass->stopped = true;
            pass->reason = e.reason;
            return false;
        }
        const QDateTime sentAt = m_clock.now();
        pass->sent += int(batch.size());
        const BatchReply reply = m_core.sendBatch(batch);
        if (!observe(reply, sentAt, pass)) {
            if (reply.status == ReplyStatus::Unauthorized) {
                // 401 is decided before anything is applied: safe to make them pending again.
                QList<OutboxOutcome> back;
                for (const qint64 id : ids)
                    back.append(OutboxOutcome::pending(id, m_clock.now(), reply.reason));
                storeOutcomes(back, pass);
            }
            return false; // otherwise the entries stay sent, outcome unknown
        }
        if (reply.status != ReplyStatus::Ok) {
            // The batch as a whole was refused (400, 413): nothing was applied.
            qCWarning(lcSync) << "batch refused:" << reply.reason << reply.detail;
            QList<OutboxOutcome> back;
            for (const OutboxEntry &entry : page.value) {
                if (ids.contains(entry.id))
                    back.append(OutboxOutcome::pending(
                        entry.id, m_clock.now().addMSecs(m_backoff.delayMs(entry.attempts)), reply.reason));
            }
            storeOutcomes(back, pass);
            pass->stopped = true;
            pass->reason = reply.reason;
            return false;
        }
        QList<OutboxOutcome> outcomes;
        outcomes.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            outcomes.append(outcomeFor(ids.at(i), reply.results.at(i)));
        if (!storeOutcomes(outcomes, pass))
            return false;
    }
}

void OutboxRelay::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcSync) << (online ? "core reachable" : "core unreachable");
    Q_EMIT onlineChanged(online);
}

void OutboxRelay::publishCounts()
{
    const auto c = counts();
    if (!c.ok() || c.value == m_lastCounts)
        return;
    m_lastCounts = c.value;
    Q_EMIT queueCountsChanged(c.value);
}

} // namespace branch
