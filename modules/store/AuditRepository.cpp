#include "AuditRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace branch {

AuditRepository::AuditRepository(const QSqlDatabase &db)
    : m_db(db)
{
}

StoreResult<AuditTail> AuditRepository::tail() const
{
    StoreResult<AuditTail> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), 0), "
                               "COALESCE((SELECT MAX(id) FROM audit_log), 0)), "
                               "(SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)"))
        || !q.next()) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read audit tail"));
        return result;
    }
    result.value.lastId = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        result.value.lastHash = q.value(1).toString();
    return result;
}

StoreError AuditRepository::insert(const AuditRow &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (id, created_at, kind, actor, subject, details, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(r.id), QVariant(r.createdAt), QVariant(r.kind), QVariant(r.actor),
                              QVariant(r.subject), QVariant(r.details), QVariant(r.prevHash), QVariant(r.hash)})
        q.addBindValue(v);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("append audit row"));
    return {};
}

namespace {

const QString kColumns = QStringLiteral("SELECT id, created_at, kind, actor, subject, details, prev_hash, hash FROM audit_log ");

AuditRow rowOf(const QSqlQuery &q)
{
    return AuditRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

} // namespace

StoreError AuditRepository::forEach(const std::function<bool(const AuditRow &)> &visit) const
{
    return forRange(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), visit);
}

StoreError AuditRepository::forRange(qint64 afterId, qint64 upToId,
                                     const std::function<bool(const AuditRow &)> &visit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kColumns + QStringLiteral("WHERE id > ? AND id <= ? ORDER BY id"));
    q.addBindValue(afterId);
    q.addBindValue(upToId);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read audit log"));
    while (q.next()) {
        if (!visit(rowOf(q)))
            break;
    }
    return {};
}

StoreResult<std::optional<AuditRow>> AuditRepository::row(qint64 id) const
{
    StoreResult<std::optional<AuditRow>> result;
    QSqlQuery q(m_db);
    q.prepare(kColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read audit row"));
    else if (q.next())
        result.value = rowOf(q);
    return result;
}

StoreResult<std::optional<AuditRow>> AuditRepository::last() const
{
    StoreResult<std::optional<AuditRow>> result;
    QSqlQuery q(m_db);
    if (!q.exec(kColumns + QStringLiteral("ORDER BY id DESC LIMIT 1")))
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read audit head"));
    else if (q.next())
        result.value = rowOf(q);
    return result;
}

StoreResult<qint64> AuditRepository::sequence() const
{
    StoreResult<qint64> result;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"))) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read audit sequence"));
        return result;
    }
    if (q.next())
        result.value = q.value(0).toLongLong();
    return result;
}

} // namespace branch
