#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace branch {

// What the idle watcher counts time with: a monotonic "now" and one wake-up
// call at a time. The kiosk uses SteadyTimeSource; tests move time by hand,
// so no test waits for a wall-clock timer.
class IdleTimeSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Milliseconds since an arbitrary start; never goes back.
    virtual qint64 nowMs() const = 0;
    // Emits woken() once, no earlier than `ms` from now. Replaces any earlier call.
    virtual void wakeAfter(qint64 ms) = 0;
    virtual void cancel() = 0;

Q_SIGNALS:
    void woken();
};

class SteadyTimeSource final : public IdleTimeSource
{
    Q_OBJECT
public:
    explicit SteadyTimeSource(QObject *parent = nullptr);

    qint64 nowMs() const override { return m_elapsed.elapsed(); }
    void wakeAfter(qint64 ms) override;
    void cancel() override { m_timer.stop(); }

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace branch
