#include "IdleWatcher.h"

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

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_warnTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_countdown.setInterval(1000);
    connect(&m_warnTimer, &QTimer::timeout, this, [this] {
        if (!m_idleTimer.isActive())
            return;
        setWarning(true);
        m_countdown.start();
    });
    connect(&m_countdown, &QTimer::timeout, this, &IdleWatcher::updateRemaining);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        m_countdown.stop();
        setWarning(false);
        Q_EMIT idle();
    });
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

int IdleWatcher::effectiveTimeout() const
{
    return m_careMode ? m_timeoutMs * kCareFactor : m_timeoutMs;
}

int IdleWatcher::effectiveWarningTime() const
{
    // Never let the warning eat more than half the time a customer has.
    return std::min(m_warningMs, effectiveTimeout() / 2);
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
    m_countdown.stop();
    m_warnTimer.stop();
    m_idleTimer.stop();
    setWarning(false);
    if (!m_active)
        return;
    m_idleTimer.start(effectiveTimeout());
    if (effectiveWarningTime() > 0)
        m_warnTimer.start(effectiveTimeout() - effectiveWarningTime());
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
    const int ms = m_warning ? m_idleTimer.remainingTime() : 0;
    const int seconds = (std::max(ms, 0) + 999) / 1000;
    if (seconds == m_remainingSeconds)
        return;
    m_remainingSeconds = seconds;
    Q_EMIT remainingSecondsChanged();
}

} // namespace branch
