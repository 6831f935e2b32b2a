#include "AnchorDesk.h"

#include "CoreServerLogging.h"

namespace branch {

AnchorDesk::AnchorDesk(CoreStore &store)
    : m_store(store)
{
}

AnchorDecision AnchorDesk::unavailable()
{
    return {};
}

// Made on first use and kept in the store, so every core on one database
// signs with the same key and a restart keeps it.
bool AnchorDesk::loadSigner()
{
    if (m_signer)
        return true;
    const std::optional<AnchorSigner> candidate = AnchorSigner::generate();
    QByteArray stored;
    if (!candidate || !m_store.anchorSigningKey(candidate->secretKey(), &stored).ok())
        return false;
    m_signer = AnchorSigner::fromSecretKey(stored);
    if (!m_signer)
        qCCritical(lcCoreServer) << "the stored anchor signing key is damaged";
    return m_signer.has_value();
}

std::optional<AnchorSigner> AnchorDesk::signer()
{
    if (!loadSigner())
        return std::nullopt;
    return m_signer;
}

SignedAnchor AnchorDesk::signedAnchor(const AnchorRecord &r) const
{
    SignedAnchor anchor;
    anchor.statement = {r.deviceId, r.sequence, r.head, r.anchoredAt};
    anchor.publicKey = m_signer ? m_signer->publicKey() : QByteArray();
    anchor.signature = r.signature;
    return anchor;
}

bool AnchorDesk::flag(const QString &deviceId, QLatin1String reason, const AnchorSubmission &s, const QDateTime &now,
                      const QString &detail)
{
    // A tampered log is refused (or reported) again at every anchoring until
    // someone deals with it: the first flag of a run of the same reason stands.
    QList<AnchorFlagRecord> flags;
    if (!m_store.anchorFlags(deviceId, &flags).ok())
        return false;
    if (!flags.isEmpty() && flags.constLast().reason == reason)
        return true;
    qCWarning(lcCoreServer).noquote() << "audit anchor of" << deviceId << reason << detail;
    return m_store.addAnchorFlag({deviceId, QString(reason), s.sequence, s.head, detail, now}).ok();
}

AnchorDecision AnchorDesk::refuse(const QString &deviceId, QLatin1String reason, const AnchorSubmission &s,
                                  const QDateTime &now, const QString &detail)
{
    const bool flagged = reason != AnchorRefusal::Stale && reason != AnchorRefusal::Empty;
    if (flagged && !flag(deviceId, reason, s, now, detail))
        return unavailable();
    AnchorDecision decision;
    decision.httpStatus = 409;
    decision.refusal = reason;
    return decision;
}

AnchorDecision AnchorDesk::submit(const QString &deviceId, const AnchorSubmission &s, const QDateTime &now)
{
    if (!loadSigner())
        return unavailable();
    const QString reported = s.chainIntact ? QString()
                                           : QStringLiteral("the kiosk reports its log broken at row %1 (%2)")
                                                 .arg(s.brokenRow)
                                                 .arg(s.brokenReason);
    const auto detail = [&reported](const QString &what) {
        return reported.isEmpty() ? what : what + QStringLiteral("; ") + reported;
    };
    CoreStoreStatus status;
    const std::optional<AnchorRecord> latest = m_store.latestAnchor(deviceId, &status);
    if (!status.ok())
        return unavailable();
    const std::optional<AnchorRecord> same = m_store.anchorAt(deviceId, s.sequence, &status);
    if (!status.ok())
        return unavailable();
    const qint64 base = latest ? latest->sequence : 0;
    if (same && same->head != s.head)
        return refuse(deviceId, AnchorRefusal::Conflict, s, now,
                      detail(QStringLiteral("row %1 was anchored with another hash").arg(s.sequence)));
    // Built on an anchor that is no longer the newest: another request won.
    if (s.from != base)
        return refuse(deviceId, AnchorRefusal::Stale, s, now, {});
    // The kiosk asked for core's newest anchor and its log no longer reaches it.
    if (s.sequence < base)
        return refuse(deviceId, AnchorRefusal::Regressed, s, now,
                      detail(QStringLiteral("row %1 is below the anchor at row %2").arg(s.sequence).arg(base)));
    if (s.sequence == 0)
        return refuse(deviceId, AnchorRefusal::Empty, s, now, {});
    // A log the kiosk itself found broken is still anchored when it extends
    // the line (new rows stay protected), and the report is kept.
    const auto reportBroken = [&] {
        return s.chainIntact || flag(deviceId, AnchorRefusal::ReportedBroken, s, now, reported);
    };
    if (same)
        return reportBroken() ? AnchorDecision{200, {}, signedAnchor(*same), true} : unavailable();
    if (latest) {
        // Crosby & Wallach's incremental proof, on a hash chain: one MAC per
        // row, folded onto the head core holds, must give the new head.
        const bool complete = s.macs.size() == (s.sequence - base) * AuditChain::HashSize;
        const QByteArray folded = AuditChain::fold(QByteArray::fromHex(latest->head.toLatin1()), s.macs);
        if (!complete || QString::fromLatin1(folded.toHex()) != s.head)
            return refuse(deviceId, AnchorRefusal::Inconsistent, s, now,
                          detail(QStringLiteral("rows %1..%2 do not lead from the anchored head")
                                     .arg(base + 1)
                                     .arg(s.sequence)));
    }
    if (!reportBroken())
        return unavailable();
    const SignedAnchor anchor = m_signer->sign({deviceId, s.sequence, s.head, now.toUTC()});
    bool added = false;
    if (!m_store.addAnchor({deviceId, s.sequence, base, s.head, anchor.statement.anchoredAt, anchor.signature}, &added)
             .ok())
        return unavailable();
    if (!added)
        return refuse(deviceId, AnchorRefusal::Stale, s, now, {});
    qCInfo(lcCoreServer) << "audit log of" << deviceId << "anchored at row" << s.sequence;
    return {201, {}, anchor, false};
}

AnchorDecision AnchorDesk::latest(const QString &deviceId, std::optional<AnchorFlagRecord> *flag)
{
    if (!loadSigner())
        return unavailable();
    CoreStoreStatus status;
    const std::optional<AnchorRecord> record = m_store.latestAnchor(deviceId, &status);
    QList<AnchorFlagRecord> flags;
    if (!status.ok() || !m_store.anchorFlags(deviceId, &flags).ok())
        return unavailable();
    if (!flags.isEmpty())
        *flag = flags.constLast();
    if (!record)
        return {404, {}, {}, false};
    return {200, {}, signedAnchor(*record), false};
}

CoreStoreStatus AnchorDesk::audit(const QString &deviceId, AnchorAudit *out)
{
    if (!loadSigner())
        return CoreStoreStatus::fail("unavailable", QStringLiteral("no anchor signing key"));
    if (CoreStoreStatus s = m_store.anchors(deviceId, &out->anchors); !s.ok())
        return s;
    if (CoreStoreStatus s = m_store.anchorFlags(deviceId, &out->flags); !s.ok())
        return s;
    qint64 previous = 0;
    for (const AnchorRecord &r : out->anchors) {
        // Someone with write access to core's database cannot re-sign.
        if (!signedAnchor(r).verify()) {
            out->problem = QStringLiteral("anchor_signature_invalid");
        } else if (r.previous != previous) {
            out->problem = QStringLiteral("anchor_line_broken");
        }
        if (!out->problem.isEmpty()) {
            out->problemSequence = r.sequence;
            break;
        }
        previous = r.sequence;
    }
    return {};
}

} // namespace branch
