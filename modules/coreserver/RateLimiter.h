#pragma once

#include <QByteArray>
#include <deque>
#include <QHash>
#include <QString>

namespace branch {

// At most `limit` events per key in any window of `windowMs`. Times come
// from the caller (milliseconds on any monotonic or wall clock), so tests
// need no sleeping. Memory is bounded: at most `maxKeys` keys are tracked;
// when full, keys whose window has passed are dropped, and if none has,
// every new key is refused (the limiter fails closed under a key flood).
class RateLimiter
{
public:
    RateLimiter(int limit, qint64 windowMs, int maxKeys = 10000);

    // 0 when the event is allowed (and counted), else milliseconds until it would be.
    qint64 tryAcquire(const QString &key, qint64 nowMs);
    // The same answer without counting an event: 0 while the key has room.
    qint64 blockedFor(const QString &key, qint64 nowMs) const;

private:
    void sweep(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    int m_maxKeys;
    QHash<QString, std::deque<qint64>> m_events;
};

// Keeps a flood of alike log lines (refused enrolments, bad credentials,
// protocol errors) from filling the disk: `perMinute` lines of each kind,
// then one line saying how many were left out.
class LogLimiter
{
public:
    explicit LogLimiter(int perMinute = 20);

    // True when a line of this kind may be written now. *suppressed, when
    // not null, receives how many lines of this kind were dropped before it.
    bool allow(const QString &kind, qint64 *suppressed = nullptr);

private:
    RateLimiter m_limiter;
    QHash<QString, qint64> m_dropped;
};

} // namespace branch
