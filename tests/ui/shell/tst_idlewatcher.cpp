#include "IdleWatcher.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using branch::IdleWatcher;

class tst_IdleWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inactiveNeverFires();
    void warnsThenGoesIdle();
    void inputRestartsCountdown_data();
    void inputRestartsCountdown();
    void warningWaitsForAnAnswer();
    void careModeDoublesTimeout();
    void warningNeverExceedsHalfTheTimeout();
    void deactivatingStopsEverything();
};

namespace {

// Bounds below allow for QTimer's coarse accuracy (up to 5% early).
IdleWatcher *makeWatcher(QObject *parent, int timeout, int warning)
{
    auto *watcher = new IdleWatcher(parent);
    watcher->setTimeout(timeout);
    watcher->setWarningTime(warning);
    return watcher;
}

} // namespace

void tst_IdleWatcher::inactiveNeverFires()
{
    QObject owner;
    IdleWatcher *watcher = makeWatcher(&owner, 50, 20);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    QVERIFY(!idle.wait(200));
    QVERIFY(!watcher->isWarning());
}

void tst_IdleWatcher::warnsThenGoesIdle()
{
    QObject owner;
    IdleWatcher *watcher = makeWatcher(&owner, 400, 200);
    QSignalSpy warning(watcher, &IdleWatcher::warningChanged);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    QElapsedTimer clock;
    clock.start();
    watcher->setActive(true);

    QVERIFY(warning.wait(1000));
    QVERIFY(watcher->isWarning());
    QVERIFY(clock.elapsed() >= 150);
    QVERIFY(watcher->remainingSeconds() >= 1);
    QVERIFY(idle.isEmpty());

    QVERIFY(idle.wait(1000));
    QVERIFY(clock.elapsed() >= 360);
    QCOMPARE(idle.size(), 1);
    QVERIFY(!watcher->isWarning());
    QCOMPARE(watcher->remainingSeconds(), 0);
    // One idle per quiet period, not a stream of them.
    QVERIFY(!idle.wait(600));
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
    QObject owner;
    IdleWatcher *watcher = makeWatcher(&owner, 800, 200);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    QSignalSpy warning(watcher, &IdleWatcher::warningChanged);
    watcher->setActive(true);

    // Input anywhere in the application, before the warning, restarts the clock.
    QObject target;
    QElapsedTimer clock;
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(300);
        clock.start();
        QEvent event(static_cast<QEvent::Type>(eventType));
        QCoreApplication::sendEvent(&target, &event);
    }
    QVERIFY(warning.isEmpty());
    QVERIFY(idle.isEmpty());
    QVERIFY(idle.wait(2000));
    QVERIFY2(clock.elapsed() >= 720, qPrintable(QString::number(clock.elapsed())));
}

void tst_IdleWatcher::warningWaitsForAnAnswer()
{
    QObject owner;
    IdleWatcher *watcher = makeWatcher(&owner, 600, 400);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    QSignalSpy warning(watcher, &IdleWatcher::warningChanged);
    watcher->setActive(true);
    QVERIFY(warning.wait(1000));
    QVERIFY(watcher->isWarning());

    // A stray press does not dismiss the question (it may be on its buttons)...
    QObject target;
    QEvent press(QEvent::MouseButtonPress);
    QCoreApplication::sendEvent(&target, &press);
    QVERIFY(watcher->isWarning());

    // ...an answer does.
    watcher->poke();
    QVERIFY(!watcher->isWarning());
    QCOMPARE(watcher->remainingSeconds(), 0);
    QVERIFY(warning.wait(1000));
    QVERIFY(idle.wait(1000));
}

void tst_IdleWatcher::careModeDoublesTimeout()
{
    QObject owner;
    IdleWatcher *watcher = makeWatcher(&owner, 250, 0);
    watcher->setCareMode(true);
    QCOMPARE(watcher->effectiveTimeout(), 500);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    QElapsedTimer clock;
    clock.start();
    watcher->setActive(true);
    QVERIFY(idle.wait(2000));
    QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(IdleWatcher(&owner).effectiveTimeout(), IdleWatcher::kDefaultTimeoutMs);
}

void tst_IdleWatcher::warningNeverExceedsHalfTheTimeout()
{
    IdleWatcher watcher;
    watcher.setTimeout(10'000);
    watcher.setWarningTime(60'000);
    QCOMPARE(watcher.effectiveWarningTime(), 5'000);
    watcher.setCareMode(true);
    QCOMPARE(watcher.effectiveWarningTime(), 10'000);
}

void tst_IdleWatcher::deactivatingStopsEverything()
{
    QObject owner;
    IdleWatcher *watcher = makeWatcher(&owner, 300, 200);
    QSignalSpy idle(watcher, &IdleWatcher::idle);
    QSignalSpy warning(watcher, &IdleWatcher::warningChanged);
    watcher->setActive(true);
    QVERIFY(warning.wait(1000));
    watcher->setActive(false);
    QVERIFY(!watcher->isWarning());
    QVERIFY(!idle.wait(600));
}

QTEST_MAIN(tst_IdleWatcher)
#include "tst_idlewatcher.moc"
