#pragma once

#include "IdCard.h"
#include "ServiceDefinition.h"

#include <QHash>

namespace branch {

// What a resident ID card read at the kiosk does to a service's form: the
// fields the catalog marks (`idCard`) get the card's name and number, and an
// identity document's type becomes the resident ID card. The kiosk, the
// counter console and branchctl call this; the UI only shows the values.
struct IdCardFill
{
    QHash<QString, QString> values; // field id -> value
    bool offerCareMode = false;     // the holder is 65 or over
    int age = -1;                   // the holder's age on the day of the read (anti-fraud rules)

    // Fails with checkIdCard()'s reasons: an expired or inconsistent card
    // fills nothing.
    static Result<IdCardFill> from(const ServiceDefinition &service, const IdCard &card, QDate today);
    // True when the service's form has a field a card fills.
    static bool applies(const ServiceDefinition &service);
};

} // namespace branch
