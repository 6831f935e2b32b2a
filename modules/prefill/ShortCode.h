#pragma once

#include <QString>

namespace branch::ShortCode {

// The numeric code shown beside the QR code, for a customer who cannot show
// a screen: 8 random digits and a Damm check digit (it catches every single
// wrong digit and every swap of neighbours, so a typo never costs a guess).
inline constexpr int Digits = 9;

QString generate();                   // 9 digits, the last one the check digit
QChar checkDigit(const QString &eight); // of 8 digits
// 9 digits with a matching check digit. Spaces and dashes are ignored by normalize().
bool isValid(const QString &code);
QString normalize(const QString &typed);

} // namespace branch::ShortCode
