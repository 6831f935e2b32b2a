#include "ReasonMessages.h"

#include <QCoreApplication>

#include <array>

namespace branch {
namespace {

struct ReasonText
{
    const char *reason;
    const char *text;
};

// QT_TRANSLATE_NOOP lets lupdate collect the sentences under one context while
// the lookup itself happens at run time, in whatever language is installed.
constexpr std::array kReasons{
    ReasonText{"ok", QT_TRANSLATE_NOOP("branch::Validation", "The value is valid.")},
    ReasonText{"empty", QT_TRANSLATE_NOOP("branch::Validation", "Please enter a value.")},
    ReasonText{"too_long", QT_TRANSLATE_NOOP("branch::Validation", "The value has too many characters.")},
    ReasonText{"too_short", QT_TRANSLATE_NOOP("branch::Validation", "The value has too few characters.")},
    ReasonText{"fullwidth_characters",
               QT_TRANSLATE_NOOP("branch::Validation",
                                 "Full-width characters are not accepted. Please switch the keyboard to half-width.")},
    ReasonText{"contains_whitespace",
               QT_TRANSLATE_NOOP("branch::Validation", "Please remove the spaces from the value.")},
    ReasonText{"invalid_characters",
               QT_TRANSLATE_NOOP("branch::Validation", "The value contains characters that are not allowed.")},
    ReasonText{"legacy_15_digit",
               QT_TRANSLATE_NOOP("branch::Validation",
                                 "15-digit ID numbers are no longer accepted. Please use the 18-digit number.")},
    ReasonText{"invalid_province",
               QT_TRANSLATE_NOOP("branch::Validation", "The first two digits are not a valid province code.")},
    ReasonText{"invalid_birth_date",
               QT_TRANSLATE_NOOP("branch::Validation", "The date of birth in the ID number is not a real date.")},
    ReasonText{"birth_date_before_1900",
               QT_TRANSLATE_NOOP("branch::Validation", "The date of birth in the ID number is before 1900.")},
    ReasonText{"birth_date_in_future",
               QT_TRANSLATE_NOOP("branch::Validation", "The date of birth in the ID number is in the future.")},
    ReasonText{"checksum_mismatch",
               QT_TRANSLATE_NOOP("branch::Validation", "The check character does not match. Please check the number.")},
    ReasonText{"invalid_registration_authority",
               QT_TRANSLATE_NOOP("branch::Validation", "The first character is not a valid registration authority code.")},
    ReasonText{"invalid_category",
               QT_TRANSLATE_NOOP("branch::Validation", "The second character is not a valid organisation category.")},
    ReasonText{"invalid_region_code",
               QT_TRANSLATE_NOOP("branch::Validation", "Characters 3 to 8 must be a numeric region code.")},
    ReasonText{"luhn_mismatch",
               QT_TRANSLATE_NOOP("branch::Validation",
                                 "This card number looks unusual. Please confirm it is correct.")},
    ReasonText{"invalid_prefix",
               QT_TRANSLATE_NOOP("branch::Validation", "A mainland mobile number starts with 13 to 19.")},
    ReasonText{"unsupported_country_code",
               QT_TRANSLATE_NOOP("branch::Validation", "Only mainland China numbers (+86) are accepted.")},
    ReasonText{"malformed_number",
               QT_TRANSLATE_NOOP("branch::Validation", "The amount is not a well-formed number.")},
    ReasonText{"misplaced_group_separator",
               QT_TRANSLATE_NOOP("branch::Validation", "Thousands separators must separate groups of three digits.")},
    ReasonText{"too_many_decimals",
               QT_TRANSLATE_NOOP("branch::Validation", "An amount has at most two decimal places.")},
    ReasonText{"overflow", QT_TRANSLATE_NOOP("branch::Validation", "The amount is too large.")},
    ReasonText{"currency_mismatch",
               QT_TRANSLATE_NOOP("branch::Validation", "Amounts in different currencies cannot be combined.")},
    ReasonText{"invalid_currency",
               QT_TRANSLATE_NOOP("branch::Validation", "The currency code is not valid.")},
};

} // namespace

QString reasonMessage(QStringView reason)
{
    for (const ReasonText &entry : kReasons) {
        if (reason == QLatin1String(entry.reason))
            return QCoreApplication::translate("branch::Validation", entry.text);
    }
    return QCoreApplication::translate("branch::Validation", "The value is not valid.");
}

} // namespace branch
