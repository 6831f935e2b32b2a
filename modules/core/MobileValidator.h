#pragma once

#include "ValidationResult.h"

#include <QStringView>

namespace branch {

// Mainland China mobile number: 11 ASCII digits, 1 then 3-9.
//
// A country prefix is accepted only as exactly "+86" or "86" directly before
// the 11 digits ("+8613812345678", "8613812345678"); any other "+" prefix is
// unsupported_country_code. "0086", spaces and hyphens are refused, not fixed.
// Reasons besides the shared ones: too_short, too_long, invalid_prefix,
// unsupported_country_code.
ValidationResult validateMobile(QStringView text);

// The 11-digit national number of a number that validates, else empty.
QString normalizedMobile(QStringView text);

} // namespace branch
