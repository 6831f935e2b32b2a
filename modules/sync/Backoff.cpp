#include "Backoff.h"

#include "RandomSource.h"

#include <algorithm>

namespace branch {

Backoff::Backoff(const BackoffPolicy &policy, RandomSource &random)
    : m_policy(policy)
    , m_random(random)
{
}

qint64 Backoff::ceilingMs(int attempt) const
{
    const qint64 base = std::max<qint64>(0, m_policy.baseMs);
    const qint64 cap = std::max<qint64>(0, m_policy.capMs);
    // Doubling stops at the cap, so a large attempt count cannot overflow.
    qint64 ceiling = base;
    for (int i = 0; i < attempt && ceiling < cap; ++i)
        ceiling *= 2;
    return std::min(ceiling, cap);
}

qint64 Backoff::delayMs(int attempt)
{
    return qint64(m_random.upTo(quint64(ceilingMs(std::max(0, attempt)))));
}

} // namespace branch
