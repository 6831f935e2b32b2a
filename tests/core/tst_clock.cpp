#include "Clock.h"

#include <QTest>

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void systemClockFollowsWallClock();
};

void TestClock::systemClockFollowsWallClock()
{
    const branch::SystemClock clock;
    const branch::Clock &asInterface = clock;
    const QDateTime before = QDateTime::currentDateTime();
    const QDateTime now = asInterface.now();
    const QDateTime after = QDateTime::currentDateTime();
    QVERIFY(before <= now && now <= after);
    QVERIFY(asInterface.today() == before.date() || asInterface.today() == after.date());
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
