#pragma once

#include "AuditLog.h"
#include "FakeClock.h"
#include "Database.h"
#include "ReceiptNumber.h"


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

} // namespace branch::test
