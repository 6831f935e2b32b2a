#include "AuditAnchoring.h"

#include "AuditAnchor.h"
#include "AuditRepository.h"
#include "Clock.h"
#include "CoreClient.h"
#include "Database.h"
#include "SyncLogging.h"

#include <algorithm>

namespace branch {
namespace {

AnchorOutcome outcome(QLatin1String result, const QString &reason, qint64 sequence = 0)
{
    AnchorOutcome o;
    o.result = result;
    o.reason = reason;
    o.sequence = sequence;
    return o;
}

} // namespace

AuditAnchoring::AuditAnchoring(Database &db, const Clock &clock, CoreClient &core,
                               std::shared_ptr<const AuditChainKey> key)
    : m_db(db)
    , m_clock(clock)
    , m_core(core)
    , m_key(std::move(key))
{
}

bool AuditAnchoring::trusted(const SignedAnchor &anchor, QString *reason)
{
    if (!anchor.verify())
        *reason = QString(AnchorReason::SignatureInvalid);
    else if (!m_coreKey.isEmpty() && anchor.publicKey != m_coreKey)
        *reason = QString(AnchorReason::KeyUnknown);
    else if (!m_deviceId.isEmpty() && anchor.statement.deviceId != m_deviceId)
        *reason = QString(AnchorReason::WrongDevice);
    else if (m_coreKey.isEmpty())
        m_coreKey = anchor.publicKey; // first sight over the pinned TLS channel
    if (!reason->isEmpty())
        qCWarning(lcSync) << "core's audit anchor is not trusted:" << *reason;
    return reason->isEmpty();
}

AnchorOutcome AuditAnchoring::send(const AnchorRequest &request)
{
    const AnchorReply reply = m_core.anchor(request);
    if (reply.status == ReplyStatus::Client) {
        qCWarning(lcSync) << "core refused the audit anchor at row" << request.sequence << ":" << reply.reason;
        return outcome(AnchorResult::Refused, reply.reason);
    }
    if (!reply.ok())
        return outcome(AnchorResult::Failed, reply.reason);
    QString reason;
    if (!trusted(reply.anchor, &reason))
        return outcome(AnchorResult::Failed, reason);
    if (reply.anchor.statement.sequence != request.sequence || reply.anchor.statement.head != request.head)
        return outcome(AnchorResult::Failed, QStringLiteral("anchor_answer_mismatch"));
    if (const StoreError e = AuditAnchor::saveHeld(m_db, reply.anchor); e.isError())
        return outcome(AnchorResult::Failed, e.reason);
    qCInfo(lcSync) << "audit log anchored at core up to row" << request.sequence;
    return outcome(AnchorResult::Anchored, {}, request.sequence);
}

StoreResult<AuditVerification> AuditAnchoring::check()
{
    const AuditLog log(m_db, m_clock, m_key);
    const QDateTime now = m_clock.now();
    bool full = !m_fullCheckAt.isValid() || m_fullCheckAt.msecsTo(now) >= m_fullCheckIntervalMs;
    if (!full && m_checkedId > 0) {
        // Anything changed at or below the last checked row: look at all of it.
        const auto row = AuditRepository(m_db.connection()).row(m_checkedId);
        full = !row.ok() || !row.value || row.value->hash != m_checkedHead;
    }
    StoreResult<AuditVerification> checked = full ? log.verify() : log.verifyFrom(m_checkedId, m_checkedHead);
    if (full)
        m_fullCheckAt = now;
    if (checked.ok() && checked.value.intact()) {
        m_checkedId = checked.value.lastId;
        m_checkedHead = checked.value.head;
    }
    return checked;
}

AnchorOutcome AuditAnchoring::run()
{
    if (!m_key)
        return outcome(AnchorResult::Failed, QStringLiteral("audit_key_missing"));
    const AuditRepository table(m_db.connection());
    const auto last = table.last();
    const auto held = AuditAnchor::loadHeld(m_db);
    if (!last.ok() || !held.ok())
        return outcome(AnchorResult::Failed, last.ok() ? held.error.reason : last.error.reason);
    const qint64 headId = last.value ? last.value->id : 0;
    const QString head = last.value ? last.value->hash : auditGenesisHash();
    if (held.value && held.value->statement.sequence == headId && held.value->statement.head == head)
        return outcome(AnchorResult::Unchanged, {}, headId);

    const AnchorReply latest = m_core.latestAnchor();
    if (!latest.ok() && latest.status != ReplyStatus::NotFound)
        return outcome(AnchorResult::Failed, latest.reason);
    QString reason;
    if (latest.ok() && !trusted(latest.anchor, &reason))
        return outcome(AnchorResult::Failed, reason);
    qint64 base = latest.ok() ? latest.anchor.statement.sequence : 0;
    if (headId == 0 && base == 0)
        return outcome(AnchorResult::Unchanged, {});

    // The log, with the key: a break core cannot see from the MACs (an edited
    // row below its anchor) still reaches it this way.
    const StoreResult<AuditVerification> checked = check();
    if (!checked.ok())
        return outcome(AnchorResult::Failed, checked.error.reason);
    const AuditVerification &v = checked.value;
    if (latest.ok() && base == headId && latest.anchor.statement.head == head && v.intact()) {
        if (const StoreError e = AuditAnchor::saveHeld(m_db, latest.anchor); e.isError())
            return outcome(AnchorResult::Failed, e.reason);
        return outcome(AnchorResult::Unchanged, {}, headId);
    }
    for (;;) {
        AnchorRequest request;
        request.from = base;
        request.sequence = base > 0 && headId > base ? std::min(headId, base + AuditChain::MaxLinksPerAnchor) : headId;
        request.head = head;
        if (request.sequence != headId) {
            const auto row = table.row(request.sequence);
            if (!row.ok())
                return outcome(AnchorResult::Failed, row.error.reason);
            request.head = row.value ? row.value->hash : auditGenesisHash();
        }
        if (base > 0 && request.sequence > base) {
            const auto macs = AuditAnchor::macs(m_db, *m_key, base, request.sequence);
            if (!macs.ok())
                return outcome(AnchorResult::Failed, macs.error.reason);
            request.macs = macs.value;
        }
        request.chainIntact = v.intact();
        request.brokenRow = v.brokenRowId;
        request.brokenReason = v.reason;
        const AnchorOutcome sent = send(request);
        if (sent.result != AnchorResult::Anchored || request.sequence == headId)
            return sent;
        base = request.sequence;
    }
}

} // namespace branch
