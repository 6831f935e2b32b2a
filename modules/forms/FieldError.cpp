#include "FormValidator.h"

#include "ReasonMessages.h"

#include <QLocale>

namespace branch {

QString FieldError::message() const
{
    // A cross-field rule speaks for itself: its sentence is part of the catalog.
    if (reason.startsWith(u"rule_") && !(ruleMessageZh.isEmpty() && ruleMessageEn.isEmpty())) {
        const bool chinese = QLocale().language() == QLocale::Chinese;
        const QString &preferred = chinese ? ruleMessageZh : ruleMessageEn;
        return preferred.isEmpty() ? (chinese ? ruleMessageEn : ruleMessageZh) : preferred;
    }
    if (reason == u"required")
        return tr("Please fill this in.");
    if (reason == u"unknown_field")
        return tr("This form has no such field.");
    if (reason == u"wrong_type")
        return tr("This answer is not of the expected kind.");
    if (reason == u"control_characters")
        return tr("The text contains control characters that are not allowed.");
    if (reason == u"pattern_mismatch")
        return tr("The text is not in the expected format.");
    if (reason == u"not_integer")
        return tr("Please enter a whole number.");
    if (reason == u"too_small")
        return tr("The value is below the minimum.");
    if (reason == u"too_large")
        return tr("The value is above the maximum.");
    if (reason == u"not_integer_fen")
        return tr("The amount must be a whole number of fen.");
    if (reason == u"invalid_date")
        return tr("Please enter a real date.");
    if (reason == u"date_too_early")
        return tr("The date is earlier than allowed.");
    if (reason == u"date_too_late")
        return tr("The date is later than allowed.");
    if (reason == u"unknown_option")
        return tr("Please choose one of the options.");
    if (reason == u"too_many_files")
        return tr("Too many files have been added.");
    if (reason == u"invalid_reference")
        return tr("The attachment could not be recognised. Please add it again.");
    if (reason == u"duplicate_file")
        return tr("The same file has been added twice.");
    if (reason == u"not_accepted")
        return tr("Please read and agree to this statement to continue.");
    if (reason.startsWith(u"rule_"))
        return tr("This answer does not fit with another answer.");
    // Identifier checks, lengths and currencies come from core, worded once there.
    return reasonMessage(reason);
}

} // namespace branch
