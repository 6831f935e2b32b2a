#pragma once

#include "KioskCoreAccess.h"

#include <memory>

namespace branch {

class CardReader;
class Clock;
class PaymentQueue;
class PinPad;

// What the kiosk's payment worker needs: the devices KioskBackends chose,
// and the way to core an enrolled kiosk has.
struct KioskPaymentSetup
{
    KioskCoreAccess core;
    std::shared_ptr<CardReader> reader;
    std::shared_ptr<PinPad> pad;
    const Clock *clock = nullptr;
};

// The payment worker, started; null when the kiosk has no card reader or PIN
// pad, or is not enrolled (no credential): then it takes no card payments.
// The device secrets are scrubbed once the worker has made its client.
std::unique_ptr<PaymentQueue> startPayments(const KioskPaymentSetup &setup);

} // namespace branch
