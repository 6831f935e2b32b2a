#include "IdleWatcher.h"

#include "IdleTimeSource.h"
#include "SessionContext.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace branch {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatcher::IdleWatcher(IdleTimeSource *time, QObject *parent)
    : QObject(parent)
    , m_time(time ? time : new SteadyTimeSource(this))
{
    connect(m_time, &IdleTimeSource::woken, this, &IdleWatcher::check);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    restart();
    Q_EMIT activeChanged();
}

void IdleWatcher::setTimeout(int ms)
{
    ms = std::max(ms, 1);
    if (ms == m_timeoutMs)
        return;
    m_timeoutMs = ms;
    restart();
    Q_EMIT timeoutChanged();
}

void IdleWatcher::setWarningTime(int ms)
{
    ms = std::max(ms, 0);
    if (ms == m_warningMs)
        return;
    m_warningMs = ms;
    restart();
    Q_EMIT timeoutChanged();
}

void IdleWatcher::setCareMode(bool care)
{
    if (care == m_careMode)
        return;
    m_careMode = care;
    restart();
    Q_EMIT timeoutChanged();
}

void IdleWatcher::setContext(SessionContext *context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (!context)
        return;
    connect(context, &SessionContext::careModeChanged, this, [this] { setCareMode(m_context->careMode()); });
    setCareMode(context->careMode());
}

int IdleWatcher::effectiveTimeout() const
{
    return m_careMode ? m_timeoutMs * kCareFactor : m_timeoutMs;
}

int IdleWatcher::effectiveWarningTime() const
{
    // Never let the warning eat more than half the time a customer has.
    const int wanted = m_careMode && m_warningMs > 0 ? std::max(m_warningMs, kCareWarningMs) : m_warningMs;
    return std::min(wanted, effectiveTimeout() / 2);
}

void IdleWatcher::poke()
{
    if (m_active)
        restart();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // Once the warning shows, only an answer to it counts (poke() or the
    // session ending): otherwise the press on its own button would hide the
    // overlay before the button could see the release.
    if (m_active && !m_warning && isUserInput(event->type()))
        restart();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::restart()
{
    m_time->cancel();
    m_idleAt = m_warnAt = -1;
    setWarning(false);
    if (!m_active)
        return;
    const qint64 now = m_time->nowMs();
    m_idleAt = now + effectiveTimeout();
    m_warnAt = effectiveWarningTime() > 0 ? m_idleAt - effectiveWarningTime() : m_idleAt;
    check();
}

void IdleWatcher::check()
{
    if (m_idleAt < 0)
        return;
    const qint64 now = m_time->nowMs();
    if (now >= m_idleAt) {
        // One idle per quiet period: nothing counts until the next restart.
        m_idleAt = m_warnAt = -1;
        setWarning(false);
        Q_EMIT idle();
        return;
    }
    if (now < m_warnAt) {
        m_time->wakeAfter(m_warnAt - now);
        return;
    }
    setWarning(true);
    // Wake when the shown seconds change, or at the end.
    const qint64 left = m_idleAt - now;
    m_time->wakeAfter((left - 1) % 1000 + 1);
}

void IdleWatcher::setWarning(bool warning)
{
    if (warning != m_warning) {
        m_warning = warning;
        Q_EMIT warningChanged();
    }
    updateRemaining();
}

void IdleWatcher::updateRemaining()
{
    const qint64 ms = m_warning ? m_idleAt - m_time->nowMs() : 0;
    const int seconds = int((std::max<qint64>(ms, 0) + 999) / 1000);
    if (seconds == m_remainingSeconds)
        return;
    m_remainingSeconds = seconds;
    Q_EMIT remainingSecondsChanged();
}

} // namespace branch
