#include "PermanentResidentIdValidator.h"

#include "IdentifierText.h"
#include "ResidentIdValidator.h"

#include <algorithm>

namespace branch {
namespace {

// The 2017 card: three letters (the nationality) and twelve digits.
bool isOldCard(QStringView text)
{
    return text.size() == 15 && std::all_of(text.begin(), text.begin() + 3, detail::isAsciiLetter)
        && std::all_of(text.begin() + 3, text.end(), detail::isAsciiDigit);
}

} // namespace

ValidationResult validatePermanentResidentId(QStringView text, QDate today)
{
    if (isOldCard(text))
        return ValidationResult::invalid(QStringLiteral("old_card_format"));
    if (auto failure = detail::checkGb11643Shape(text))
        return *failure;
    if (text.front() != u'9')
        return ValidationResult::invalid(QStringLiteral("invalid_document_prefix"));
    const int province = detail::digitValue(text[1]) * 10 + detail::digitValue(text[2]);
    if (!isResidentIdProvince(province))
        return ValidationResult::invalid(QStringLiteral("invalid_province"));
    return detail::checkGb11643BirthAndCheck(text, today);
}

} // namespace branch
