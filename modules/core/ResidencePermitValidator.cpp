#include "ResidencePermitValidator.h"

#include "ResidentIdValidator.h"

namespace branch {

ValidationResult validateResidencePermit(QStringView text, QDate today)
{
    if (auto failure = detail::checkGb11643Shape(text))
        return *failure;
    const QStringView prefix = text.first(6);
    if (prefix != u"810000" && prefix != u"820000" && prefix != u"830000")
        return ValidationResult::invalid(QStringLiteral("invalid_document_prefix"));
    return detail::checkGb11643BirthAndCheck(text, today);
}

} // namespace branch
