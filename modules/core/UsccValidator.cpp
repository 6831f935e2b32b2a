#include "UsccValidator.h"

#include "IdentifierText.h"

#include <array>

namespace branch {
namespace {

constexpr qsizetype kLength = 18;
// The position of a character in this string is its value in the checksum.
constexpr QStringView kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr QStringView kAuthorities = u"123456789ANY";
constexpr QStringView kCategories = u"123459";

bool allowedCharacter(QChar c)
{
    return detail::isAsciiDigit(c) || detail::isAsciiLetter(c);
}

} // namespace

QChar usccCheckCharacter(QStringView first17)
{
    if (first17.size() != kLength - 1)
        return {};
    static constexpr std::array kWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    qsizetype sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const qsizetype value = kAlphabet.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += value * kWeights[static_cast<std::size_t>(i)];
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

ValidationResult validateUscc(QStringView text)
{
    if (auto failure = detail::checkCharacters(text, detail::kMaxIdentifierInput, allowedCharacter))
        return *failure;
    if (auto failure = detail::checkLength(text, kLength, kLength))
        return *failure;

    const QString code = text.toString().toUpper();
    for (const QChar c : code) {
        if (!kAlphabet.contains(c))
            return ValidationResult::invalid(QStringLiteral("invalid_characters"));
    }
    if (!kAuthorities.contains(code[0]))
        return ValidationResult::invalid(QStringLiteral("invalid_registration_authority"));
    if (!kCategories.contains(code[1]))
        return ValidationResult::invalid(QStringLiteral("invalid_category"));
    for (qsizetype i = 2; i < 8; ++i) {
        if (!detail::isAsciiDigit(code[i]))
            return ValidationResult::invalid(QStringLiteral("invalid_region_code"));
    }
    if (usccCheckCharacter(QStringView(code).first(kLength - 1)) != code.back())
        return ValidationResult::invalid(QStringLiteral("checksum_mismatch"));
    return ValidationResult::valid();
}

} // namespace branch
