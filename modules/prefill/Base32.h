#pragma once

#include <QByteArray>

#include <optional>

namespace branch::Base32 {

// RFC 4648 base32, upper case, no padding: every character is in the QR
// code's alphanumeric set, so a token costs 5.5 bits a character on paper.
QByteArray encode(const QByteArray &bytes);
// Nothing for a character outside A-Z2-7, or trailing bits that are not zero
// (so one token has exactly one spelling).
std::optional<QByteArray> decode(const QByteArray &text);

} // namespace branch::Base32
