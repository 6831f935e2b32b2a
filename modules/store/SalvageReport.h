#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace branch {

// What is counted in a salvage report, saved and lost, by kind of record.
namespace SalvageKind {
// Outbox entries with their submissions, by state: pending or sent
// (waiting for core), rejected (refused by core), acknowledged (at core).
inline constexpr QLatin1String OutboxWaiting{"outbox_waiting"};
inline constexpr QLatin1String OutboxRefused{"outbox_refused"};
inline constexpr QLatin1String OutboxDelivered{"outbox_delivered"};
// Entries of which too little was readable to tell their state.
inline constexpr QLatin1String OutboxUnreadable{"outbox_unreadable"};
// The wrapped data keys that open the sealed payloads.
inline constexpr QLatin1String DataKeys{"data_keys"};
// Where core is, as `branchctl device enroll` recorded it.
inline constexpr QLatin1String Enrolment{"enrolment"};
// The daily receipt counters (one per kiosk code and day).
inline constexpr QLatin1String ReceiptDays{"receipt_days"};
// The kiosk's card payments (docs/payment.md): a pending or unknown one is
// resolved by asking core for its key, so the key must survive a quarantine.
inline constexpr QLatin1String Payments{"payments"};
QStringList all();
} // namespace SalvageKind

namespace SalvageOutcome {
inline constexpr QLatin1String Complete{"complete"}; // nothing lost
inline constexpr QLatin1String Partial{"partial"};
inline constexpr QLatin1String Failed{"failed"}; // nothing could be read
} // namespace SalvageOutcome

struct SalvageItem
{
    QString kind; // SalvageKind
    qint64 saved = 0;
    qint64 lost = 0;
    friend bool operator==(const SalvageItem &, const SalvageItem &) = default;
};

// One salvage after one quarantine: kept in the new database (migration
// 0007), shown to staff, audited once.
struct SalvageReport
{
    Q_DECLARE_TR_FUNCTIONS(branch::SalvageReport)

public:
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QString quarantinePath;
    QString method = QStringLiteral("row_scan");
    QString outcome; // SalvageOutcome
    QString damage;  // quick_check's first lines: pages and tables, no values
    std::optional<qint64> receiptEpoch;
    std::optional<int> receiptBlock; // numbers now start at block * 100000 + 1
    QList<SalvageItem> items;
    QStringList lostReceipts; // numbers customers hold whose request was lost
    bool audited = false;

    qint64 saved(const QString &kind) const;
    qint64 lost(const QString &kind) const;
    qint64 totalLost() const;
    // The first receipt-number sequence of the new epoch ("100001"); empty
    // when the database could take no epoch.
    QString firstSequence() const;

    // What staff read, in the current language (the kiosk and branchctl).
    static QString kindName(const QString &kind);
    static QString outcomeText(const QString &outcome);
};

namespace SalvageReports {
// Inside the caller's transaction. Returns the new report's id.
StoreResult<qint64> insert(const QSqlDatabase &db, const SalvageReport &report);
// Newest first.
StoreResult<QList<SalvageReport>> list(const QSqlDatabase &db);
StoreResult<QList<qint64>> unaudited(const QSqlDatabase &db);
StoreResult<std::optional<SalvageReport>> find(const QSqlDatabase &db, qint64 id);
// Inside the caller's transaction, with the audit row that records it.
StoreError markAudited(const QSqlDatabase &db, qint64 id);
} // namespace SalvageReports

} // namespace branch
