#include "SimulatedCardReader.h"

#include "PaymentReason.h"

namespace branch {

Result<CardData> SimulatedCardReader::readCard(std::chrono::milliseconds)
{
    if (m_cancelled.exchange(false))
        return fail(PaymentReason::Cancelled);
    if (!m_track)
        return fail(PaymentReason::Timeout, QStringLiteral("no card inserted"));
    return CardData::parseTrack2(*m_track);
}

} // namespace branch
