#pragma once

#include "ValidationResult.h"

#include <QStringView>

#include <optional>

namespace branch::detail {

// No identifier we accept is anywhere near this long; anything longer is
// rejected before any per-character work, whatever it contains.
inline constexpr qsizetype kMaxIdentifierInput = 64;

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

inline int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// U+FF01..U+FF5E are the full-width forms of printable ASCII; a Chinese IME in
// full-width mode produces them, so they get their own reason and hint.
bool isFullwidthAscii(QChar c);

// The checks every identifier shares, in a fixed order: empty, too_long,
// fullwidth_characters, invalid_characters (anything `allowed` refuses that is
// not whitespace), contains_whitespace. Returns nothing when the text passes.
// Nothing is trimmed or converted: the user sees what is wrong instead.
// SQL-like or markup text fails here as invalid_characters, so no validator
// needs rules of its own for it.
std::optional<ValidationResult> checkCharacters(QStringView text, qsizetype maxLength,
                                                bool (*allowed)(QChar));

// too_short / too_long for text that passed checkCharacters.
std::optional<ValidationResult> checkLength(QStringView text, qsizetype minLength,
                                            qsizetype maxLength);

} // namespace branch::detail
