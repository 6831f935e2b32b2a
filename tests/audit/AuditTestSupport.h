#pragma once

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"

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
    return {QString(kinds[n % 5]), QStringLiteral("kiosk"), QStringLiteral("KIOSK01-20250615-%1").arg(n, 6, 10, QLatin1Char('0')),
            {{QStringLiteral("step"), n}, {QStringLiteral("outcome"), QStringLiteral("ok")}}};
}

inline bool openDatabase(Database &db, const QString &path)
{
    OpenOptions options;
    options.path = path;
    return db.open(options).ok;
}

} // namespace branch::test
