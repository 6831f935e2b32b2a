#pragma once

#include "AuditRecord.h"
#include "StoreError.h"

#include <QCoreApplication>

namespace branch {

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
} // namespace AuditReason

struct AuditVerification
{
    qint64 rowsChecked = 0;
    qint64 brokenRowId = 0; // the first row where the chain breaks; 0 when intact
    QString reason;         // empty when intact
    QString message;        // translated

    bool intact() const { return reason.isEmpty(); }
};

// The append-only, hash-chained audit table (migration 0004). The table's
// triggers refuse UPDATE and DELETE; the chain catches whoever drops them.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(branch::AuditLog)
public:
    AuditLog(Database &db, const Clock &clock);

    // Appends one row. With `caller`, inside that (active) transaction, so the
    // entry commits or rolls back with the caller's change; otherwise in a
    // transaction of its own. Returns the new row id.
    StoreResult<qint64> append(const AuditEvent &event, const Transaction *caller = nullptr);

    // Walks the whole chain and reports the first broken link.
    StoreResult<AuditVerification> verify() const;

    static QString messageFor(const QString &reason);

private:
    StoreError insert(const AuditEvent &event, qint64 *id);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace branch
