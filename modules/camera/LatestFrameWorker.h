#pragma once

#include "CameraFrame.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace branch {

// Runs a slow consumer (the QR decoder, later face checks) on a thread of its
// own, off the UI thread, on the newest frame only. A frame offered while the
// consumer is busy waits in a single slot; a newer one replaces it, and the
// older is dropped and counted, never queued: the consumer never falls behind
// the camera.
class LatestFrameWorker
{
public:
    using Handler = std::function<void(const CameraFrame &)>;

    explicit LatestFrameWorker(Handler handler);
    ~LatestFrameWorker(); // stops; a frame being handled is finished first

    LatestFrameWorker(const LatestFrameWorker &) = delete;
    LatestFrameWorker &operator=(const LatestFrameWorker &) = delete;

    // Any thread; returns at once.
    void offer(const CameraFrame &frame);
    void stop();

    quint64 offered() const;
    quint64 handled() const;
    quint64 dropped() const;

private:
    void run();

    Handler m_handler;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<CameraFrame> m_pending;
    bool m_stopping = false;
    quint64 m_offered = 0;
    quint64 m_handled = 0;
    quint64 m_dropped = 0;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace branch
