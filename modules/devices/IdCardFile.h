#pragma once

#include "IdCard.h"

namespace branch {

// A demo card of the simulator: one JSON file per card, its photo beside it.
//
//   {"name": "张三", "sex": "male", "ethnicity": "汉", "birthDate": "1950-03-07",
//    "address": "…", "idNumber": "…", "authority": "…",
//    "validFrom": "2015-03-07", "validUntil": "long_term" | "2035-03-07",
//    "photo": "zhang-san.jpg"}
//
// Strict, as the catalog is: an unknown key, a missing one, a wrong type or a
// bad date is a reason (card_file_invalid with the key as detail), never a
// half-read card. The photo is read from `folder`; a missing or non-image
// photo leaves it empty (the chip of a real card may fail to give one too).
class IdCardFile
{
public:
    static Result<IdCard> parse(const QByteArray &json, const QString &folder = {});
};

} // namespace branch
