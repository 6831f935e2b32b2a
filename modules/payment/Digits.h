#pragma once

#include <QByteArrayView>

#include <algorithm>

namespace branch {

// True when `text` is only ASCII digits (and not empty): card numbers, PINs,
// expiry dates. No locale, no full-width digits.
inline bool isAsciiDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace branch
