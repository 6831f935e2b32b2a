#pragma once

#include <QtGlobal>

namespace branch {

class RandomSource;

struct BackoffPolicy
{
    qint64 baseMs = 1000;
    qint64 capMs = 5 * 60 * 1000;
};

// Exponential backoff with full jitter: the n-th retry waits a uniform time
// in [0, min(cap, base * 2^n)], so kiosks that lost core together do not
// all come back in the same second.
class Backoff
{
public:
    Backoff(const BackoffPolicy &policy, RandomSource &random);

    // The upper bound for retry `attempt` (0 = first retry).
    qint64 ceilingMs(int attempt) const;
    qint64 delayMs(int attempt);
    const BackoffPolicy &policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    RandomSource &m_random;
};

} // namespace branch
