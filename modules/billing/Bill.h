#pragma once

#include "Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QLatin1String>
#include <QList>
#include <QString>

namespace branch {

namespace BillReason {
inline constexpr QLatin1String Ok{"ok"};
inline constexpr QLatin1String UnknownBiller{"unknown_biller"};
inline constexpr QLatin1String UnknownAccount{"unknown_account"};
inline constexpr QLatin1String NoOutstandingBill{"no_outstanding_bill"};
inline constexpr QLatin1String InvalidAccountFormat{"invalid_account_format"};
} // namespace BillReason

struct Bill
{
    QString billId; // the biller's reference, quoted back when paying
    Money amount;
    QString period; // as the biller words it: "2025-02", "2025 spring term", a case number
    QString payeeZh;
    QString payeeEn;
    QDate dueDate;
    // The account holder's name as the biller returns it: already masked
    // ("张*三"), so the kiosk never holds the full name of someone else's account.
    QString holder;

    friend bool operator==(const Bill &, const Bill &) = default;
};

struct BillLookupResult
{
    Q_DECLARE_TR_FUNCTIONS(BillLookupResult)

public:
    QString reason = BillReason::Ok;
    QList<Bill> bills; // only when ok, never empty then

    bool ok() const { return reason == BillReason::Ok; }
    QString message() const { return messageFor(reason); }
    static QString messageFor(const QString &reason);

    static BillLookupResult failure(QLatin1String reason) { return {QString(reason), {}}; }
};

} // namespace branch
