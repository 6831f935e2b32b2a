#pragma once

#include "CardReader.h"

#include <QByteArray>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace branch {

// A card reader for demos and tests, with the card "inserted" up front: its
// track 2 data (a TestCards card's, or any bytes, to test the parser's
// refusals). With none inserted it answers payment_timeout at once; it never
// really waits, so tests stay deterministic.
//
// The kiosk's demo makes it interactive (setWaitsForCard): readCard() then
// waits, as a real reader does, until the on-screen simulator panel inserts
// a card (from the GUI thread), the customer cancels or the wait is over, and
// the card is handed back after each read, so the next payment waits again.
class SimulatedCardReader final : public CardReader
{
public:
    SimulatedCardReader() = default;
    explicit SimulatedCardReader(const QByteArray &track2) : m_track(track2) {}

    void setWaitsForCard(bool waits) { m_waits = waits; }
    bool waitsForCard() const { return m_waits; }
    // Any thread.
    void insert(const QByteArray &track2);
    void remove();

    Result<CardData> readCard(std::chrono::milliseconds wait) override;
    void cancel() override;

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<QByteArray> m_track;
    bool m_cancelled = false;
    std::atomic_bool m_waits{false};
};

} // namespace branch
