#pragma once

#include "ValidationResult.h"

#include <QDate>
#include <QStringView>

#include <optional>

namespace branch {

// Mainland resident identity card number, GB 11643-1999: 17 digits (province,
// region, YYYYMMDD birth date, sequence) and an ISO 7064 MOD 11-2 check
// character, 0-9 or X (lower-case x accepted).
//
// `today` bounds the birth date; pass it explicitly in tests. Reasons besides
// the shared ones: legacy_15_digit, too_short, too_long, invalid_province,
// invalid_birth_date, birth_date_before_1900, birth_date_in_future,
// checksum_mismatch.
ValidationResult validateResidentId(QStringView text, QDate today = QDate::currentDate());

// The MOD 11-2 check character for the first 17 digits ('0'-'9' or 'X'), or a
// null QChar when `first17` is not 17 ASCII digits. Shared with tests and tools.
QChar residentIdCheckCharacter(QStringView first17);

// GB/T 2260 province-level codes (the first two digits).
bool isResidentIdProvince(int code);

namespace detail {

// The 18-character layout of GB 11643 that the resident ID, the 2023 foreign
// permanent resident ID card and the Hong Kong, Macao and Taiwan residence
// permit share: 17 digits with a YYYYMMDD birth date at characters 7 to 14,
// then the MOD 11-2 check character (0-9 or X).
//
// The shape: characters (digits, X, x), length 18, 17 digits before the check.
std::optional<ValidationResult> checkGb11643Shape(QStringView text);
// Then, after each document's own prefix check: the birth date and the check character.
ValidationResult checkGb11643BirthAndCheck(QStringView text, QDate today);

} // namespace detail

} // namespace branch
