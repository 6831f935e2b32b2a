#pragma once

#include "Clock.h"

// A clock that always says the same thing, so birth-date checks are repeatable.
class FixedClock final : public branch::Clock
{
public:
    explicit FixedClock(const QDateTime &now)
        : m_now(now)
    {
    }
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};
