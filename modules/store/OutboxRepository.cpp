#include "OutboxRepository.h"

#include "Database.h"
#include "StoreLogging.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace branch {
namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

OutboxOutcome OutboxOutcome::acknowledged(qint64 id, const QString &coreRef, const QDateTime &appliedAt)
{
    OutboxOutcome o;
    o.id = id;
    o.kind = Kind::Acknowledged;
    o.coreRef = coreRef;
    o.appliedAt = appliedAt;
    return o;
}

OutboxOutcome OutboxOutcome::rejected(qint64 id, const QString &reason, const QString &message)
{
    OutboxOutcome o;
    o.id = id;
    o.kind = Kind::Rejected;
    o.reason = reason;
    o.message = message;
    return o;
}

OutboxOutcome OutboxOutcome::pending(qint64 id, const QDateTime &nextAttemptAt, const QString &lastError)
{
    OutboxOutcome o;
    o.id = id;
    o.kind = Kind::Pending;
    o.nextAttemptAt = nextAttemptAt;
    o.reason = lastError;
    return o;
}

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
    q.prepare(QStringLiteral("SELECT o.id, o.submission_id, o.idempotency_key, o.ordering_key, o.state, o.attempts, "
                             "o.next_attempt_at, o.last_error, o.created_at, s.service_id, s.submission_no, o.core_ref, "
                             "o.applied_at, o.reject_reason, o.reject_message "
                             "FROM outbox AS o JOIN submissions AS s ON s.id = o.submission_id ")
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
        e.serviceId = q.value(9).toString();
        e.receiptNumber = q.value(10).toString();
        e.coreRef = q.value(11).toString();
        e.appliedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        e.rejectReason = q.value(13).toString();
        e.rejectMessage = q.value(14).toString();
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

StoreError OutboxRepository::markSent(const QList<qint64> &ids)
{
    Transaction tx(m_db.connection());
    if (StoreError e = tx.begin(); e.isError())
        return e;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', attempts = attempts + 1, "
                             "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND state = 'pending'"));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("mark sent"));
        if (q.numRowsAffected() != 1)
            return StoreError::make(OutboxReason::WrongState, QStringLiteral("entry %1 is not pending").arg(id));
    }
    return tx.commit();
}

StoreError OutboxRepository::markAcknowledged(qint64 id, const QString &coreRef, const QDateTime &appliedAt)
{
    return apply({OutboxOutcome::acknowledged(id, coreRef, appliedAt)});
}

StoreError OutboxRepository::markRejected(qint64 id, const QString &reason, const QString &message)
{
    return apply({OutboxOutcome::rejected(id, reason, message)});
}

StoreError OutboxRepository::reschedule(qint64 id, const QDateTime &nextAttemptAt, const QString &lastError)
{
    return apply({OutboxOutcome::pending(id, nextAttemptAt, lastError)});
}

StoreError OutboxRepository::apply(const QList<OutboxOutcome> &outcomes, const FinalOutcomeHook &onFinal)
{
    Transaction tx(m_db.connection());
    if (StoreError e = tx.begin(); e.isError())
        return e;
    for (const OutboxOutcome &outcome : outcomes) {
        const StoreResult<bool> changed = applyOne(outcome);
        if (!changed.ok())
            return changed.error; // rolled back: none of the batch's outcomes is kept
        if (changed.value && onFinal && outcome.kind != OutboxOutcome::Kind::Pending) {
            if (StoreError e = onFinal(outcome, tx); e.isError())
                return e;
        }
    }
    return tx.commit();
}

