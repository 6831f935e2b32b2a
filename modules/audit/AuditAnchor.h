#pragma once

#include "AnchorStatement.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QLatin1String>

#include <optional>

namespace branch {

class AuditChainKey;
class Database;

// Why an anchor and the audit log disagree. Stable snake_case.
namespace AnchorReason {
inline constexpr QLatin1String SignatureInvalid{"anchor_signature_invalid"};
// Signed, but not by the core key this kiosk pinned.
inline constexpr QLatin1String KeyUnknown{"anchor_key_unknown"};
inline constexpr QLatin1String WrongDevice{"anchor_wrong_device"};
// The log ends before the row core anchored: a cut tail or an emptied table,
// whatever sqlite_sequence says.
inline constexpr QLatin1String RowsMissing{"anchored_rows_missing"};
// The anchored row is there with another hash: the log was recomputed.
inline constexpr QLatin1String Mismatch{"anchor_mismatch"};
} // namespace AnchorReason

// How an anchor compares with the log as it is now.
struct AnchorComparison
{
    QString reason;      // empty: the log still holds the anchored head
    qint64 brokenRowId = 0;
    QString message;     // translated

    bool ok() const { return reason.isEmpty(); }
};

// The anchor the kiosk holds: core's signed answer for the newest head it
// took, in the settings table as "audit.anchor". Whoever can write the
// database can delete it (core still has it) but not forge one: it is
// checked against core's key, which the kiosk pins in the SecretStore.
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(branch::AuditAnchor)
public:
    static StoreResult<std::optional<SignedAnchor>> loadHeld(Database &db);
    static StoreError saveHeld(Database &db, const SignedAnchor &anchor);

    // The signature, the signer (pinnedKey; empty: not pinned yet, the
    // anchor's own key is taken), the device (when known), then the row.
    static StoreResult<AnchorComparison> compare(Database &db, const SignedAnchor &anchor, const QByteArray &pinnedKey,
                                                 const QString &deviceId = {});
    static QString messageFor(const QString &reason);

    // The MACs of rows afterId < id <= upToId, recomputed with the key from
    // each row as stored now: the proof that an anchor extends the last one.
    // Rows that are missing are simply not there, so the proof falls short
    // and core refuses it.
    static StoreResult<QByteArray> macs(Database &db, const AuditChainKey &key, qint64 afterId, qint64 upToId);

    static QString toText(const SignedAnchor &anchor);
    static std::optional<SignedAnchor> fromText(const QString &text);
};

} // namespace branch
