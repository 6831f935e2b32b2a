#pragma once

#include "PinPad.h"

#include <QByteArray>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace branch {

// An encrypting PIN pad for demos and tests. The "customer" types the
// TestCards card's typedPin (or digits set with type()), and the pad returns
// a format 4 block under its key, as a real pad does: callers see only the
// block. The random half of the PIN field comes from the system's CSPRNG
// unless a test fixes it. A TestCards card marked padTimesOut, or an unknown
// card with nothing typed, gives payment_timeout at once.
//
// The kiosk's demo makes it interactive (setWaitsForEntry): collectPin() then
// waits until the simulator's on-screen keypad hands over the digits with
// type() (from the GUI thread), the customer cancels or the wait is over,
// and never falls back to the card's typedPin.
class SimulatedPinPad final : public PinPad
{
public:
    // TestCards::developmentPinKey() and "dev-1" are what the reference core
    // holds.
    SimulatedPinPad(const QByteArray &key, const QString &keyId);

    void setWaitsForEntry(bool waits);
    bool waitsForEntry() const;
    // The digits the next collectPin() types, instead of the card's typedPin. Any thread.
    void type(const QByteArray &digits);
    // Fixes the 8 random bytes of the PIN field, for known-answer tests.
    void fixRandom(const QByteArray &random) { m_random = random; }

    Result<EncryptedPin> collectPin(const CardData &card, std::chrono::milliseconds wait) override;
    void cancel() override;

private:
    QByteArray m_key;
    QString m_keyId;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<QByteArray> m_typed;
    std::optional<QByteArray> m_random;
    bool m_cancelled = false;
    bool m_waits = false;
};

} // namespace branch
