#include "CircuitBreaker.h"

#include "Clock.h"
#include "SyncLogging.h"

#include <algorithm>

namespace branch {

CircuitBreaker::CircuitBreaker(const Clock &clock, Backoff &backoff, const BreakerPolicy &policy)
    : m_clock(clock)
    , m_backoff(backoff)
    , m_policy(policy)
{
}

bool CircuitBreaker::allow()
{
    if (m_state == State::Open && m_clock.now() >= m_openUntil) {
        m_state = State::HalfOpen;
        qCInfo(lcSync) << "circuit half-open: probing core";
    }
    return m_state != State::Open;
}

void CircuitBreaker::recordSuccess()
{
    if (m_state != State::Closed)
        qCInfo(lcSync) << "circuit closed: core answers again";
    m_state = State::Closed;
    m_failures = 0;
    m_openings = 0;
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    if (m_state == State::HalfOpen || m_failures >= m_policy.failureThreshold)
        open();
}

void CircuitBreaker::open()
{
    const qint64 wait = std::max(m_policy.minOpenMs, m_backoff.delayMs(m_openings));
    ++m_openings;
    m_state = State::Open;
    m_openUntil = m_clock.now().addMSecs(wait);
    qCWarning(lcSync) << "circuit open for" << wait << "ms after" << m_failures << "failures";
}

qint64 CircuitBreaker::waitMs() const
{
    if (m_state != State::Open)
        return 0;
    return std::max<qint64>(0, m_clock.now().msecsTo(m_openUntil));
}

QString CircuitBreaker::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return {};
}

} // namespace branch
