#pragma once

#include "CardData.h"
#include "Result.h"

#include <chrono>

namespace branch {

// The kiosk's card reader. SimulatedCardReader for demos and tests; a vendor's
// reader plugs in here.
//
// Adapter point for a vendor SDK (docs/payment.md, "Adding a real card reader
// and PIN pad"): a class in its own module, e.g. modules/payment-<vendor>,
// that implements this interface over the vendor library, chosen in
// KioskBackends when the kiosk is assembled. It maps the vendor's errors to
// PaymentReason codes (card_unreadable, payment_timeout, payment_cancelled,
// payment_device_fault) and hands track 2 equivalent data to
// CardData::parseTrack2, so every reader is checked by the same parser.
//
// readCard() blocks until a card is read, the customer cancels, the wait is
// over or the reader fails, so callers run it off the GUI thread, as
// PrintQueue does for the printer. Safe to call from a thread other than the
// one that made the reader, one request at a time.
class CardReader
{
public:
    virtual ~CardReader();
    virtual Result<CardData> readCard(std::chrono::milliseconds wait) = 0;
    // Asks a running readCard() to return payment_cancelled. Any thread.
    virtual void cancel() = 0;
};

} // namespace branch
