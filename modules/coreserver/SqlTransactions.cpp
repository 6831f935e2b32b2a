// The idempotent part of SqlCoreStore: batches, lookups, purge and export.
#include "SqlCoreStore.h"

#include "CoreRules.h"

#include "SqlWrite.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace branch {
namespace {

CoreResult conflictFor(const QString &key)
{
    CoreResult r;
    r.key = key;
    r.outcome = Outcome::Conflict;
    r.reason = QStringLiteral("key_reused_with_different_body");
    r.message = QCoreApplication::translate(
        "branch::CoreServer", "This key was already used for a different transaction; nothing was applied.");
    return r;
}

// A kiosk that lost its database may issue a receipt number again under a
// new key; the customer's receipt must name one transaction only.
CoreResult receiptTakenFor(const QString &key)
{
    CoreResult r;
    r.key = key;
    r.outcome = Outcome::Rejected;
    r.reason = QStringLiteral("receipt_number_taken");
    r.message = QCoreApplication::translate(
        "branch::CoreServer",
        "Core already holds this receipt number for another transaction; nothing was applied.");
    return r;
}

// A transaction that names a kiosk card payment core cannot pay it with.
CoreResult paymentRefusedFor(const QString &key, const QString &reason)
{
    CoreResult r;
    r.key = key;
    r.outcome = Outcome::Rejected;
    r.reason = reason;
    r.message = reason == QLatin1String("payment_already_used")
        ? QCoreApplication::translate("branch::CoreServer",
                                      "This card payment already paid another request; nothing was applied.")
        : QCoreApplication::translate("branch::CoreServer",
                                      "Core holds no authorised card payment of this amount for this request; "
                                      "nothing was applied.");
    return r;
}

// A stored result as the repeat sees it: the same body is a replay, any
// other body under the same key is a conflict.
CoreResult settleRepeat(const CoreTransaction &tx, const QByteArray &storedHash, const QString &storedJson)
{
    if (storedHash != tx.bodySha256)
        return conflictFor(tx.key);
    std::optional<CoreResult> stored = CoreResult::fromJson(QJsonDocument::fromJson(storedJson.toUtf8()).object());
    if (!stored)
        return conflictFor(tx.key);
    stored->replayed = true;
    return *stored;
}

QVariant nullableFen(const CoreTransaction &tx)
{
    return tx.amountFen ? QVariant(*tx.amountFen) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QSqlQuery &SqlCoreStore::prepared(std::unique_ptr<QSqlQuery> &slot, const char *sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->prepare(QString::fromLatin1(sql));
    }
    return *slot;
}

bool SqlCoreStore::lookup(const QString &deviceId, const QString &key, QByteArray *hash, QString *resultJson,
                          CoreStoreStatus *status)
{
    QSqlQuery &q = prepared(m_lookupQuery, "SELECT body_sha256, result_json FROM applied_transactions"
                                           " WHERE device_id = ? AND tx_key = ?");
    q.addBindValue(deviceId);
    q.addBindValue(key);
    if (!q.exec()) {
        *status = failed(q, "look up key");
        return false;
    }
    const bool found = q.next();
    if (found) {
        *hash = q.value(0).toString().toLatin1();
        *resultJson = q.value(1).toString();
    }
    q.finish();
    return found;
}

bool SqlCoreStore::receiptTaken(const QString &receiptNo, CoreStoreStatus *status)
{
    QSqlQuery &q = prepared(m_receiptQuery, "SELECT 1 FROM applied_transactions"
                                            " WHERE receipt_no = ? AND outcome = 'applied'");
    q.addBindValue(receiptNo);
    if (!q.exec()) {
        *status = failed(q, "look up receipt number");
        return false;
    }
    const bool found = q.next();
    q.finish();
    return found;
}

CoreStoreStatus SqlCoreStore::applyOne(const QString &deviceId, const CoreTransaction &tx, qint64 nowMs,
                                       const TransactionDecider &decide, CoreResult *result)
{
    CoreStoreStatus status;
    QByteArray hash;
    QString json;
    if (lookup(deviceId, tx.key, &hash, &json, &status)) {
        *result = settleRepeat(tx, hash, json);
        return {};
    }
    if (!status.ok())
        return status;

    *result = decide(tx);
    if (result->isApplied() && receiptTaken(tx.receiptNo, &status))
        *result = receiptTakenFor(tx.key);
    if (!status.ok())
        return status;
    if (result->isApplied() && !tx.paymentKey.isEmpty()) {
        const QString refused = paymentRefusal(deviceId, tx, &status);
        if (!status.ok())
            return status;
        if (!refused.isEmpty())
            *result = paymentRefusedFor(tx.key, refused);
    }
    if (result->isApplied() && tx.authorization) {
        const QString refused = authorizationRefusal(tx, &status);
        if (!status.ok())
            return status;
        if (!refused.isEmpty())
            *result = CoreRules::rejected(tx.key, refused);
    }
    result->key = tx.key;
    result->replayed = false;
    const bool applied = result->isApplied();
    QSqlQuery &q = prepared(
        m_insertQuery,
        "INSERT INTO applied_transactions (device_id, tx_key, body_sha256, outcome, result_json, service_id,"
        " receipt_no, sequence, amount_fen, core_ref, applied_ms, received_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, tx_key) DO NOTHING");
    q.addBindValue(deviceId);
    q.addBindValue(tx.key);
    q.addBindValue(QString::fromLatin1(tx.bodySha256));
    q.addBindValue(result->outcome);
    q.addBindValue(QString::fromUtf8(QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(tx.serviceId);
    q.addBindValue(tx.receiptNo);
    q.addBindValue(tx.sequence);
    q.addBindValue(nullableFen(tx));
    q.addBindValue(applied ? QVariant(result->coreRef) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(applied ? QVariant(result->appliedAt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(nowMs);
    if (!q.exec())
        return failed(q, "insert key");
    const int inserted = q.numRowsAffected();
    q.finish();
    // The submission that completes a prefill uses it up, in the batch's
    // transaction and only when its key is new: exactly once.
    if (inserted == 1 && applied && !tx.paymentKey.isEmpty()) {
        if (CoreStoreStatus used = markPaymentUsed(deviceId, tx.paymentKey, tx.key); !used.ok())
            return used;
    }
    if (inserted == 1 && applied && tx.authorization) {
        if (CoreStoreStatus used = markAuthorizationUsed(deviceId, tx); !used.ok())
            return used;
    }
    if (inserted == 1 && applied && !tx.prefillReference.isEmpty())
        return markPrefillUsed(tx.prefillReference, nowMs);
    if (inserted == 1)
        return {};
    // Lost a race with another connection that inserted the key after our
    // look-up: its result stands, and ours was never stored.
    if (!lookup(deviceId, tx.key, &hash, &json, &status))
        return status.ok() ? CoreStoreStatus::fail("unavailable", QStringLiteral("key vanished after conflict"))
                           : status;
    *result = settleRepeat(tx, hash, json);
    return {};
}

CoreStoreStatus SqlCoreStore::applyBatch(const QString &deviceId, const QList<CoreTransaction> &batch,
                                         const QDateTime &now, const TransactionDecider &decide,
                                         QList<CoreResult> *results)
{
    results->clear();
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin batch");
    QList<CoreResult> out;
    out.reserve(batch.size());
    for (const CoreTransaction &tx : batch) {
        CoreResult result;
        const CoreStoreStatus s = applyOne(deviceId, tx, now.toMSecsSinceEpoch(), decide, &result);
        if (!s.ok())
            return s;
        out.append(result);
    }
    if (!write.commit())
        return failed(write.query(), "commit batch");
    *results = out;
    return {};
}

std::optional<CoreResult> SqlCoreStore::transactionResult(const QString &deviceId, const QString &key,
                                                          CoreStoreStatus *status)
{
    *status = ready();
    if (!status->ok())
        return std::nullopt;
    QByteArray hash;
    QString json;
    if (!lookup(deviceId, key, &hash, &json, status))
        return std::nullopt;
    return CoreResult::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

CoreStoreStatus SqlCoreStore::purge(const QDateTime &now, int retentionDays, qint64 *removed)
{
    *removed = 0;
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    const int days = std::max(retentionDays, MinimumRetentionDays);
    const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
    Write write(m_db, beginStatement());
    if (!write.begun())
        return failed(write.query(), "begin purge");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM applied_transactions WHERE received_ms < ?"));
    q.addBindValue(cutoff);
    if (!q.exec())
        return failed(q, "purge keys");
    *removed = q.numRowsAffected();
    q.prepare(QStringLiteral("DELETE FROM enrolment_codes WHERE expires_ms < ?"));
    q.addBindValue(cutoff);
    if (!q.exec())
        return failed(q, "purge codes");
    if (!write.commit())
        return failed(write.query(), "commit purge");
    return {};
}

CoreStoreStatus SqlCoreStore::exportApplied(const std::function<void(const ExportRow &)> &sink)
{
    if (CoreStoreStatus s = ready(); !s.ok())
        return s;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT tx_key, device_id, service_id, receipt_no, sequence, amount_fen, applied_ms,"
                               " core_ref FROM applied_transactions WHERE outcome = 'applied'"
                               " ORDER BY applied_ms, device_id, sequence")))
        return failed(q, "export");
    while (q.next()) {
        ExportRow row;
        row.key = q.value(0).toString();
        row.deviceId = q.value(1).toString();
        row.serviceId = q.value(2).toString();
        row.receiptNo = q.value(3).toString();
        row.sequence = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            row.amountFen = q.value(5).toLongLong();
        row.appliedAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        row.coreRef = q.value(7).toString();
        sink(row);
    }
    if (q.lastError().isValid())
        return failed(q, "export");
    return {};
}

} // namespace branch
