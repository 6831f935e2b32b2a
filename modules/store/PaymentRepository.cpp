#include "PaymentRepository.h"

#include "Database.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace branch {
namespace {

const QString kColumns = QStringLiteral("SELECT payment_key, reference, amount_fen, currency, masked_pan, state,"
                                        " reason, authorisation, created_ms, updated_ms FROM payments ");

PaymentRow rowOf(const QSqlQuery &q)
{
    PaymentRow r;
    r.key = q.value(0).toString();
    r.reference = q.value(1).toString();
    r.amount = Money(q.value(2).toLongLong(), q.value(3).toString());
    r.maskedPan = q.value(4).toString();
    r.state = PaymentStates::fromName(q.value(5).toString()).value_or(PaymentState::Unknown);
    r.reason = q.value(6).toString();
    r.authorisation = q.value(7).toString();
    r.createdMs = q.value(8).toLongLong();
    r.updatedMs = q.value(9).toLongLong();
    return r;
}

// NULL rather than '' for "none", so the CHECKs and readers agree.
QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

PaymentRepository::PaymentRepository(Database &db) : m_db(db) {}

StoreError PaymentRepository::recordIntent(const PaymentRow &row)
{
    if (!m_db.isOpen())
        return StoreError::make(StoreReason::NotOpen);
    Transaction tx(m_db.connection());
    if (StoreError e = tx.begin(); e.isError())
        return e;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO payments (payment_key, reference, amount_fen, currency, masked_pan,"
                                 " state, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(row.key);
        q.addBindValue(row.reference);
        q.addBindValue(row.amount.fen());
        q.addBindValue(row.amount.currency());
        q.addBindValue(row.maskedPan);
        q.addBindValue(PaymentStates::name(PaymentState::Pending));
        q.addBindValue(row.createdMs);
        q.addBindValue(row.createdMs);
        if (!q.exec())
            return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("record payment"));
    }
    return tx.commit(); // on disk (synchronous=FULL) before core is asked
}

StoreError PaymentRepository::move(const QString &key, PaymentState state, const QString &reason,
                                   const QString &authorisation, qint64 nowMs)
{
    if (!m_db.isOpen())
        return StoreError::make(StoreReason::NotOpen);
    Transaction tx(m_db.connection());
    if (StoreError e = tx.begin(); e.isError())
        return e;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT state FROM payments WHERE payment_key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read payment"));
        if (!q.next())
            return StoreError::make(StoreReason::PaymentMissing);
        const std::optional<PaymentState> from = PaymentStates::fromName(q.value(0).toString());
        if (!from || !PaymentStates::canMove(*from, state)) {
            return StoreError::make(StoreReason::PaymentStateInvalid,
                                    QStringLiteral("%1 to %2").arg(q.value(0).toString(), PaymentStates::name(state)));
        }
        q.finish();
        q.prepare(QStringLiteral("UPDATE payments SET state = ?, reason = ?, authorisation = ?, updated_ms = ?"
                                 " WHERE payment_key = ?"));
        q.addBindValue(PaymentStates::name(state));
        q.addBindValue(optionalText(reason));
        q.addBindValue(optionalText(authorisation));
        q.addBindValue(nowMs);
        q.addBindValue(key);
        if (!q.exec())
            return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("move payment"));
    }
    return tx.commit();
}

StoreResult<std::optional<PaymentRow>> PaymentRepository::find(const QString &key) const
{
    StoreResult<std::optional<PaymentRow>> result;
    if (!m_db.isOpen()) {
        result.error = StoreError::make(StoreReason::NotOpen);
        return result;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(kColumns + QStringLiteral("WHERE payment_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("find payment"));
    else if (q.next())
        result.value = rowOf(q);
    return result;
}

StoreResult<QList<PaymentRow>> PaymentRepository::recent(int limit) const
{
    StoreResult<QList<PaymentRow>> result;
    if (!m_db.isOpen()) {
        result.error = StoreError::make(StoreReason::NotOpen);
        return result;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(kColumns + QStringLiteral("ORDER BY rowid DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("list payments"));
        return result;
    }
    while (q.next())
        result.value.append(rowOf(q));
    return result;
}

StoreResult<QList<PaymentRow>> PaymentRepository::unresolved() const
{
    StoreResult<QList<PaymentRow>> result;
    if (!m_db.isOpen()) {
        result.error = StoreError::make(StoreReason::NotOpen);
        return result;
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(kColumns + QStringLiteral("WHERE state IN ('pending', 'unknown') ORDER BY created_ms, payment_key"))) {
        result.error =
            StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("list open payments"));
        return result;
    }
    while (q.next())
        result.value.append(rowOf(q));
    return result;
}

} // namespace branch
