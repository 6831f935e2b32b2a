#include "FormValidator.h"

#include "Money.h"
#include "ReasonMessages.h"

#include <QLocale>

namespace branch {

namespace {

// The format a date field takes, as an example the customer can copy.
QString dateExample(DatePrecision precision)
{
    return precision == DatePrecision::Month ? QStringLiteral("2025-03") : QStringLiteral("2025-03-01");
}

QString dateText(const QDate &date, DatePrecision precision)
{
    return date.toString(precision == DatePrecision::Month ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

} // namespace

QString FieldError::message() const
{
    // A cross-field rule speaks for itself: its sentence is part of the catalog.
    if (reason.startsWith(u"rule_") && !(ruleMessageZh.isEmpty() && ruleMessageEn.isEmpty())) {
        const bool chinese = QLocale().language() == QLocale::Chinese;
        const QString &preferred = chinese ? ruleMessageZh : ruleMessageEn;
        return preferred.isEmpty() ? (chinese ? ruleMessageEn : ruleMessageZh) : preferred;
    }
    // An identifier's validator words its own reasons (modules/core).
    if (identifier) {
        ValidationResult result = warning ? ValidationResult::warning(reason) : ValidationResult::invalid(reason);
        result.expectedMin = expectedMin;
        result.expectedMax = expectedMax;
        result.actualLength = actualLength;
        return identifierMessage(*identifier, result);
    }
    const QString name = label.text();
    if (reason == u"required")
        return name.isEmpty() ? tr("Please fill this in.") : tr("Please fill in \u201c%1\u201d.").arg(name);
    if (reason == u"too_short" && expectedMin > 0)
        return tr("%1 needs at least %2 characters; you entered %3.").arg(name).arg(expectedMin).arg(actualLength);
    if (reason == u"too_long" && expectedMax > 0)
        return tr("%1 takes at most %2 characters; you entered %3.").arg(name).arg(expectedMax).arg(actualLength);
    if (reason == u"unknown_field")
        return tr("This form has no such field.");
    if (reason == u"wrong_type")
        return tr("This answer is not of the expected kind.");
    if (reason == u"control_characters")
        return tr("Please type only letters, digits and punctuation: the text contains control characters.");
    if (reason == u"pattern_mismatch")
        return hint.text().isEmpty() ? tr("The text is not in the expected format.")
                                     : tr("Please enter it as described: %1").arg(hint.text());
    if (reason == u"not_integer")
        return tr("Please enter a whole number.");
    if ((reason == u"too_small" || reason == u"too_large") && limit) {
        const QString bound = currency.isEmpty() ? QLocale().toString(*limit) : Money(*limit, currency).format();
        return reason == u"too_small" ? tr("%1 must be at least %2.").arg(name, bound)
                                      : tr("%1 must be at most %2.").arg(name, bound);
    }
    if (reason == u"too_small")
        return tr("The value is below the minimum.");
    if (reason == u"too_large")
        return tr("The value is above the maximum.");
    if (reason == u"not_integer_fen")
        return tr("The amount must be a whole number of fen.");
    if (reason == u"invalid_date")
        return tr("Date format: %1").arg(dateExample(precision));
    if (reason == u"date_too_early")
        return dateLimit.isValid() ? tr("The date cannot be before %1.").arg(dateText(dateLimit, precision))
                                   : tr("The date is earlier than allowed.");
    if (reason == u"date_too_late")
        return dateLimit.isValid() ? tr("The date cannot be after %1.").arg(dateText(dateLimit, precision))
                                   : tr("The date is later than allowed.");
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
    // Lengths of core's own checks and currencies come from core, worded once there.
    return reasonMessage(reason);
}

} // namespace branch
