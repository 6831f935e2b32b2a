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
               QT_TRANSLATE_NOOP("branch::Validation",
                                 "Characters 7 to 14 are the date of birth (YYYYMMDD), and this is not a real date.")},
    ReasonText{"birth_date_before_1900",
               QT_TRANSLATE_NOOP("branch::Validation", "The date of birth in the ID number is before 1900.")},
    ReasonText{"birth_date_in_future",
               QT_TRANSLATE_NOOP("branch::Validation", "The date of birth in the ID number is in the future.")},
    ReasonText{"checksum_mismatch",
               QT_TRANSLATE_NOOP("branch::Validation",
                                 "This number does not add up. Please compare it with your document, character by character.")},
    ReasonText{"invalid_registration_authority",
               QT_TRANSLATE_NOOP("branch::Validation", "The first character is not a valid registration authority code.")},
    ReasonText{"invalid_category",
               QT_TRANSLATE_NOOP("branch::Validation", "The second character is not a valid organisation category.")},
    ReasonText{"invalid_region_code",
               QT_TRANSLATE_NOOP("branch::Validation", "Characters 3 to 8 must be a numeric region code.")},
    ReasonText{"luhn_mismatch",
               QT_TRANSLATE_NOOP("branch::Validation",
                                 "Please compare the number with your card, and confirm it if it is right.")},
    ReasonText{"invalid_prefix",
               QT_TRANSLATE_NOOP("branch::Validation", "A mainland mobile number starts with 13 to 19.")},
    ReasonText{"unsupported_country_code",
               QT_TRANSLATE_NOOP("branch::Validation", "Only mainland China numbers (+86) are accepted.")},
    ReasonText{"malformed_number",
               QT_TRANSLATE_NOOP("branch::Validation", "Please enter an amount in yuan, like 120.50.")},
    ReasonText{"misplaced_group_separator",
               QT_TRANSLATE_NOOP("branch::Validation", "Thousands separators must separate groups of three digits.")},
    ReasonText{"too_many_decimals",
               QT_TRANSLATE_NOOP("branch::Validation", "An amount has at most two decimal places, like 120.50.")},
    ReasonText{"overflow", QT_TRANSLATE_NOOP("branch::Validation", "The amount is too large.")},
    ReasonText{"currency_mismatch",
               QT_TRANSLATE_NOOP("branch::Validation", "Amounts in different currencies cannot be combined.")},
    ReasonText{"invalid_currency",
               QT_TRANSLATE_NOOP("branch::Validation", "The currency code is not valid.")},
};

// What each kind of identifier may contain.

QString allowedCharacters(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Uscc:
        return QCoreApplication::translate("branch::Validation", "digits and capital letters");
    case IdentifierKind::BankCard:
    case IdentifierKind::Mobile:
        return QCoreApplication::translate("branch::Validation", "digits");
    case IdentifierKind::Passport:
        return QCoreApplication::translate("branch::Validation", "letters and digits");
    case IdentifierKind::ResidentId:
    case IdentifierKind::PermanentResidentId:
    case IdentifierKind::ResidencePermit:
        break;
    }
    return QCoreApplication::translate("branch::Validation", "digits, with X allowed as the last character");
}

QString lengthMessage(IdentifierKind kind, const ValidationResult &r)
{
    const QString label = identifierKindLabel(kind);
    if (r.expectedMin <= 0 || r.expectedMax <= 0)
        return reasonMessage(r.reason);
    if (r.actualLength <= 0) {
        return r.expectedMin == r.expectedMax
            ? QCoreApplication::translate("branch::Validation", "%1 should be %2 characters long.").arg(label).arg(r.expectedMin)
            : QCoreApplication::translate("branch::Validation", "%1 should be %2 to %3 characters long.").arg(label).arg(r.expectedMin).arg(r.expectedMax);
    }
    if (r.expectedMin == r.expectedMax)
        return QCoreApplication::translate("branch::Validation", "%1 should be %2 characters long; you entered %3.").arg(label).arg(r.expectedMin).arg(r.actualLength);
    return QCoreApplication::translate("branch::Validation", "%1 should be %2 to %3 characters long; you entered %4.")
        .arg(label)
        .arg(r.expectedMin)
        .arg(r.expectedMax)
        .arg(r.actualLength);
}

QString prefixMessage(IdentifierKind kind)
{
    if (kind == IdentifierKind::PermanentResidentId)
        return QCoreApplication::translate("branch::Validation", "A foreign permanent resident ID number starts with 9.");
    return QCoreApplication::translate("branch::Validation", "A Hong Kong, Macao or Taiwan residence permit number starts with 810000 (Hong Kong), "
              "820000 (Macao) or 830000 (Taiwan).");
}

} // namespace

QString identifierMessage(IdentifierKind kind, const ValidationResult &result)
{
    const QString &reason = result.reason;
    if (reason == u"too_short" || reason == u"too_long")
        return lengthMessage(kind, result);
    if (reason == u"invalid_characters")
        return QCoreApplication::translate("branch::Validation", "%1 may contain only %2.").arg(identifierKindLabel(kind), allowedCharacters(kind));
    if (reason == u"invalid_document_prefix")
        return prefixMessage(kind);
    if (reason == u"invalid_province" && kind == IdentifierKind::PermanentResidentId)
        return QCoreApplication::translate("branch::Validation", "Characters 2 and 3 are the code of the province that issued the card, and this code does not exist.");
    if (reason == u"old_card_format")
        return QCoreApplication::translate("branch::Validation", "This is the number of the older card (three letters and twelve digits). Please enter the "
                  "18-character number of the 2023 card, or show your card at the counter.");
    if (reason == u"no_digit")
        return QCoreApplication::translate("branch::Validation", "A passport number has digits in it. Please enter the number, not the name.");
    if (reason == u"checksum_mismatch")
        return QCoreApplication::translate("branch::Validation", "%1 does not add up. Please compare it with your document, character by character.")
            .arg(identifierKindLabel(kind));
    return reasonMessage(reason);
}

QString reasonMessage(QStringView reason)
{
    for (const ReasonText &entry : kReasons) {
        if (reason == QLatin1String(entry.reason))
            return QCoreApplication::translate("branch::Validation", entry.text);
    }
    return QCoreApplication::translate("branch::Validation", "The value is not valid.");
}

} // namespace branch
