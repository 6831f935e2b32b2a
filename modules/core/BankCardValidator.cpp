#include "BankCardValidator.h"

#include "IdentifierText.h"

namespace branch {
namespace {

constexpr qsizetype kMinLength = 16;
constexpr qsizetype kMaxLength = 19;

bool allowedCharacter(QChar c)
{
    return detail::isAsciiDigit(c);
}

} // namespace

bool passesLuhn(QStringView digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!detail::isAsciiDigit(digits[i]))
            return false;
        int value = detail::digitValue(digits[i]);
        if (doubleIt) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

ValidationResult validateBankCard(QStringView text)
{
    if (auto failure = detail::checkCharacters(text, detail::kMaxIdentifierInput, allowedCharacter))
        return *failure;
    if (auto failure = detail::checkLength(text, kMinLength, kMaxLength))
        return *failure;
    if (!passesLuhn(text))
        return ValidationResult::warning(QStringLiteral("luhn_mismatch"));
    return ValidationResult::valid();
}

} // namespace branch
