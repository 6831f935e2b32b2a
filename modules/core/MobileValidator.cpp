#include "MobileValidator.h"

#include "IdentifierText.h"

namespace branch {
namespace {

constexpr qsizetype kLength = 11;
constexpr QStringView kCountryCode = u"86";

bool allowedCharacter(QChar c)
{
    return detail::isAsciiDigit(c) || c == u'+';
}

struct Split
{
    QStringView national;
    QString failure;
};

Split stripCountryCode(QStringView text)
{
    if (text.lastIndexOf(u'+') > 0)
        return {{}, QStringLiteral("invalid_characters")};
    if (text.startsWith(u'+')) {
        if (!text.sliced(1).startsWith(kCountryCode))
            return {{}, QStringLiteral("unsupported_country_code")};
        return {text.sliced(1 + kCountryCode.size()), {}};
    }
    if (text.size() == kLength + kCountryCode.size() && text.startsWith(kCountryCode))
        return {text.sliced(kCountryCode.size()), {}};
    return {text, {}};
}

} // namespace

ValidationResult validateMobile(QStringView text)
{
    if (auto failure = detail::checkCharacters(text, detail::kMaxIdentifierInput, allowedCharacter))
        return *failure;
    const Split split = stripCountryCode(text);
    if (!split.failure.isEmpty())
        return ValidationResult::invalid(split.failure);
    if (split.national.isEmpty())
        return ValidationResult::length(QStringLiteral("too_short"), int(kLength), int(kLength), 0);
    if (auto failure = detail::checkLength(split.national, kLength, kLength))
        return *failure;
    if (split.national[0] != u'1' || split.national[1] < u'3' || split.national[1] > u'9')
        return ValidationResult::invalid(QStringLiteral("invalid_prefix"));
    return ValidationResult::valid();
}

QString normalizedMobile(QStringView text)
{
    if (!validateMobile(text).isValid())
        return {};
    return stripCountryCode(text).national.toString();
}

} // namespace branch
