#pragma once

#include "ValidationResult.h"

#include <QDate>
#include <QStringView>

namespace branch {

// The foreign permanent resident ID card of 2023 (外国人永久居留身份证): 18
// characters in the resident ID's layout, starting with 9: "9", the issuing
// province (2 digits), the nationality (3 digits), the YYYYMMDD birth date,
// a sequence (3 digits) and the MOD 11-2 check character (0-9 or X).
//
// Reasons besides the shared ones: too_short, too_long, old_card_format (the
// 15-character card of 2017, three letters and twelve digits),
// invalid_document_prefix (does not start with 9), invalid_province,
// invalid_birth_date, birth_date_before_1900, birth_date_in_future,
// checksum_mismatch.
ValidationResult validatePermanentResidentId(QStringView text, QDate today = QDate::currentDate());

} // namespace branch
