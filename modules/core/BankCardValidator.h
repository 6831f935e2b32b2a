#pragma once

#include "ValidationResult.h"

#include <QStringView>

namespace branch {

// Bank card number: 16 to 19 ASCII digits. A failed Luhn check is a Warning
// (reason luhn_mismatch), not Invalid: some genuine UnionPay cards do not
// carry a Luhn digit, so the customer is asked to confirm instead of refused.
// Reasons besides the shared ones: too_short, too_long, luhn_mismatch.
ValidationResult validateBankCard(QStringView text);

// True when the digits pass the Luhn (mod 10) check. Non-digits make it false.
bool passesLuhn(QStringView digits);

} // namespace branch
