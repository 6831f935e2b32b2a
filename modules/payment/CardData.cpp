#include "CardData.h"

#include "Masking.h"
#include "Digits.h"
#include "PaymentReason.h"

namespace branch {
namespace {

Error unreadable(const char *rule)
{
    return fail(PaymentReason::CardUnreadable, QString::fromLatin1(rule));
}

} // namespace

Result<CardData> CardData::parseTrack2(QByteArrayView track)
{
    if (track.startsWith(';'))
        track = track.sliced(1);
    if (track.endsWith('?'))
        track = track.chopped(1);
    if (track.isEmpty() || track.size() > 40)
        return unreadable("track length");
    qsizetype separator = track.indexOf('=');
    if (separator < 0)
        separator = track.indexOf('D');
    if (separator < 0)
        return unreadable("no field separator");
    CardData card;
    const QByteArrayView pan = track.first(separator);
    if (pan.size() < 12 || pan.size() > 19 || !isAsciiDigits(pan))
        return unreadable("card number");
    const QByteArrayView rest = track.sliced(separator + 1);
    if (rest.size() < 7 || !isAsciiDigits(rest.first(7)))
        return unreadable("expiry or service code");
    const int month = rest.sliced(2, 2).toInt();
    if (month < 1 || month > 12)
        return unreadable("expiry month");
    // Discretionary data: digits, and 'F' padding on chip cards.
    for (char c : rest.sliced(7)) {
        if ((c < '0' || c > '9') && c != 'F')
            return unreadable("discretionary data");
    }
    card.pan = pan.toByteArray();
    card.expiry = rest.first(4).toByteArray();
    card.serviceCode = rest.sliced(4, 3).toByteArray();
    return card;
}

QByteArray CardData::toTrack2() const
{
    return ';' + pan + '=' + expiry + serviceCode + '?';
}

bool CardData::expiredOn(QDate today) const
{
    if (expiry.size() != 4)
        return true;
    const int year = 2000 + expiry.first(2).toInt();
    const int month = expiry.sliced(2).toInt();
    // Valid through the last day of the month printed on the card.
    return today > QDate(year, month, 1).addMonths(1).addDays(-1);
}

QString CardData::maskedPan() const
{
    return maskIdentifier(QString::fromLatin1(pan));
}

} // namespace branch
