#pragma once

#include "Bill.h"
#include "BillerDirectory.h"
#include "Money.h"
#include "ServiceDefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace branch {

// One form field a bill fills in. The UI shows it read-only afterwards: the
// customer may not change what the biller said.
struct PrefilledField
{
    QString fieldId;
    QJsonValue value; // as the form holds it: the account as a string, the amount in integer fen
};

// What a bill look-up gave. `reason` is BillReason::Ok, a BillReason code
// (unknown_biller, unknown_account, no_outstanding_bill,
// invalid_account_format), a MoneyResult code when the bills cannot be added
// up (e.g. amount_overflow, currency_mismatch), or FlowReason::NoBillLookup
// for a service that takes no bill. `message` is translated.
struct BillLookupOutcome
{
    QString reason = BillReason::Ok;
    QString message;
    std::optional<BillerInfo> biller;
    QList<Bill> bills;            // ok: every outstanding bill, never empty
    std::optional<Money> total;   // ok: the sum of `bills`
    QList<PrefilledField> prefill; // ok: what goes into the form, in form order

    bool ok() const { return reason == BillReason::Ok; }
};

// The bill stage of a bill-fee service (electricity, water, tuition...):
// finds the service's biller, looks the account up through BillerDirectory
// and says which fields the bill fills. All outstanding bills are paid
// together, as a counter clerk would.
//
// Prefill: the account goes into the form's first field when that is a text
// field whose checks accept it (the schema puts the customer number first);
// the total goes into the read-only "bill_amount" money field.
class BillLookup
{
public:
    explicit BillLookup(const BillerDirectory &billers);

    // The biller that serves this service: one naming the service, else the
    // one its fee rule names. nullopt when there is none.
    std::optional<BillerInfo> billerFor(const ServiceDefinition &service) const;
    // What the account number is called on this biller's bills ("户号"), in
    // the language of `locale`; empty without a biller.
    QString accountLabel(const ServiceDefinition &service, const QLocale &locale) const;

    // `today` is the date the form's checks use (birth dates and the like).
    BillLookupOutcome lookup(const ServiceDefinition &service, const QString &accountNumber,
                             const QDate &today) const;

private:
    const BillerDirectory &m_billers;
};

} // namespace branch
