#include "Clock.h"

namespace branch {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace branch
