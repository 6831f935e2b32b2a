#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace branch {

// What a mainland resident identity card's chip holds (GA 467-2013), as our
// code uses it. Everything here is personal data: it is never logged, and it
// is stored only inside a sealed submission.
struct IdCard
{
    QString name;
    QString sex;       // "male" or "female"
    QString ethnicity; // as printed, e.g. "汉"
    QDate birthDate;
    QString address;   // the registered address on the card
    QString idNumber;
    QString authority; // the issuing public security bureau
    QDate validFrom;
    std::optional<QDate> validUntil; // none: valid long-term (长期)
    QByteArray photo;  // the chip's photo, decoded to an image file's bytes

    // Whole years on `day`.
    int ageOn(QDate day) const;
};

// Whether a card read may be used on `today`: card_expired,
// card_not_yet_valid, card_id_invalid (its number fails GB 11643),
// card_inconsistent (birth date or sex disagree with the number),
// card_incomplete (no name, number or dates).
Result<void> checkIdCard(const IdCard &card, QDate today);

// Care mode is offered, never forced, from this age on.
constexpr int kCareModeOfferAge = 65;
bool offersCareMode(const IdCard &card, QDate today);

// The sentence for an ID-card reason code, in the customer's language.
class IdCardMessages
{
    Q_DECLARE_TR_FUNCTIONS(branch::IdCardMessages)
public:
    static QString message(const QString &reason);
};

} // namespace branch
