#include "LatestFrameWorker.h"

#include "CameraLogging.h"

#include <exception>

namespace branch {

LatestFrameWorker::LatestFrameWorker(Handler handler)
    : m_handler(std::move(handler))
    , m_thread([this] { run(); })
{
}

LatestFrameWorker::~LatestFrameWorker()
{
    stop();
}

void LatestFrameWorker::offer(const CameraFrame &frame)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        ++m_offered;
        if (m_pending)
            ++m_dropped;
        m_pending = frame;
    }
    m_wake.notify_one();
}

void LatestFrameWorker::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_pending) {
            ++m_dropped;
            m_pending.reset();
        }
    }
    m_wake.notify_one();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

quint64 LatestFrameWorker::offered() const
{
    const std::lock_guard lock(m_mutex);
    return m_offered;
}

quint64 LatestFrameWorker::handled() const
{
    const std::lock_guard lock(m_mutex);
    return m_handled;
}

quint64 LatestFrameWorker::dropped() const
{
    const std::lock_guard lock(m_mutex);
    return m_dropped;
}

void LatestFrameWorker::run()
{
    for (;;) {
        CameraFrame frame;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_pending.has_value(); });
            if (m_stopping)
                return;
            frame = std::move(*m_pending);
            m_pending.reset();
        }
        try {
            m_handler(frame);
        } catch (const std::exception &e) {
            qCWarning(lcCamera) << "frame handler failed:" << e.what();
        }
        const std::lock_guard lock(m_mutex);
        ++m_handled;
    }
}

} // namespace branch
