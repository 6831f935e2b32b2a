// StaffSession: the signed-in member, idle after 15 minutes without a staff
// action (PCI DSS v4 8.2.8), on an injected clock.
#include "FakeClock.h"
#include "StaffSession.h"

#include <QTest>

using namespace branch;

namespace {

StaffMember teller()
{
    return {QStringLiteral("S1024"), QStringLiteral("Wang Fang"), StaffRole::Teller, QStringLiteral("0101")};
}

} // namespace

class TestStaffSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nobodyAtFirst()
    {
        test::FakeClock clock;
        StaffSession session(clock);
        QVERIFY(!session.signedIn());
        QVERIFY(!session.active());
        QVERIFY(!session.idle());
        QVERIFY(session.actor().isEmpty());
    }

    void idleAfterFifteenMinutes()
    {
        test::FakeClock clock;
        StaffSession session(clock);
        session.begin(teller());
        QCOMPARE(session.actor(), QStringLiteral("staff:S1024"));
        clock.advance(15 * 60 * 1000 - 1);
        QVERIFY(session.active());
        clock.advance(1);
        QVERIFY(session.idle());
        QVERIFY(!session.active());
        QVERIFY(session.signedIn()); // remembered, to ask only for the secret
        QCOMPARE(session.member()->id, QStringLiteral("S1024"));
        // Nothing is done in the name of a member who walked away.
        QVERIFY(session.actor().isEmpty());
        // A touch while idle does not revive the session.
        session.touch();
        QVERIFY(session.idle());
        // Re-authentication starts it afresh.
        session.begin(teller());
        QVERIFY(session.active());
    }

    void actionsKeepItActive()
    {
        test::FakeClock clock;
        StaffSession session(clock);
        session.begin(teller());
        for (int i = 0; i < 5; ++i) {
            clock.advance(14 * 60 * 1000);
            QVERIFY(session.active());
            session.touch();
        }
        clock.advance(15 * 60 * 1000);
        QVERIFY(session.idle());
    }

    void signOut()
    {
        test::FakeClock clock;
        StaffSession session(clock);
        session.begin(teller());
        session.end();
        QVERIFY(!session.signedIn());
        QVERIFY(!session.idle());
        QVERIFY(session.actor().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStaffSession)
#include "tst_staffsession.moc"
