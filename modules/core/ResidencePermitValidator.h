#pragma once

#include "ValidationResult.h"

#include <QDate>
#include <QStringView>

namespace branch {

// The residence permit for residents of Hong Kong, Macao and Taiwan
// (港澳台居民居住证): 18 characters in the resident ID's layout, whose first
// six digits are 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan),
// then the YYYYMMDD birth date, a sequence and the MOD 11-2 check character.
//
// Reasons besides the shared ones: too_short, too_long,
// invalid_document_prefix, invalid_birth_date, birth_date_before_1900,
// birth_date_in_future, checksum_mismatch.
ValidationResult validateResidencePermit(QStringView text, QDate today = QDate::currentDate());

} // namespace branch
