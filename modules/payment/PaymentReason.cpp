#include "PaymentReason.h"

namespace branch {

QString PaymentMessages::messageFor(const QString &reason)
{
    using namespace PaymentReason;
    if (reason == InsufficientFunds)
        return tr("The card's balance is not enough for this payment. Please use another card.");
    if (reason == WrongPin)
        return tr("The PIN is not correct. Please enter it again.");
    if (reason == CardLocked)
        return tr("This card is locked. Please contact the bank that issued it.");
    if (reason == LimitExceeded)
        return tr("This payment is above the card's limit. Please use another card or pay at the counter.");
    if (reason == CardExpired)
        return tr("This card has expired. Please use another card.");
    if (reason == CardUnknown)
        return tr("This card cannot be used here. Please use another card.");
    if (reason == Timeout)
        return tr("The payment took too long and was stopped. Nothing was charged; please start again.");
    if (reason == CardUnreadable)
        return tr("The card could not be read. Please take it out and insert it again.");
    if (reason == Cancelled)
        return tr("The payment was cancelled. Nothing was charged.");
    if (reason == DeviceFault)
        return tr("The card reader of this counter is out of order. Please ask staff for help.");
    if (reason == PinBlockMalformed || reason == PinKeyInvalid)
        return tr("The PIN pad sent something the bank cannot read. Please ask staff for help.");
    if (reason == PinLengthInvalid)
        return tr("A PIN has 4 to 12 digits. Please enter it again.");
    if (reason == PanInvalid)
        return tr("The card number could not be read. Please insert the card again.");
    if (reason == KeyReused)
        return tr("This payment was already made with different details. Please ask staff for help.");
    if (reason == NotFound)
        return tr("The bank has no record of this payment. Nothing was charged.");
    if (reason == Unknown || reason == BadResponse)
        return tr("The bank has not answered yet. Please wait; the payment will not be made twice.");
    if (reason == InvalidAmount)
        return tr("The amount to pay is not valid.");
    if (reason == InvalidKey || reason == InvalidReference)
        return tr("The payment could not be sent to the bank. Nothing was charged; please ask staff for help.");
    return {};
}

bool PaymentMessages::retryable(const QString &reason)
{
    using namespace PaymentReason;
    return reason == WrongPin || reason == Timeout || reason == CardUnreadable || reason == Cancelled
        || reason == PinLengthInvalid;
}

} // namespace branch
