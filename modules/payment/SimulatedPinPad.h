#pragma once

#include "PinPad.h"

#include <QByteArray>

#include <atomic>
#include <optional>

namespace branch {

// An encrypting PIN pad for demos and tests. The "customer" types the
// TestCards card's typedPin (or digits set with type()), and the pad returns
// a format 4 block under its key, as a real pad does: callers see only the
// block. The random half of the PIN field comes from the system's CSPRNG
// unless a test fixes it. A TestCards card marked padTimesOut, or an unknown
// card with nothing typed, gives payment_timeout at once.
class SimulatedPinPad final : public PinPad
{
public:
    // TestCards::developmentPinKey() and "dev-1" are what the reference core
    // holds.
    SimulatedPinPad(const QByteArray &key, const QString &keyId);

    // The digits the next collectPin() types, instead of the card's typedPin.
    void type(const QByteArray &digits) { m_typed = digits; }
    // Fixes the 8 random bytes of the PIN field, for known-answer tests.
    void fixRandom(const QByteArray &random) { m_random = random; }

    Result<EncryptedPin> collectPin(const CardData &card, std::chrono::milliseconds wait) override;
    void cancel() override { m_cancelled = true; }

private:
    QByteArray m_key;
    QString m_keyId;
    std::optional<QByteArray> m_typed;
    std::optional<QByteArray> m_random;
    std::atomic_bool m_cancelled{false};
};

} // namespace branch
