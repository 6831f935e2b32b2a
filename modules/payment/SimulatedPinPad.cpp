#include "SimulatedPinPad.h"

#include "PaymentReason.h"
#include "PinBlock.h"
#include "TestCards.h"

#include <QRandomGenerator>

namespace branch {

SimulatedPinPad::SimulatedPinPad(const QByteArray &key, const QString &keyId) : m_key(key), m_keyId(keyId) {}

Result<EncryptedPin> SimulatedPinPad::collectPin(const CardData &card, std::chrono::milliseconds)
{
    if (m_cancelled.exchange(false))
        return fail(PaymentReason::Cancelled);
    const std::optional<TestCard> known = TestCards::byPan(card.pan);
    QByteArray digits;
    if (m_typed)
        digits = *std::exchange(m_typed, std::nullopt);
    else if (known && !known->padTimesOut)
        digits = known->typedPin;
    else
        return fail(PaymentReason::Timeout, QStringLiteral("no PIN entered"));

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
