#pragma once

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "ReceiptNumber.h"

#include <QTimeZone>

namespace branch::test {

class StepClock final : public Clock
{
public:
    QDateTime now() const override
    {
        return QDateTime(QDate(2025, 6, 15), QTime(9, 0), Qt::UTC).addSecs(m_ticks++);
    }

private:
    mutable int m_ticks = 0;
};

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
