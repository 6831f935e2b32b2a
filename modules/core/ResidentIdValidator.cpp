#include "ResidentIdValidator.h"

#include "IdentifierText.h"

#include <algorithm>
#include <array>

namespace branch {
namespace {

constexpr qsizetype kLength = 18;
constexpr qsizetype kLegacyLength = 15;

bool allowedCharacter(QChar c)
{
    return detail::isAsciiDigit(c) || c == u'X' || c == u'x';
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), detail::isAsciiDigit);
}

int numberAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (const QChar c : text.mid(from, count))
        value = value * 10 + detail::digitValue(c);
    return value;
}

} // namespace

bool isResidentIdProvince(int code)
{
    static constexpr std::array kProvinces{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                           35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                           53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    return std::find(kProvinces.begin(), kProvinces.end(), code) != kProvinces.end();
}

QChar residentIdCheckCharacter(QStringView first17)
{
    if (first17.size() != kLength - 1 || !allDigits(first17))
        return {};
    // Weight of position i is 2^(17-i) mod 11.
    static constexpr std::array kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i)
        sum += detail::digitValue(first17[i]) * kWeights[static_cast<std::size_t>(i)];
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? QChar(u'X') : QChar(static_cast<char16_t>(u'0' + check));
}

namespace detail {

std::optional<ValidationResult> checkGb11643Shape(QStringView text)
{
    if (auto failure = detail::checkCharacters(text, detail::kMaxIdentifierInput, allowedCharacter))
        return failure;
    if (auto failure = detail::checkLength(text, kLength, kLength))
        return failure;
    if (!allDigits(text.first(kLength - 1)))
        return ValidationResult::invalid(QStringLiteral("invalid_characters"));
    return std::nullopt;
}

ValidationResult checkGb11643BirthAndCheck(QStringView text, QDate today)
{
    const QDate birth(numberAt(text, 6, 4), numberAt(text, 10, 2), numberAt(text, 12, 2));
    if (!birth.isValid())
        return ValidationResult::invalid(QStringLiteral("invalid_birth_date"));
    if (birth < QDate(1900, 1, 1))
        return ValidationResult::invalid(QStringLiteral("birth_date_before_1900"));
    if (birth > (today.isValid() ? today : QDate::currentDate()))
        return ValidationResult::invalid(QStringLiteral("birth_date_in_future"));
    if (text.back().toUpper() != residentIdCheckCharacter(text.first(kLength - 1)))
        return ValidationResult::invalid(QStringLiteral("checksum_mismatch"));
    return ValidationResult::valid();
}

} // namespace detail

ValidationResult validateResidentId(QStringView text, QDate today)
{
    // The old 15-digit number has its own reason, before the length check.
    if (text.size() == kLegacyLength && allDigits(text))
        return ValidationResult::invalid(QStringLiteral("legacy_15_digit"));
    if (auto failure = detail::checkGb11643Shape(text))
        return *failure;
    if (!isResidentIdProvince(numberAt(text, 0, 2)))
        return ValidationResult::invalid(QStringLiteral("invalid_province"));
    return detail::checkGb11643BirthAndCheck(text, today);
}

} // namespace branch
