#pragma once

#include "Backoff.h"

#include <QDateTime>

namespace branch {

class Clock;

struct BreakerPolicy
{
    int failureThreshold = 3; // consecutive failures that open the circuit
    qint64 minOpenMs = 500;   // never retry sooner than this once open
};

// Guards core against a kiosk hammering it while it is down, and the kiosk
// against waiting on timeouts. Closed: calls go through. After
// failureThreshold consecutive failures (transport errors, 5xx): Open, no
// calls until a jittered backoff has passed. Then HalfOpen: one probe call;
// success closes the circuit, failure opens it again with a longer wait.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    CircuitBreaker(const Clock &clock, Backoff &backoff, const BreakerPolicy &policy = {});

    // May a call be made now? Moves Open -> HalfOpen when the wait is over.
    bool allow();
    void recordSuccess();
    void recordFailure();

    State state() const { return m_state; }
    QDateTime openUntil() const { return m_openUntil; }
    // How long a caller should wait before allow() can be true; 0 if now.
    qint64 waitMs() const;
    static QString stateName(State state);

private:
    void open();

    const Clock &m_clock;
    Backoff &m_backoff;
    BreakerPolicy m_policy;
    State m_state = State::Closed;
    int m_failures = 0;
    int m_openings = 0; // consecutive openings without a success in between
    QDateTime m_openUntil;
};

} // namespace branch
