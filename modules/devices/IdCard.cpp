#include "IdCard.h"

#include "ResidentIdValidator.h"

namespace branch {

int IdCard::ageOn(QDate day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return 0;
    int years = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --years;
    return years;
}

Result<void> checkIdCard(const IdCard &card, QDate today)
{
    if (card.name.trimmed().isEmpty() || card.idNumber.isEmpty() || !card.birthDate.isValid()
        || !card.validFrom.isValid())
        return fail(QStringLiteral("card_incomplete"));
    const ValidationResult number = validateResidentId(card.idNumber, today);
    if (!number.isValid())
        return fail(QStringLiteral("card_id_invalid"), number.reason);
    // The number carries the birth date (characters 7-14) and the sex (odd
    // 17th digit: male); a chip that disagrees was not written by the issuer.
    const QDate numberBirth = QDate::fromString(card.idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
    const bool odd = (card.idNumber.at(16).digitValue() % 2) == 1;
    if (numberBirth != card.birthDate || card.sex != (odd ? u"male" : u"female"))
        return fail(QStringLiteral("card_inconsistent"));
    if (today < card.validFrom)
        return fail(QStringLiteral("card_not_yet_valid"));
    if (card.validUntil && today > *card.validUntil)
        return fail(QStringLiteral("card_expired"));
    return {};
}

bool offersCareMode(const IdCard &card, QDate today)
{
    return card.ageOn(today) >= kCareModeOfferAge;
}

QString IdCardMessages::message(const QString &reason)
{
    if (reason == u"no_card")
        return tr("No ID card was found. Please place your resident ID card flat on the reader.");
    if (reason == u"card_unreadable")
        return tr("The ID card could not be read. Please take it off the reader and place it flat again.");
    if (reason == u"reader_unavailable")
        return tr("The ID card reader is not working. Please type your details in or ask a member of staff.");
    if (reason == u"card_expired")
        return tr("This ID card has expired and cannot be used. Please bring a valid card or ask a member of staff.");
    if (reason == u"card_not_yet_valid")
        return tr("This ID card is not valid yet. Please use your current card.");
    if (reason == u"card_id_invalid" || reason == u"card_inconsistent")
        return tr("The data on this ID card do not check out. Please ask a member of staff.");
    if (reason == u"card_incomplete")
        return tr("Some data could not be read from the ID card. Please place it on the reader again.");
    return tr("The ID card could not be used (%1).").arg(reason);
}

} // namespace branch
