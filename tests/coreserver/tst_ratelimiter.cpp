// Enrolment and log rate limits: a sliding window per key, times given by the test.
#include "RateLimiter.h"

#include <QTest>

using namespace branch;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fivePerMinuteThenWait()
    {
        RateLimiter limiter(5, 60000);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(limiter.tryAcquire(QStringLiteral("device:K1"), 1000 + i * 1000), 0);
        QCOMPARE(limiter.tryAcquire(QStringLiteral("device:K1"), 10000), 51000); // the first try leaves at 61 s
        QCOMPARE(limiter.tryAcquire(QStringLiteral("device:K2"), 10000), 0);     // keys are counted apart
        QCOMPARE(limiter.tryAcquire(QStringLiteral("device:K1"), 61000), 0);
        QVERIFY(limiter.tryAcquire(QStringLiteral("device:K1"), 61001) > 0);
    }

    void boundedKeysFailClosed()
    {
        RateLimiter limiter(1, 1000, 2);
        QCOMPARE(limiter.tryAcquire(QStringLiteral("a"), 0), 0);
        QCOMPARE(limiter.tryAcquire(QStringLiteral("b"), 0), 0);
        QVERIFY(limiter.tryAcquire(QStringLiteral("c"), 10) > 0); // full, nothing expired
        QCOMPARE(limiter.tryAcquire(QStringLiteral("c"), 2000), 0); // a and b have expired
    }

    void logLimiterCountsWhatItDrops()
    {
        LogLimiter log(2);
        qint64 suppressed = -1;
        QVERIFY(log.allow(QStringLiteral("x"), &suppressed));
        QCOMPARE(suppressed, 0);
        QVERIFY(log.allow(QStringLiteral("x")));
        QVERIFY(!log.allow(QStringLiteral("x")));
        QVERIFY(!log.allow(QStringLiteral("x")));
        QVERIFY(log.allow(QStringLiteral("y")));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
