#include "Backoff.h"
#include "CircuitBreaker.h"
#include "RandomSource.h"
#include "SyncTestSupport.h"

#include <QTest>

using namespace branch;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesToCap_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("first") << 0 << qint64(100);
        QTest::newRow("second") << 1 << qint64(200);
        QTest::newRow("fifth") << 4 << qint64(1600);
        QTest::newRow("capped") << 10 << qint64(5000);
        QTest::newRow("huge attempt") << 100000 << qint64(5000);
        QTest::newRow("negative") << -3 << qint64(100);
    }

    void ceilingDoublesToCap()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        SeededRandom random(1);
        const Backoff backoff({100, 5000}, random);
        QCOMPARE(backoff.ceilingMs(attempt), ceiling);
    }

    void fullJitterStaysInBoundsAndSpreads()
    {
        SeededRandom random(42);
        Backoff backoff({100, 5000}, random);
        for (int attempt = 0; attempt < 12; ++attempt) {
            const qint64 ceiling = backoff.ceilingMs(attempt);
            qint64 low = ceiling, high = 0;
            double sum = 0;
            for (int i = 0; i < 2000; ++i) {
                const qint64 d = backoff.delayMs(attempt);
                QVERIFY(d >= 0 && d <= ceiling);
                low = std::min(low, d);
                high = std::max(high, d);
                sum += double(d);
            }
            // Full jitter: uses the whole range, mean near the middle.
            QVERIFY(low <= ceiling / 10);
            QVERIFY(high >= ceiling * 9 / 10);
            QVERIFY(qAbs(sum / 2000 - double(ceiling) / 2) < double(ceiling) * 0.1);
        }
    }

    void sameSeedSameDelays()
    {
        SeededRandom a(7), b(7), c(8);
        Backoff ba({1000, 60000}, a), bb({1000, 60000}, b), bc({1000, 60000}, c);
        QList<qint64> da, db, dc;
        for (int i = 0; i < 20; ++i) {
            da.append(ba.delayMs(i));
            db.append(bb.delayMs(i));
            dc.append(bc.delayMs(i));
        }
        QCOMPARE(da, db);
        QVERIFY(da != dc);
    }

    void breakerTransitions()
    {
        test::FakeClock clock{test::syncStart()};
        SeededRandom random(3);
        Backoff backoff({1000, 8000}, random);
        CircuitBreaker breaker(clock, backoff, {3, 500});
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QVERIFY(breaker.allow());
        breaker.recordFailure();
        breaker.recordFailure();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed); // below the threshold
        breaker.recordSuccess();
        breaker.recordFailure();
        breaker.recordFailure();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed); // a success reset the count
        breaker.recordFailure();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QVERIFY(!breaker.allow());
        const qint64 wait = breaker.waitMs();
        QVERIFY(wait >= 500 && wait <= 1000);
        clock.advance(wait - 1);
        QVERIFY(!breaker.allow());
        clock.advance(1);
        QVERIFY(breaker.allow());
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
        // The probe fails: open again at once, with a longer ceiling.
        breaker.recordFailure();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
        QVERIFY(breaker.waitMs() <= 2000);
        clock.advance(breaker.waitMs());
        QVERIFY(breaker.allow());
        QCOMPARE(breaker.state(), CircuitBreaker::State::HalfOpen);
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
        QCOMPARE(breaker.waitMs(), 0);
    }

    void openWaitGrowsWithRepeatedOpenings()
    {
        test::FakeClock clock{test::syncStart()};
        SeededRandom random(11);
        Backoff backoff({1000, 64000}, random);
        CircuitBreaker breaker(clock, backoff, {1, 0});
        qint64 maxWait = 0;
        for (int i = 0; i < 7; ++i) {
            breaker.recordFailure();
            const qint64 wait = breaker.waitMs();
            QVERIFY(wait <= backoff.ceilingMs(i));
            maxWait = std::max(maxWait, wait);
            clock.advance(wait);
            QVERIFY(breaker.allow());
        }
        QVERIFY(maxWait > 1000); // later openings reach beyond the first ceiling
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
