#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace branch {

// What the card reader reads from a bank card: its number, its expiry and its
// service code, from track 2 (magnetic stripe) or the chip's track 2
// equivalent data. Personal data: it goes to core with the payment and is
// never logged, stored or shown except as maskedPan().
struct CardData
{
    QByteArray pan;         // 12 to 19 ASCII digits
    QByteArray expiry;      // YYMM
    QByteArray serviceCode; // three digits

    // Reason card_unreadable, with the rule that failed as the detail.
    // Accepts ";PAN=YYMMSSS…?" with optional sentinels and 'D' as the chip's
    // separator; at most 40 characters between the sentinels (ISO 7813).
    static Result<CardData> parseTrack2(QByteArrayView track);
    QByteArray toTrack2() const;

    // Whether the card is past the end of its expiry month on `today`.
    bool expiredOn(QDate today) const;
    // "622***********0015"-style, for a receipt or a screen; never for a log.
    QString maskedPan() const;

    friend bool operator==(const CardData &, const CardData &) = default;
};

} // namespace branch
