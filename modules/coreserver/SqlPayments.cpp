// The card payment part of SqlCoreStore: one row per (device, key), written
// in the same transaction as the decision, so a payment is charged once
// whatever the kiosk repeats. A new table only.
#include "SqlCoreStore.h"

#include "SqlWrite.h"

#include <QSqlError>

namespace branch {
namespace {

const QString kPaymentColumns = QStringLiteral(
    "SELECT fingerprint, amount_fen, currency, reference, account, masked_pan, state, reason, authorisation,"
    " decided_ms FROM payments WHERE device_id = ? AND payment_key = ?");

} // namespace

QStringList SqlCoreStore::paymentSchema()
{
    return {
        // The primary key is the idempotency: a second insert under the same
        // key fails, so two cores racing for one payment cannot both charge.
        QStringLiteral("CREATE TABLE IF NOT EXISTS payments (device_id TEXT NOT NULL, payment_key TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL, amount_fen BIGINT NOT NULL, currency TEXT NOT NULL,"
                       " reference TEXT NOT NULL, account TEXT, masked_pan TEXT NOT NULL, state TEXT NOT NULL,"
                       " reason TEXT, authorisation TEXT,"
                       " decided_ms BIGINT NOT NULL, PRIMARY KEY (device_id, payment_key))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS payments_account ON payments (account, state)"),
        // Which applied transaction a payment paid: one each (docs/payment.md).
        // A table of its own, so a core made before it gains it unchanged.
        QStringLiteral("CREATE TABLE IF NOT EXISTS payment_uses (device_id TEXT NOT NULL, payment_key TEXT NOT NULL,"
                       " tx_key TEXT NOT NULL, PRIMARY KEY (device_id, payment_key))"),
    };
}

QString SqlCoreStore::paymentRefusal(const QString &deviceId, const CoreTransaction &tx, CoreStoreStatus *status)
{
    const std::optional<PaymentRecord> payment = readPayment(deviceId, tx.paymentKey, status);
    if (!status->ok())
        return {};
    if (!payment || payment->state != PaymentState::Authorised || !tx.amountFen
        || payment->amountFen != *tx.amountFen || payment->currency != tx.currency)
        return QStringLiteral("payment_not_authorised");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT tx_key FROM payment_uses WHERE device_id = ? AND payment_key = ?"));
    q.addBindValue(deviceId);
    q.addBindValue(tx.paymentKey);
    if (!q.exec()) {
        *status = failed(q, "read payment use");
        return {};
    }
    if (q.next() && q.value(0).toString() != tx.key)
        return QStringLiteral("payment_already_used");
    return {};
}

CoreStoreStatus SqlCoreStore::markPaymentUsed(const QString &deviceId, const QString &paymentKey, const QString &txKey)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO payment_uses (device_id, payment_key, tx_key) VALUES (?, ?, ?)"));
    q.addBindValue(deviceId);
    q.addBindValue(paymentKey);
    q.addBindValue(txKey);
    if (!q.exec())
        return failed(q, "mark payment used");
    return {};
}

std::optional<PaymentRecord> SqlCoreStore::readPayment(const QString &deviceId, const QString &key,
                                                       CoreStoreStatus *status)
{
    QSqlQuery q(m_db);
    q.prepare(kPaymentColumns);
    q.addBindValue(deviceId);
    q.addBindValue(key);
    if (!q.exec()) {
        *status = failed(q, "read payment");
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    PaymentRecord r;
    r.deviceId = deviceId;
    r.key = key;
    r.fingerprint = q.value(0).toString();
    r.amountFen = q.value(1).toLongLong();
    r.currency = q.value(2).toString();
    r.reference = q.value(3).toString();
    r.account = q.value(4).toString();
    r.maskedPan = q.value(5).toString();
    r.state = PaymentStates::fromName(q.value(6).toString()).value_or(PaymentState::Unknown);
    r.reason = q.value(7).toString();
    r.authorisation = q.value(8).toString();
    r.decidedAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    return r;
}

std::optional<PaymentRecord> SqlCoreStore::payment(const QString &deviceId, const QString &key,
                                                   CoreStoreStatus *status)
{
    if (CoreStoreStatus s = ready(); !s.ok()) {
        *status = s;
        return std::nullopt;
    }
    return readPayment(deviceId, key, status);
}

CoreStoreStatus SqlCoreStore::authorisePayment(const PaymentRecord &request, const PaymentDecider &decide,
                                               PaymentRecord *stored, bool *replayed)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin");
    CoreStoreStatus status;
    if (std::optional<PaymentRecord> first = readPayment(request.deviceId, request.key, &status)) {
        *stored = *first;
        *replayed = true;
        return {};
    }
    if (!status.ok())
        return status;

    AccountHistory history;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(amount_fen), 0) FROM payments WHERE account = ? AND state = ?"));
    q.addBindValue(request.account);
    q.addBindValue(PaymentStates::name(PaymentState::Authorised));
    if (!q.exec() || !q.next())
        return failed(q, "sum charges");
    history.chargedFen = q.value(0).toLongLong();
    q.finish();
    // The PIN was right in every payment authorised or refused for money.
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM payments WHERE account = ? AND reason = 'wrong_pin' AND decided_ms >"
        " COALESCE((SELECT MAX(decided_ms) FROM payments WHERE account = ? AND (state = 'authorised'"
        " OR reason IN ('insufficient_funds', 'limit_exceeded'))), -1)"));
    q.addBindValue(request.account);
    q.addBindValue(request.account);
    if (!q.exec() || !q.next())
        return failed(q, "count wrong PINs");
    history.wrongPinsInARow = q.value(0).toInt();
    q.finish();

    PaymentRecord decided = decide(history);
    q.prepare(QStringLiteral("INSERT INTO payments (device_id, payment_key, fingerprint, amount_fen, currency,"
                             " reference, account, masked_pan, state, reason, authorisation, decided_ms)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(decided.deviceId), QVariant(decided.key), QVariant(decided.fingerprint),
          QVariant(decided.amountFen), QVariant(decided.currency), QVariant(decided.reference),
          QVariant(decided.account), QVariant(decided.maskedPan), QVariant(PaymentStates::name(decided.state)),
          QVariant(decided.reason), QVariant(decided.authorisation),
          QVariant(decided.decidedAt.toMSecsSinceEpoch())})
        q.addBindValue(value);
    if (!q.exec())
        return failed(q, "insert payment");
    if (!write.commit())
        return failed(write.query(), "commit payment");
    *stored = decided;
    *replayed = false;
    return {};
}

} // namespace branch
