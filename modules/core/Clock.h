#pragma once

#include <QDateTime>

namespace branch {

// Time comes through this interface so that tests (birth dates, expiry,
// audit timestamps) can pin "now" instead of depending on the wall clock.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace branch
