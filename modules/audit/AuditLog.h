#pragma once

#include "AuditRecord.h"
#include "StoreError.h"

#include <QCoreApplication>

#include <memory>

namespace branch {

class AuditChainKey;
class Clock;
class Database;
class Transaction;

namespace AuditReason {
inline constexpr QLatin1String InvalidEvent{"invalid_audit_event"};
inline constexpr QLatin1String NoTransaction{"no_active_transaction"};
// verify()
inline constexpr QLatin1String PrevHashMismatch{"prev_hash_mismatch"};
inline constexpr QLatin1String HashMismatch{"hash_mismatch"};
inline constexpr QLatin1String RowMissing{"row_missing"};
inline constexpr QLatin1String TailMissing{"tail_missing"};
// A row at or after the key's switch point hashed with plain SHA-256: written
// (or recomputed) by someone without the chain key.
inline constexpr QLatin1String UnkeyedRow{"unkeyed_row"};
} // namespace AuditReason

struct AuditVerification
{
    qint64 rowsChecked = 0;
    qint64 brokenRowId = 0; // the first row where the chain breaks; 0 when intact
    QString reason;         // empty when intact
    QString message;        // translated
    // The chain as walked: its last row id and that row's hash (the genesis
    // hash for an empty log). Anchors are compared with these.
    qint64 lastId = 0;
    QString head;
    bool keyed = false; // checked with the chain key (false: plain SHA-256 only)

    bool intact() const { return reason.isEmpty(); }
};

// The append-only, hash-chained audit table (migration 0004). The table's
// triggers refuse UPDATE and DELETE; the keyed chain catches whoever drops
// them, and anchors at core (AuditAnchor) catch a cut or emptied log.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(branch::AuditLog)
public:
    // `key` comes from the SecretStore (AuditKeying). Without one the log
    // refuses to append (audit_key_missing) and verify() can only check
    // plain SHA-256, which proves nothing against a recomputed chain.
    AuditLog(Database &db, const Clock &clock, std::shared_ptr<const AuditChainKey> key);

    // Appends one row. With `caller`, inside that (active) transaction, so the
    // entry commits or rolls back with the caller's change; otherwise in a
    // transaction of its own. Returns the new row id.
    StoreResult<qint64> append(const AuditEvent &event, const Transaction *caller = nullptr);

    // Walks the whole chain and reports the first broken link: rows below the
    // key's switch point may carry plain SHA-256 (written before the key
    // existed), every later row must carry the keyed hash, and the log must
    // reach at least the row before the switch point.
    StoreResult<AuditVerification> verify() const;
    // The same walk from the row after `afterId`, whose hash the caller
    // checked to be `afterHash`: the cost of the rows since then only.
    StoreResult<AuditVerification> verifyFrom(qint64 afterId, const QString &afterHash) const;

    static QString messageFor(const QString &reason);

private:
    StoreError insert(const AuditEvent &event, qint64 *id);

    Database &m_db;
    const Clock &m_clock;
    std::shared_ptr<const AuditChainKey> m_key;
};

} // namespace branch
