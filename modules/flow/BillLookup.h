#pragma once

#include "Bill.h"
#include "BillerDirectory.h"
#include "FlowReason.h"
#include "Money.h"
#include "Result.h"
#include "ServiceDefinition.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace branch {

// The form field that shows the account holder's name from the bill.
inline constexpr QLatin1String kBillHolderField{"account_holder"};

// One form field a bill fills in. The UI shows it read-only afterwards: the
// customer may not change what the biller said.
struct PrefilledField
{
    QString fieldId;
    QJsonValue value; // as the form holds it: the account as a string, the amount in integer fen
};

// What a bill look-up found: the biller, every outstanding bill, their
// total and what goes into the form.
struct BillPrefill
{
    BillerInfo biller;
    QList<Bill> bills;              // never empty
    Money total;                    // the sum of `bills`
    QList<PrefilledField> prefill;  // what goes into the form, in form order
};

// The bill stage of a bill-fee service (electricity, water, tuition...):
// finds the service's biller, looks the account up through BillerDirectory
// and says which fields the bill fills. All outstanding bills are paid
// together, as a counter clerk would.
//
// Prefill: the account goes into the form's first field when that is a text
// field whose checks accept it (the schema puts the customer number first);
// the holder's name, masked as the biller returns it, into "account_holder";
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
    // Fails with a BillReason code (unknown_biller, unknown_account,
    // no_outstanding_bill, invalid_account_format), a MoneyResult code when
    // the bills cannot be added up (e.g. amount_overflow), or
    // FlowReason::NoBillLookup for a service that takes no bill; the
    // message is translated.
    Result<BillPrefill, FlowError> lookup(const ServiceDefinition &service, const QString &accountNumber,
                                          const QDate &today) const;

private:
    const BillerDirectory &m_billers;
};

} // namespace branch
