#pragma once

#include "ValidationResult.h"

#include <QStringView>

namespace branch {

// Unified social credit code, GB 32100-2015: registration authority (1),
// category (1), region code (6 digits), organisation code (9) and a mod-31
// check character, over the alphabet 0-9 A-H J-N P-R T-U W-Y.
//
// Lower-case letters are accepted as their upper-case forms: the code is
// case-blind by definition and people type it on phone keyboards.
// Authority and category are checked against the union of the standard's
// values, not per authority, so that a newly added pairing is not refused.
// Reasons besides the shared ones: too_short, too_long,
// invalid_registration_authority, invalid_category, invalid_region_code,
// checksum_mismatch.
ValidationResult validateUscc(QStringView text);

// The check character for the first 17 characters (upper-case), or a null
// QChar if they are not 17 characters of the alphabet.
QChar usccCheckCharacter(QStringView first17);

} // namespace branch
