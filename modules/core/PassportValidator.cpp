#include "PassportValidator.h"

#include "IdentifierText.h"

#include <algorithm>

namespace branch {
namespace {

constexpr qsizetype kMinLength = 5;
constexpr qsizetype kMaxLength = 17;

bool allowedCharacter(QChar c)
{
    return detail::isAsciiDigit(c) || detail::isAsciiLetter(c);
}

} // namespace

ValidationResult validatePassport(QStringView text)
{
    if (auto failure = detail::checkCharacters(text, detail::kMaxIdentifierInput, allowedCharacter))
        return *failure;
    if (auto failure = detail::checkLength(text, kMinLength, kMaxLength))
        return *failure;
    // A name typed into the number's box is letters only.
    if (std::none_of(text.begin(), text.end(), detail::isAsciiDigit))
        return ValidationResult::invalid(QStringLiteral("no_digit"));
    return ValidationResult::valid();
}

} // namespace branch
