#pragma once

#include "CardData.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

#include <chrono>

namespace branch {

// What an encrypting PIN pad hands over: an ISO 9564 format 4 block bound to
// the card's PAN, enciphered under a key the pad shares with the bank, and
// that key's name. The PIN itself never reaches our code.
struct EncryptedPin
{
    QByteArray block; // 16 bytes
    QString keyId;    // which key core must use ("dev-1" for the simulator)
};

// The kiosk's encrypting PIN pad. SimulatedPinPad for demos and tests.
//
// Adapter point for a vendor SDK, as for CardReader: the vendor's pad is
// asked for a format 4 block for the card's PAN (most pads call this "PIN
// block format 4" or "ISO-4"; a pad that only does format 0 under TDES needs
// core to accept that format first), and its errors map to payment_timeout,
// payment_cancelled, payment_device_fault. Blocks like CardReader::readCard.
class PinPad
{
public:
    virtual ~PinPad();
    virtual Result<EncryptedPin> collectPin(const CardData &card, std::chrono::milliseconds wait) = 0;
    virtual void cancel() = 0;
};

} // namespace branch
