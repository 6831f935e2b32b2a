// SqlCoreStore's staff accounts (issue 13, docs/staff.md): who may sign in at
// a kiosk, their Argon2id secret hash, and the count of wrong secrets that
// locks an account.
#include "SqlCoreStore.h"

#include "SqlWrite.h"

namespace branch {

namespace {

QDateTime fromMs(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

} // namespace

QStringList SqlCoreStore::staffSchema()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS staff (staff_id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " role TEXT NOT NULL, branch TEXT NOT NULL, secret_hash TEXT NOT NULL,"
                       " failures INTEGER NOT NULL DEFAULT 0, locked_ms BIGINT, created_ms BIGINT NOT NULL,"
                       " updated_ms BIGINT NOT NULL)"),
    };
}

CoreStoreStatus SqlCoreStore::addStaff(const StaffRecord &staff)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO staff (staff_id, name, role, branch, secret_hash, failures, created_ms,"
                             " updated_ms) VALUES (?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(staff.staffId);
    q.addBindValue(staff.name);
    q.addBindValue(staff.role);
    q.addBindValue(staff.branch);
    q.addBindValue(QString::fromLatin1(staff.secretHash));
    q.addBindValue(staff.updatedAt.toMSecsSinceEpoch());
    q.addBindValue(staff.updatedAt.toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "add staff");
    if (q.numRowsAffected() != 1)
        return CoreStoreStatus::fail("staff_exists");
    return {};
}

std::optional<StaffRecord> SqlCoreStore::staffMember(const QString &staffId, CoreStoreStatus *status)
{
    if (CoreStoreStatus s = ready(); !s.ok()) {
        *status = s;
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, role, branch, secret_hash, failures, locked_ms, updated_ms FROM staff"
                             " WHERE staff_id = ?"));
    q.addBindValue(staffId);
    if (!q.exec()) {
        *status = failed(q, "read staff");
        return std::nullopt;
    }
    *status = {};
    if (!q.next())
        return std::nullopt;
    StaffRecord r;
    r.staffId = staffId;
    r.name = q.value(0).toString();
    r.role = q.value(1).toString();
    r.branch = q.value(2).toString();
    r.secretHash = q.value(3).toString().toLatin1();
    r.failures = q.value(4).toInt();
    r.lockedAt = fromMs(q.value(5));
    r.updatedAt = fromMs(q.value(6));
    return r;
}

CoreStoreStatus SqlCoreStore::setStaffSecret(const QString &staffId, const QByteArray &secretHash,
                                             const QDateTime &now)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE staff SET secret_hash = ?, failures = 0, locked_ms = NULL, updated_ms = ?"
                             " WHERE staff_id = ?"));
    q.addBindValue(QString::fromLatin1(secretHash));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(staffId);
    if (!q.exec())
        return failed(q, "set staff secret");
    if (q.numRowsAffected() != 1)
        return CoreStoreStatus::fail("unknown_staff");
    return {};
}

CoreStoreStatus SqlCoreStore::recordStaffAttempt(const QString &staffId, bool succeeded, int lockAfter,
                                                 const QDateTime &now, StaffRecord *after)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    {
        Write write(m_db, beginStatement());
        if (!write.begun())
            return failed(write.query(), "begin staff attempt");
        QSqlQuery q(m_db);
        // A locked account stays locked, and its count stays where it was.
        if (succeeded) {
            q.prepare(QStringLiteral("UPDATE staff SET failures = 0 WHERE staff_id = ? AND locked_ms IS NULL"));
            q.addBindValue(staffId);
        } else {
            q.prepare(QStringLiteral("UPDATE staff SET failures = failures + 1,"
                                     " locked_ms = CASE WHEN locked_ms IS NULL AND failures + 1 >= ? THEN ?"
                                     " ELSE locked_ms END WHERE staff_id = ? AND locked_ms IS NULL"));
            q.addBindValue(lockAfter);
            q.addBindValue(now.toMSecsSinceEpoch());
            q.addBindValue(staffId);
        }
        if (!q.exec())
            return failed(q, "count staff attempt");
        if (!write.commit())
            return failed(write.query(), "commit staff attempt");
    }
    CoreStoreStatus status;
    const std::optional<StaffRecord> stored = staffMember(staffId, &status);
    if (!status.ok())
        return status;
    if (!stored)
        return CoreStoreStatus::fail("unknown_staff");
    *after = *stored;
    return {};
}

} // namespace branch
