#pragma once

#include "ValidationResult.h"

#include <QStringView>

namespace branch {

// A passport number, any country: 5 to 17 Latin letters and digits with at
// least one digit (ICAO 9303 document numbers; a Chinese passport is E or G
// and eight characters more). Letters in either case: the number is stored in
// capitals. Reasons besides the shared ones: too_short, too_long, no_digit.
ValidationResult validatePassport(QStringView text);

} // namespace branch
