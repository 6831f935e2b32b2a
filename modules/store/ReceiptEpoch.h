#pragma once

#include "StoreError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace branch {

// Receipt numbers are never issued twice, even when the database that
// counted them is lost (docs/store-recovery.md). Each database issues numbers
// in one epoch. Epochs are counted in a small file beside the database, which
// a quarantine never moves: a database that starts empty, after a quarantine,
// a deletion or a restore of an old copy, takes a new epoch there before it
// issues any number.
//
// An epoch owns one block of the six-digit daily sequence: block b gives
// b*100000 + 1 .. b*100000 + 99999. A new epoch takes a block that no epoch
// still alive on or after its first day may have used, so two epochs never
// issue the same number on the same day; the format, the check character and
// ReceiptNumber::parse are unchanged. Ten epochs started within two days use
// up the blocks; the eleventh issues no number until the day after.
struct ReceiptEpoch
{
    qint64 epoch = 0;
    int block = 0;
    QDate born; // UTC day it was taken

    static constexpr int Blocks = 10;
    static constexpr int BlockSize = 100000; // the sequence's last five digits

    friend bool operator==(const ReceiptEpoch &, const ReceiptEpoch &) = default;
};

namespace ReceiptEpochs {

// "<database path>.receipt-epochs".
QString historyPathFor(const QString &databasePath);

// The file is a header line and one "epoch=E block=B born=yyyyMMdd" line per
// epoch, oldest first, epochs strictly growing; anything else does not parse.
inline constexpr qsizetype MaxHistoryBytes = 4096;
StoreResult<QList<ReceiptEpoch>> parseHistory(const QByteArray &text);
QByteArray formatHistory(const QList<ReceiptEpoch> &history);

// The epochs taken for this database path, oldest first (empty when none),
// or ReceiptEpochUnreadable for a file that does not parse.
StoreResult<QList<ReceiptEpoch>> readHistory(const QString &historyPath);
// Atomically (written aside, flushed, renamed), mode 0600.
StoreError writeHistory(const QString &historyPath, const QList<ReceiptEpoch> &history);

// The block an epoch born on `day` may use: the one after the last epoch's,
// skipping every block an epoch alive on day - 1 or later used. -1 when none is free.
int chooseBlock(const QList<ReceiptEpoch> &history, const QDate &day);
// The entries a later choice still needs: those alive on day - 1 or later.
QList<ReceiptEpoch> prune(const QList<ReceiptEpoch> &history, const QDate &day);

// The database's epoch (table receipt_epoch), if it has one.
StoreResult<std::optional<ReceiptEpoch>> current(const QSqlDatabase &db);

// Makes sure the database issues numbers in the newest epoch of its history,
// taking a new one when it has none, or one the history has moved past.
// The history file is written before the database: a crash in between wastes
// an epoch, never reuses one. Runs in its own write transaction.
// On success the epoch the database now holds; ReceiptNumbersUnavailable when
// no block is free today (the database then holds none), ReceiptEpochUnreadable
// for a damaged history (a database with an epoch keeps it).
StoreResult<ReceiptEpoch> ensure(const QSqlDatabase &db, const QString &historyPath, const QDate &today);

} // namespace ReceiptEpochs
} // namespace branch
