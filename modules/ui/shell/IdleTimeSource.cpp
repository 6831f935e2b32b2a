#include "IdleTimeSource.h"

#include <algorithm>
#include <limits>

namespace branch {

SteadyTimeSource::SteadyTimeSource(QObject *parent)
    : IdleTimeSource(parent)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    // Coarse timers may fire up to 5% early; the watcher checks the time.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleTimeSource::woken);
}

void SteadyTimeSource::wakeAfter(qint64 ms)
{
    m_timer.start(int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())));
}

} // namespace branch
