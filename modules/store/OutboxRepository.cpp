#include "OutboxRepository.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace branch {

OutboxRepository::OutboxRepository(Database &db)
    : m_db(db)
{
}

StoreResult<QList<OutboxEntry>> OutboxRepository::select(const QString &where, const QVariantList &binds) const
{
    StoreResult<QList<OutboxEntry>> result;
    if (!m_db.isOpen()) {
        result.error = StoreError::make(StoreReason::NotOpen);
        return result;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, submission_id, idempotency_key, ordering_key, state, attempts, "
                             "next_attempt_at, last_error, created_at FROM outbox AS o ")
              + where);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read outbox"));
        return result;
    }
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.submissionId = q.value(1).toLongLong();
        e.idempotencyKey = q.value(2).toString();
        e.orderingKey = q.value(3).toString();
        e.state = q.value(4).toString();
        e.attempts = q.value(5).toInt();
        e.nextAttemptAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        e.lastError = q.value(7).toString();
        e.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        result.value.append(e);
    }
    return result;
}

StoreResult<QList<OutboxEntry>> OutboxRepository::due(const QDateTime &now, int limit) const
{
    // Times are stored in one fixed-width UTC format, so text order is time order.
    const QString cutoff = now.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return select(QStringLiteral("WHERE o.state = 'pending' AND o.next_attempt_at <= ? "
                                 "AND NOT EXISTS (SELECT 1 FROM outbox AS older WHERE older.ordering_key = "
                                 "o.ordering_key AND older.id < o.id AND older.state IN ('pending', 'sent')) "
                                 "ORDER BY o.id LIMIT ?"),
                  {cutoff, qMax(0, limit)});
}

StoreResult<std::optional<OutboxEntry>> OutboxRepository::findByKey(const QString &idempotencyKey) const
{
    const auto rows = select(QStringLiteral("WHERE o.idempotency_key = ?"), {idempotencyKey});
    StoreResult<std::optional<OutboxEntry>> result;
    result.error = rows.error;
    if (!rows.value.isEmpty())
        result.value = rows.value.first();
    return result;
}

StoreResult<std::optional<OutboxEntry>> OutboxRepository::findBySubmission(qint64 submissionId) const
{
    const auto rows = select(QStringLiteral("WHERE o.submission_id = ?"), {submissionId});
    StoreResult<std::optional<OutboxEntry>> result;
    result.error = rows.error;
    if (!rows.value.isEmpty())
        result.value = rows.value.first();
    return result;
}

StoreResult<QHash<QString, qint64>> OutboxRepository::countByState() const
{
    StoreResult<QHash<QString, qint64>> result;
    if (!m_db.isOpen()) {
        result.error = StoreError::make(StoreReason::NotOpen);
        return result;
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"))) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("count outbox"));
        return result;
    }
    while (q.next())
        result.value.insert(q.value(0).toString(), q.value(1).toLongLong());
    return result;
}

} // namespace branch
