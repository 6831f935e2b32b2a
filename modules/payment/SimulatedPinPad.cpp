#include "SimulatedPinPad.h"

#include "PaymentReason.h"
#include "PinBlock.h"
#include "TestCards.h"

#include <QRandomGenerator>

namespace branch {

SimulatedPinPad::SimulatedPinPad(const QByteArray &key, const QString &keyId) : m_key(key), m_keyId(keyId) {}

void SimulatedPinPad::setWaitsForEntry(bool waits)
{
    const std::lock_guard lock(m_mutex);
    m_waits = waits;
}

bool SimulatedPinPad::waitsForEntry() const
{
    const std::lock_guard lock(m_mutex);
    return m_waits;
}

void SimulatedPinPad::type(const QByteArray &digits)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_typed)
            m_typed->fill('\0');
        m_typed = digits;
    }
    m_changed.notify_all();
}

void SimulatedPinPad::cancel()
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
}

Result<EncryptedPin> SimulatedPinPad::collectPin(const CardData &card, std::chrono::milliseconds wait)
{
    QByteArray digits;
    {
        std::unique_lock lock(m_mutex);
        if (m_waits)
            m_changed.wait_for(lock, wait, [this] { return m_cancelled || m_typed.has_value(); });
        if (std::exchange(m_cancelled, false))
            return fail(PaymentReason::Cancelled);
        const std::optional<TestCard> known = TestCards::byPan(card.pan);
        if (m_typed)
            digits = *std::exchange(m_typed, std::nullopt);
        else if (!m_waits && known && !known->padTimesOut)
            digits = known->typedPin;
        else
            return fail(PaymentReason::Timeout, QStringLiteral("no PIN entered"));
    }

    QByteArray random(8, '\0');
    if (m_random) {
        random = *m_random;
    } else {
        quint32 words[2];
        QRandomGenerator::system()->fillRange(words);
        random = QByteArray(reinterpret_cast<const char *>(words), sizeof words);
    }
    Result<QByteArray> block = PinBlock::encryptIso4(digits, card.pan, m_key, random);
    digits.fill('\0');
    if (!block)
        return block.error();
    return EncryptedPin{block.value(), m_keyId};
}

} // namespace branch
