#pragma once

#include "CardReader.h"

#include <QByteArray>

#include <atomic>
#include <optional>

namespace branch {

// A card reader for demos and tests, with the card "inserted" up front: its
// track 2 data (a TestCards card's, or any bytes, to test the parser's
// refusals). With none inserted it answers payment_timeout at once; it never
// really waits, so tests stay deterministic.
class SimulatedCardReader final : public CardReader
{
public:
    SimulatedCardReader() = default;
    explicit SimulatedCardReader(const QByteArray &track2) : m_track(track2) {}

    void insert(const QByteArray &track2) { m_track = track2; }
    void remove() { m_track.reset(); }

    Result<CardData> readCard(std::chrono::milliseconds wait) override;
    void cancel() override { m_cancelled = true; }

private:
    std::optional<QByteArray> m_track;
    std::atomic_bool m_cancelled{false};
};

} // namespace branch
