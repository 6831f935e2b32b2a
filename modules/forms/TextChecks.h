#pragma once

#include <QStringView>

namespace branch {

// Longer input than this (UTF-16 units) is refused as too_long before any
// per-character or pattern work, whatever maxLength says: the loader caps
// maxLength at 2000 characters, and each needs at most two units.
inline constexpr qsizetype kMaxTextInput = 4000;

// Characters a typed answer never contains and that only cause trouble
// downstream: C0/C1 controls (a line feed is allowed where line breaks are),
// bidirectional overrides that reorder what staff see on the review page,
// lone surrogates and non-characters.
bool hasForbiddenCharacters(QStringView text, bool allowLineBreaks);

// Characters as a person counts them: a character outside the BMP is one.
qsizetype characterCount(QStringView text);

} // namespace branch
