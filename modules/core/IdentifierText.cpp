#include "IdentifierText.h"

namespace branch::detail {

bool isFullwidthAscii(QChar c)
{
    return c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E;
}

std::optional<ValidationResult> checkCharacters(QStringView text, qsizetype maxLength,
                                                bool (*allowed)(QChar))
{
    if (text.isEmpty())
        return ValidationResult::invalid(QStringLiteral("empty"));
    if (text.size() > maxLength)
        return ValidationResult::length(QStringLiteral("too_long"), 0, int(maxLength), int(maxLength) + 1);

    bool fullwidth = false;
    bool whitespace = false;
    bool forbidden = false;
    for (const QChar c : text) {
        if (isFullwidthAscii(c))
            fullwidth = true;
        else if (c.isSpace())
            whitespace = true;
        else if (!allowed(c))
            forbidden = true;
    }
    if (fullwidth)
        return ValidationResult::invalid(QStringLiteral("fullwidth_characters"));
    if (forbidden)
        return ValidationResult::invalid(QStringLiteral("invalid_characters"));
    if (whitespace)
        return ValidationResult::invalid(QStringLiteral("contains_whitespace"));
    return std::nullopt;
}

std::optional<ValidationResult> checkLength(QStringView text, qsizetype minLength,
                                            qsizetype maxLength)
{
    if (text.size() < minLength)
        return ValidationResult::length(QStringLiteral("too_short"), int(minLength), int(maxLength), int(text.size()));
    if (text.size() > maxLength)
        return ValidationResult::length(QStringLiteral("too_long"), int(minLength), int(maxLength), int(text.size()));
    return std::nullopt;
}

} // namespace branch::detail
