#pragma once

#include "../store/StoreTestUtil.h"
#include "AuditLog.h"
#include "FakeClock.h"
#include "Database.h"
#include "ReceiptNumber.h"
#include "TestAuditKey.h"


namespace branch::test {

// Audit rows a second apart.
inline FakeClock stepClock()
{
    return FakeClock(FakeClock::defaultStart(), 1000);
}

inline AuditEvent event(int n)
{
    static const QLatin1String kinds[] = {AuditKind::Submission, AuditKind::SyncOutcome, AuditKind::StaffAction,
                                          AuditKind::Authorization, AuditKind::KeyRotation};
    return {QString(kinds[n % 5]), QString(AuditActor::Kiosk), ReceiptNumber{QStringLiteral("KIOSK01"), QDate(2025, 6, 15), n}.toString(),
            AuditDetails().attempts(n).outcome(QStringLiteral("ok"))};
}

inline bool openDatabase(Database &db, const QString &path)
{
    OpenOptions options;
    options.path = path;
    return db.open(options).ok;
}

// Rewrites the hashes of rows from..last as someone with write access to the
// file but not the key would: plain SHA-256, or HMAC under another `key`.
// The triggers are dropped as such a writer would; false on an SQL error.
inline bool recomputeChain(const QString &path, qint64 from, const AuditChainKey *key)
{
    RawConnection raw(path);
    raw.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"));
    QList<AuditRecord> rows;
    {
        QSqlQuery q(raw.db());
        if (!q.exec(QStringLiteral("SELECT id, created_at, kind, actor, subject, details, prev_hash, hash "
                                   "FROM audit_log ORDER BY id")))
            return false;
        while (q.next()) {
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
        }
    }
    QString prev = auditGenesisHash();
    for (AuditRecord &r : rows) {
        if (r.id >= from) {
            r.prevHash = prev;
            r.hash = key ? auditHash(*key, r) : auditLegacyHash(r);
            if (!raw.exec(QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = %3")
                              .arg(r.prevHash, r.hash)
                              .arg(r.id)))
                return false;
        }
        prev = r.hash;
    }
    return true;
}

} // namespace branch::test
