#include "SimulatedCardReader.h"

#include "PaymentReason.h"

namespace branch {

void SimulatedCardReader::insert(const QByteArray &track2)
{
    {
        const std::lock_guard lock(m_mutex);
        m_track = track2;
    }
    m_changed.notify_all();
}

void SimulatedCardReader::remove()
{
    const std::lock_guard lock(m_mutex);
    m_track.reset();
}

void SimulatedCardReader::cancel()
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
}

Result<CardData> SimulatedCardReader::readCard(std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    if (m_waits)
        m_changed.wait_for(lock, wait, [this] { return m_cancelled || m_track.has_value(); });
    if (std::exchange(m_cancelled, false))
        return fail(PaymentReason::Cancelled);
    if (!m_track)
        return fail(PaymentReason::Timeout, QStringLiteral("no card inserted"));
    const QByteArray track = m_waits ? *std::exchange(m_track, std::nullopt) : *m_track;
    return CardData::parseTrack2(track);
}

} // namespace branch
