#include "RateLimiter.h"

#include <chrono>

namespace branch {

RateLimiter::RateLimiter(int limit, qint64 windowMs, int maxKeys)
    : m_limit(limit), m_windowMs(windowMs), m_maxKeys(maxKeys)
{
}

void RateLimiter::sweep(qint64 nowMs)
{
    for (auto it = m_events.begin(); it != m_events.end();) {
        if (it->empty() || it->back() <= nowMs - m_windowMs)
            it = m_events.erase(it);
        else
            ++it;
    }
}

qint64 RateLimiter::tryAcquire(const QString &key, qint64 nowMs)
{
    auto it = m_events.find(key);
    if (it == m_events.end()) {
        if (m_events.size() >= m_maxKeys)
            sweep(nowMs);
        if (m_events.size() >= m_maxKeys)
            return m_windowMs;
        it = m_events.insert(key, {});
    }
    std::deque<qint64> &events = *it;
    while (!events.empty() && events.front() <= nowMs - m_windowMs)
        events.pop_front();
    if (qsizetype(events.size()) >= m_limit)
        return events.front() + m_windowMs - nowMs;
    events.push_back(nowMs);
    return 0;
}

qint64 RateLimiter::blockedFor(const QString &key, qint64 nowMs) const
{
    const auto it = m_events.constFind(key);
    if (it == m_events.constEnd())
        return 0;
    qsizetype live = 0;
    qint64 oldestLive = 0;
    for (const qint64 at : *it) {
        if (at > nowMs - m_windowMs) {
            if (live == 0)
                oldestLive = at;
            ++live;
        }
    }
    return live >= m_limit ? oldestLive + m_windowMs - nowMs : 0;
}

LogLimiter::LogLimiter(int perMinute)
    : m_limiter(perMinute, 60000, 1000)
{
}

bool LogLimiter::allow(const QString &kind, qint64 *suppressed)
{
    const qint64 now = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now().time_since_epoch())
                           .count();
    if (m_limiter.tryAcquire(kind, now) != 0) {
        ++m_dropped[kind];
        return false;
    }
    if (suppressed)
        *suppressed = m_dropped.take(kind);
    else
        m_dropped.remove(kind);
    return true;
}

} // namespace branch
