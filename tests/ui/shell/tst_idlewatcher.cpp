#include "IdleTimeSource.h"
#include "IdleWatcher.h"
#include "SessionContext.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using branch::IdleWatcher;

namespace {

// Time that moves only when the test says so; a wake-up due is delivered
// during advance(), as the event loop would.
class ManualTimeSource final : public branch::IdleTimeSource
{
public:
    qint64 nowMs() const override { return m_now; }
    void wakeAfter(qint64 ms) override { m_wakeAt = m_now + ms; }
    void cancel() override { m_wakeAt = -1; }

    void advance(qint64 ms)
    {
        const qint64 end = m_now + ms;
        while (m_wakeAt >= 0 && m_wakeAt <= end) {
            m_now = m_wakeAt;
            m_wakeAt = -1;
            Q_EMIT woken();
        }
        m_now = end;
    }
    bool scheduled() const { return m_wakeAt >= 0; }

private:
    qint64 m_now = 1'000'000;
    qint64 m_wakeAt = -1;
};

} // namespace

class tst_IdleWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void inactiveNeverFires();
    void warnsThenGoesIdle();
    void countsDownEachSecond();
    void inputRestartsCountdown_data();
    void inputRestartsCountdown();
    void warningWaitsForAnAnswer();
    void careModeTriplesTimeout();
    void careModeFollowsTheContext();
    void careModeWarnsAtLeastThirtySeconds();
    void warningNeverExceedsHalfTheTimeout();
    void deactivatingStopsEverything();
    void steadyTimeSourceWakes();

private:
    IdleWatcher *makeWatcher(int timeout, int warning);

    std::unique_ptr<ManualTimeSource> m_time;
    std::unique_ptr<QObject> m_owner;
};

void tst_IdleWatcher::init()
{
    m_time = std::make_unique<ManualTimeSource>();
    m_owner = std::make_unique<QObject>();
}

void tst_IdleWatcher::cleanup()
{
    m_owner.reset();
    m_time.reset();
}

IdleWatcher *tst_IdleWatcher::makeWatcher(int timeout, int warning)
{
    auto *watcher = new IdleWatcher(m_time.get(), m_owner.get());
    watcher->setTimeout(timeout);
    watcher->setWarningTime(warning);
    return watcher;
}

void tst_IdleWatcher::inactiveNeverFires()
{
    IdleWatcher *watcher = makeWatcher(50'000, 20'000);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    m_time->advance(3'600'000);
    QVERIFY(idle.isEmpty());
    QVERIFY(!watcher->isWarning());
    QVERIFY(!m_time->scheduled());
}

