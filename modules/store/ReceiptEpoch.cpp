#include "ReceiptEpoch.h"

#include "StoreLogging.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace branch::ReceiptEpochs {

StoreResult<std::optional<ReceiptEpoch>> current(const QSqlDatabase &db)
{
    StoreResult<std::optional<ReceiptEpoch>> result;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT epoch, block, substr(claimed_at, 1, 10) FROM receipt_epoch WHERE id = 1"))) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("read receipt epoch"));
        return result;
    }
    if (q.next())
        result.value = ReceiptEpoch{q.value(0).toLongLong(), q.value(1).toInt(),
                                    QDate::fromString(q.value(2).toString(), Qt::ISODate)};
    return result;
}

StoreResult<ReceiptEpoch> ensure(const QSqlDatabase &db, const QString &historyPath, const QDate &today)
{
    StoreResult<ReceiptEpoch> result;
    Transaction tx(db);
    if (result.error = tx.begin(); result.error.isError())
        return result;
    const auto held = current(db);
    if (!held.ok()) {
        result.error = held.error;
        return result;
    }
    const auto history = readHistory(historyPath);
    if (!history.ok()) {
        // Without the history nobody can tell which blocks are free; a
        // database that has an epoch keeps it, an empty one gets none.
        qCCritical(lcStore) << "receipt epochs unreadable:" << history.error.detail;
        result.error = history.error;
        if (held.value)
            result.value = *held.value;
        return result;
    }
    QList<ReceiptEpoch> known = history.value;
    if (held.value && (known.isEmpty() || known.constLast().epoch == held.value->epoch)) {
        result.value = *held.value;
        if (known.isEmpty()) {
            // A database from before epochs, or its history was lost: record
            // it as alive from today.
            result.value.born = today;
            if (result.error = writeHistory(historyPath, {result.value}); result.error.isError())
                return result;
        }
        result.error = tx.commit();
        return result;
    }

    // A new epoch: for a new database, or one older than its history (a
    // restored copy), which must not go on numbering where it stood.
    if (held.value && std::none_of(known.cbegin(), known.cend(),
                                   [&](const ReceiptEpoch &e) { return e.epoch == held.value->epoch; })) {
        ReceiptEpoch restored = *held.value;
        restored.born = today;
        known.append(restored);
        std::sort(known.begin(), known.end(), [](const auto &a, const auto &b) { return a.epoch < b.epoch; });
    }
    ReceiptEpoch next;
    next.epoch = known.isEmpty() ? 1 : known.constLast().epoch + 1;
    next.born = today;
    next.block = chooseBlock(known, today);
    QSqlQuery q(db);
    if (next.block < 0) {
        qCCritical(lcStore) << "no receipt-number block is free today; no number will be issued";
        if (!q.exec(QStringLiteral("DELETE FROM receipt_epoch")))
            result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("drop epoch"));
        else if (result.error = tx.commit(); !result.error.isError())
            result.error = StoreError::make(StoreReason::ReceiptNumbersUnavailable, QStringLiteral("all blocks taken"));
        return result;
    }
    known.append(next);
    // The history first: a crash before the commit below wastes this epoch.
    if (result.error = writeHistory(historyPath, prune(known, today)); result.error.isError())
        return result;
    q.prepare(QStringLiteral("INSERT INTO receipt_epoch (id, epoch, block) VALUES (1, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch, block = excluded.block, "
                             "claimed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"));
    q.addBindValue(next.epoch);
    q.addBindValue(next.block);
    if (!q.exec()) {
        result.error = StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("take epoch"));
        return result;
    }
    if (result.error = tx.commit(); result.error.isError())
        return result;
    qCInfo(lcStore) << "receipt numbers now in epoch" << next.epoch << "block" << next.block;
    result.value = next;
    return result;
}

} // namespace branch::ReceiptEpochs
