#pragma once

#include "Money.h"
#include "ServiceDefinition.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace branch {

// A bill service's form holds the looked-up amount in this read-only money
// field; the kiosk fills it from BillerDirectory, never the customer.
inline constexpr QLatin1String kBillAmountField{"bill_amount"};

struct AmountResult
{
    std::optional<Money> amount; // nullopt: the service takes no money
    QString reason;              // "" when fine, else missing_amount or not_integer_fen
};

// What a submission of this service charges, per its fee rule: the fixed
// price, the entered money field, or the bill amount. Call it on a form that
// has passed FormValidator.
AmountResult submissionAmount(const ServiceDefinition &service, const QJsonObject &values);

} // namespace branch