void tst_IdleWatcher::warnsThenGoesIdle()
{
    IdleWatcher *watcher = makeWatcher(40'000, 20'000);
    QSignalSpy warning(watcher, &IdleWatcher::warningChanged);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    watcher->setActive(true);

    m_time->advance(19'999);
    QVERIFY(!watcher->isWarning());
    m_time->advance(1);
    QVERIFY(watcher->isWarning());
    QCOMPARE(warning.size(), 1);
    QCOMPARE(watcher->remainingSeconds(), 20);
    QVERIFY(idle.isEmpty());

    m_time->advance(19'999);
    QVERIFY(idle.isEmpty());
    m_time->advance(1);
    QCOMPARE(idle.size(), 1);
    QVERIFY(!watcher->isWarning());
    QCOMPARE(watcher->remainingSeconds(), 0);
    // One idle per quiet period, not a stream of them.
    m_time->advance(600'000);
    QCOMPARE(idle.size(), 1);
}

void tst_IdleWatcher::countsDownEachSecond()
{
    IdleWatcher *watcher = makeWatcher(10'000, 3'000);
    QSignalSpy remaining(watcher, &IdleWatcher::remainingSecondsChanged);
    watcher->setActive(true);
    m_time->advance(7'000);
    QCOMPARE(watcher->remainingSeconds(), 3);
    m_time->advance(500);
    QCOMPARE(watcher->remainingSeconds(), 3);
    m_time->advance(500);
    QCOMPARE(watcher->remainingSeconds(), 2);
    m_time->advance(1'000);
    QCOMPARE(watcher->remainingSeconds(), 1);
    m_time->advance(1'000);
    QCOMPARE(watcher->remainingSeconds(), 0);
    // 3, 2, 1, then 0 when it went idle.
    QCOMPARE(remaining.size(), 4);
}

void tst_IdleWatcher::inputRestartsCountdown_data()
{
    QTest::addColumn<int>("eventType");
    QTest::newRow("key") << int(QEvent::KeyPress);
    QTest::newRow("mouse") << int(QEvent::MouseButtonPress);
    QTest::newRow("touch") << int(QEvent::TouchBegin);
}

void tst_IdleWatcher::inputRestartsCountdown()
{
    QFETCH(int, eventType);
    IdleWatcher *watcher = makeWatcher(80'000, 20'000);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    QSignalSpy warning(watcher, &IdleWatcher::warningChanged);
    watcher->setActive(true);

    // Input anywhere in the application, before the warning, restarts the clock.
    QObject target;
    for (int i = 0; i < 4; ++i) {
        m_time->advance(50'000);
        QEvent event(static_cast<QEvent::Type>(eventType));
        QCoreApplication::sendEvent(&target, &event);
    }
    QVERIFY(warning.isEmpty());
    QVERIFY(idle.isEmpty());
    m_time->advance(79'999);
    QVERIFY(idle.isEmpty());
    m_time->advance(1);
    QCOMPARE(idle.size(), 1);
}

void tst_IdleWatcher::warningWaitsForAnAnswer()
{
    // The warning is capped at half the timeout: 30 s here.
    IdleWatcher *watcher = makeWatcher(60'000, 40'000);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    watcher->setActive(true);
    m_time->advance(30'000);
    QVERIFY(watcher->isWarning());

    // A stray press does not dismiss the question (it may be on its buttons)...
    QObject target;
    QEvent press(QEvent::MouseButtonPress);
    QCoreApplication::sendEvent(&target, &press);
    QVERIFY(watcher->isWarning());

    // ...an answer does, and the full time starts again.
    watcher->poke();
    QVERIFY(!watcher->isWarning());
    QCOMPARE(watcher->remainingSeconds(), 0);
    m_time->advance(29'999);
    QVERIFY(!watcher->isWarning());
    m_time->advance(1);
    QVERIFY(watcher->isWarning());
    m_time->advance(30'000);
    QCOMPARE(idle.size(), 1);
}

void tst_IdleWatcher::careModeTriplesTimeout()
{
    IdleWatcher *watcher = makeWatcher(25'000, 0);
    watcher->setCareMode(true);
    QCOMPARE(watcher->effectiveTimeout(), 75'000);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    watcher->setActive(true);
    m_time->advance(74'999);
    QVERIFY(idle.isEmpty());
    m_time->advance(1);
    QCOMPARE(idle.size(), 1);
    QCOMPARE(IdleWatcher(m_time.get()).effectiveTimeout(), IdleWatcher::kDefaultTimeoutMs);
}

void tst_IdleWatcher::careModeFollowsTheContext()
{
    branch::SessionContext context;
    IdleWatcher *watcher = makeWatcher(25'000, 0);
    watcher->setContext(&context);
    QVERIFY(!watcher->careMode());
    context.setCareMode(true);
    QVERIFY(watcher->careMode());
    QCOMPARE(watcher->effectiveTimeout(), 75'000);
    context.reset();
    QVERIFY(!watcher->careMode());
}

// The default kiosk in care mode: six minutes, of which the last 30 s are
// the warning (20 s outside care mode).
void tst_IdleWatcher::careModeWarnsAtLeastThirtySeconds()
{
    IdleWatcher *watcher = makeWatcher(IdleWatcher::kDefaultTimeoutMs, IdleWatcher::kDefaultWarningMs);
    watcher->setCareMode(true);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    watcher->setActive(true);
    m_time->advance(3 * IdleWatcher::kDefaultTimeoutMs - 30'001);
    QVERIFY(!watcher->isWarning());
    m_time->advance(1);
    QVERIFY(watcher->isWarning());
    QCOMPARE(watcher->remainingSeconds(), 30);
    m_time->advance(29'999);
    QVERIFY(idle.isEmpty());
    m_time->advance(1);
    QCOMPARE(idle.size(), 1);
}

void tst_IdleWatcher::warningNeverExceedsHalfTheTimeout()
{
    IdleWatcher watcher(m_time.get());
    watcher.setTimeout(10'000);
    watcher.setWarningTime(60'000);
    QCOMPARE(watcher.effectiveWarningTime(), 5'000);
    watcher.setCareMode(true); // three times 10 s, half of it at most
    QCOMPARE(watcher.effectiveWarningTime(), 15'000);
}

void tst_IdleWatcher::deactivatingStopsEverything()
{
    IdleWatcher *watcher = makeWatcher(30'000, 10'000);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    watcher->setActive(true);
    m_time->advance(20'000);
    QVERIFY(watcher->isWarning());
    watcher->setActive(false);
    QVERIFY(!watcher->isWarning());
    QVERIFY(!m_time->scheduled());
    m_time->advance(600'000);
    QVERIFY(idle.isEmpty());
}

// The real source: a wake-up arrives through the event loop, never before
// its time. Nothing here bounds how late it may be.
void tst_IdleWatcher::steadyTimeSourceWakes()
{
    branch::SteadyTimeSource time;
    QSignalSpy woken(&time, &branch::IdleTimeSource::woken);
    const qint64 start = time.nowMs();
    time.wakeAfter(20);
    QVERIFY(woken.wait(5000));
    QVERIFY(time.nowMs() - start >= 20);
}

QTEST_MAIN(tst_IdleWatcher)
#include "tst_idlewatcher.moc"
