#include "ReceiptEpoch.h"

#include "DirectorySync.h"
#include "StoreLogging.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>


namespace branch::ReceiptEpochs {
namespace {

const QString kHeader = QStringLiteral("# BranchSuite receipt-number epochs. Never edit or delete: "
                                       "see docs/store-recovery.md");
const QString kDayFormat = QStringLiteral("yyyyMMdd");


StoreError unreadable(const QString &what)
{
    return StoreError::make(StoreReason::ReceiptEpochUnreadable, what);
}

} // namespace

QString historyPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".receipt-epochs");
}

StoreResult<QList<ReceiptEpoch>> readHistory(const QString &historyPath)
{
    StoreResult<QList<ReceiptEpoch>> result;
    QFile file(historyPath);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = unreadable(QStringLiteral("cannot open %1").arg(historyPath));
        return result;
    }
    static const QRegularExpression line(QStringLiteral("^epoch=(\\d{1,15}) block=(\\d) born=(\\d{8})$"));
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.value(0) != kHeader.toUtf8()) {
        result.error = unreadable(QStringLiteral("%1: no header").arg(historyPath));
        return result;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty() && i == lines.size() - 1)
            break;
        const auto match = line.match(QString::fromLatin1(lines.at(i)));
        ReceiptEpoch e;
        if (match.hasMatch()) {
            e.epoch = match.captured(1).toLongLong();
            e.block = match.captured(2).toInt();
            e.born = QDate::fromString(match.captured(3), kDayFormat);
        }
        // Epochs only grow; anything else is not a file this code wrote.
        if (!match.hasMatch() || !e.born.isValid()
            || (!result.value.isEmpty() && e.epoch <= result.value.constLast().epoch)) {
            result.error = unreadable(QStringLiteral("%1: line %2").arg(historyPath).arg(i + 1));
            result.value.clear();
            return result;
        }
        result.value.append(e);
    }
    return result;
}

StoreError writeHistory(const QString &historyPath, const QList<ReceiptEpoch> &history)
{
    QByteArray text = kHeader.toUtf8() + '\n';
    for (const ReceiptEpoch &e : history)
        text += QStringLiteral("epoch=%1 block=%2 born=%3\n").arg(e.epoch).arg(e.block).arg(e.born.toString(kDayFormat)).toLatin1();
    QSaveFile file(historyPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        return StoreError::make(StoreReason::QueryFailed,
                                QStringLiteral("cannot write %1: %2").arg(historyPath, file.errorString()));
    }
    syncDirectory(QFileInfo(historyPath).absolutePath(), "writing receipt epochs");
    return {};
}

QList<ReceiptEpoch> prune(const QList<ReceiptEpoch> &history, const QDate &day)
{
    // Epoch i issued numbers from its birth until epoch i + 1 was born; the
    // last one may still be issuing. Business days and UTC days differ by
    // less than one day, hence day - 1.
    const QDate horizon = day.addDays(-1);
    QList<ReceiptEpoch> alive;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const bool last = i + 1 == history.size();
        if (last || history.at(i + 1).born >= horizon)
            alive.append(history.at(i));
    }
    return alive;
}

int chooseBlock(const QList<ReceiptEpoch> &history, const QDate &day)
{
    QSet<int> taken;
    for (const ReceiptEpoch &e : prune(history, day))
        taken.insert(e.block);
    const int start = history.isEmpty() ? 0 : (history.constLast().block + 1) % ReceiptEpoch::Blocks;
    for (int k = 0; k < ReceiptEpoch::Blocks; ++k) {
        const int block = (start + k) % ReceiptEpoch::Blocks;
        if (!taken.contains(block))
            return block;
    }
    return -1;
}

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