StoreResult<bool> OutboxRepository::applyOne(const OutboxOutcome &outcome)
{
    QSqlQuery q(m_db.connection());
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    switch (outcome.kind) {
    case OutboxOutcome::Kind::Acknowledged:
        // Already acknowledged: a replayed answer for the same key, nothing to change.
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'acknowledged', core_ref = ?, applied_at = ?, "
                                 "last_error = NULL, updated_at = %1 WHERE id = ? AND state = 'sent'").arg(now));
        q.addBindValue(outcome.coreRef);
        q.addBindValue(isoUtc(outcome.appliedAt));
        break;
    case OutboxOutcome::Kind::Rejected:
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', reject_reason = ?, reject_message = ?, "
                                 "last_error = NULL, updated_at = %1 WHERE id = ? AND state = 'sent'").arg(now));
        q.addBindValue(outcome.reason);
        q.addBindValue(outcome.message);
        break;
    case OutboxOutcome::Kind::Pending:
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ?, "
                                 "updated_at = %1 WHERE id = ? AND state IN ('pending', 'sent')").arg(now));
        q.addBindValue(isoUtc(outcome.nextAttemptAt));
        q.addBindValue(outcome.reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(outcome.reason));
        break;
    }
    q.addBindValue(outcome.id);
    if (!q.exec())
        return {false, StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("update outbox state"))};
    if (q.numRowsAffected() == 1)
        return {true, {}};
    q.finish();
    const auto current = find(outcome.id);
    if (!current.ok())
        return {false, current.error};
    if (!current.value)
        return {false, StoreError::make(OutboxReason::NotFound, QStringLiteral("entry %1").arg(outcome.id))};
    if (outcome.kind == OutboxOutcome::Kind::Acknowledged && current.value->state == OutboxState::Acknowledged)
        return {false, {}};
    return {false, StoreError::make(OutboxReason::WrongState,
                                    QStringLiteral("entry %1 is %2").arg(outcome.id).arg(current.value->state))};
}

StoreError OutboxRepository::retry(qint64 id, const QDateTime &now, const RetriedHook &onRetried)
{
    Transaction tx(m_db.connection());
    if (StoreError e = tx.begin(); e.isError())
        return e;
    QSqlQuery q(m_db.connection());
    // Only the state moves: the key, and so core's memory of it, stays.
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = ?, "
                             "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND state = 'rejected'"));
    q.addBindValue(isoUtc(now));
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("retry outbox entry"));
    if (q.numRowsAffected() != 1) {
        q.finish();
        const auto current = find(id);
        if (!current.ok())
            return current.error;
        if (!current.value)
            return StoreError::make(OutboxReason::NotFound, QStringLiteral("entry %1").arg(id));
        return StoreError::make(OutboxReason::WrongState,
                                QStringLiteral("entry %1 is %2").arg(id).arg(current.value->state));
    }
    if (onRetried) {
        q.finish();
        const auto retried = find(id);
        if (!retried.ok())
            return retried.error;
        if (!retried.value)
            return StoreError::make(OutboxReason::NotFound, QStringLiteral("entry %1").arg(id));
        if (StoreError e = onRetried(*retried.value, tx); e.isError())
            return e;
    }
    if (StoreError e = tx.commit(); e.isError())
        return e;
    qCInfo(lcStore) << "outbox entry" << id << "put back to pending by staff";
    return {};
}

StoreResult<QList<OutboxEntry>> OutboxRepository::listSent(int limit, qint64 afterId) const
{
    return select(QStringLiteral("WHERE o.state = 'sent' AND o.id > ? ORDER BY o.id LIMIT ?"),
                  {afterId, qMax(0, limit)});
}

StoreResult<QList<OutboxEntry>> OutboxRepository::list(const QString &state, int limit, int offset) const
{
    if (state.isEmpty())
        return select(QStringLiteral("ORDER BY o.id DESC LIMIT ? OFFSET ?"), {qMax(0, limit), qMax(0, offset)});
    return select(QStringLiteral("WHERE o.state = ? ORDER BY o.id DESC LIMIT ? OFFSET ?"),
                  {state, qMax(0, limit), qMax(0, offset)});
}

StoreResult<std::optional<OutboxEntry>> OutboxRepository::find(qint64 id) const
{
    const auto rows = select(QStringLiteral("WHERE o.id = ?"), {id});
    StoreResult<std::optional<OutboxEntry>> result;
    result.error = rows.error;
    if (!rows.value.isEmpty())
        result.value = rows.value.first();
    return result;
}

StoreResult<QDateTime> OutboxRepository::earliestPendingAttempt() const
{
    StoreResult<QDateTime> result;
    if (!m_db.isOpen()) {
        result.error = StoreError::make(StoreReason::NotOpen);
        return result;
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(o.next_attempt_at) FROM outbox AS o WHERE o.state = 'pending' "
                                "AND NOT EXISTS (SELECT 1 FROM outbox AS older WHERE older.ordering_key = "
                                "o.ordering_key AND older.id < o.id AND older.state IN ('pending', 'sent'))"))) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("next attempt"));
        return result;
    }
    if (q.next() && !q.value(0).isNull())
        result.value = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return result;
}

} // namespace branch
