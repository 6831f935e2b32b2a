#pragma once

#include "AnchorStatement.h"
#include "AnchorSubmission.h"
#include "CoreStore.h"

#include <QLatin1String>

#include <optional>

namespace branch {

// Why core refuses an anchor. Each but Stale is also kept as a flag against
// the device (audit_anchor_flags); all are in docs/api/openapi.yaml.
namespace AnchorRefusal {
// Below the newest anchor core holds: rows were cut off or the table emptied.
inline constexpr QLatin1String Regressed{"anchor_regressed"};
// The same row id anchored before with another hash: the log was rewritten.
inline constexpr QLatin1String Conflict{"anchor_conflict"};
// The MACs sent do not lead from core's newest head to this one.
inline constexpr QLatin1String Inconsistent{"anchor_inconsistent"};
// Not a refusal: taken, but the kiosk's own check found its log broken.
inline constexpr QLatin1String ReportedBroken{"chain_reported_broken"};
// Not flagged: the request was built on an anchor that is no longer the
// newest (another request won); ask again.
inline constexpr QLatin1String Stale{"anchor_base_stale"};
// Not flagged: an empty log with nothing anchored before has nothing to anchor.
inline constexpr QLatin1String Empty{"anchor_empty"};
} // namespace AnchorRefusal

struct AnchorDecision
{
    int httpStatus = 503; // 200 (replay), 201, 409 or 503
    QString refusal;      // an AnchorRefusal when 409
    SignedAnchor anchor;  // when 200/201
    bool replayed = false;
};

// A device's consistency as core sees it (branch-core audit verify).
struct AnchorAudit
{
    QList<AnchorRecord> anchors;
    QList<AnchorFlagRecord> flags;
    QString problem;  // anchor_signature_invalid, anchor_line_broken; empty when the anchors hold
    qint64 problemSequence = 0;
};

// Core as the auditor of each device's audit log (Crosby & Wallach): it
// keeps one line of signed anchors per device and takes a new head only
// when the MACs sent lead there from the newest one. Anything else is
// refused and flagged, so a cut, emptied, recomputed or forged log shows up
// at core even if the kiosk's own copy of the anchors is gone.
class AnchorDesk
{
public:
    explicit AnchorDesk(CoreStore &store);

    AnchorDecision submit(const QString &deviceId, const AnchorSubmission &submission, const QDateTime &now);
    // The newest anchor (none: 404) and the newest flag.
    AnchorDecision latest(const QString &deviceId, std::optional<AnchorFlagRecord> *flag);
    // Every anchor's signature and link, and every flag.
    CoreStoreStatus audit(const QString &deviceId, AnchorAudit *out);

    SignedAnchor signedAnchor(const AnchorRecord &record) const;
    // Core's Ed25519 key, made on first use; it also signs supervisor
    // authorizations (AuthorizationDesk). nullopt when the store fails.
    std::optional<AnchorSigner> signer();

private:
    bool loadSigner();
    bool flag(const QString &deviceId, QLatin1String reason, const AnchorSubmission &s, const QDateTime &now,
              const QString &detail);
    AnchorDecision refuse(const QString &deviceId, QLatin1String reason, const AnchorSubmission &s,
                          const QDateTime &now, const QString &detail);
    static AnchorDecision unavailable();

    CoreStore &m_store;
    std::optional<AnchorSigner> m_signer;
};

} // namespace branch
