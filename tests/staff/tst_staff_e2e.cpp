// Staff sign-in end to end: accounts made with `branch-core staff`, the
// kiosk's HttpsCoreClient over mutual TLS to a real branch-core on loopback,
// lockout and reset, and StaffSignIn falling back to its sealed verifier once
// core is stopped.
#include "CoreHarness.h"
#include "KioskEndpoint.h"
#include "PayloadCodec.h"
#include "StaffCache.h"
#include "StaffCoreTool.h"
#include "StaffSignIn.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using Outcome = StaffDirectoryReply::Outcome;

class TestStaffE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CoreRig> m_rig;
    Database m_db;
    std::unique_ptr<HttpsCoreClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false"));
        m_rig = std::make_unique<test::CoreRig>(m_dir.path());
        QVERIFY(m_rig->makePki());
        QVERIFY(m_rig->startCore());
        QVERIFY(m_rig->enrol());
        QVERIFY(m_db.open({m_rig->kioskDb()}).ok);
        QString error;
        m_client = test::kioskClient(m_db, m_rig->secrets(), &error);
        QVERIFY2(m_client, qPrintable(error));
        QVERIFY(test::addStaff(*m_rig, QStringLiteral("S1024"), QStringLiteral("supervisor"), "counter-2026"));
    }

    void cleanupTestCase()
    {
        if (m_rig)
            m_rig->stopCore();
    }

    void staffCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("reason");
        const QStringList member{QStringLiteral("--name"), QStringLiteral("Li Lei"), QStringLiteral("--branch"),
                                 QStringLiteral("0101")};
        QTest::newRow("added") << (QStringList{QStringLiteral("add"), QStringLiteral("S2001"), QStringLiteral("--role"),
                                               QStringLiteral("teller")} + member)
                               << QByteArray("204816") << 0 << QByteArray();
        QTest::newRow("id taken") << (QStringList{QStringLiteral("add"), QStringLiteral("S1024"), QStringLiteral("--role"),
                                                  QStringLiteral("teller")} + member)
                                  << QByteArray("204816") << 1 << QByteArray("(staff_exists)");
        QTest::newRow("short PIN") << (QStringList{QStringLiteral("add"), QStringLiteral("S2002"), QStringLiteral("--role"),
                                                   QStringLiteral("teller")} + member)
                                   << QByteArray("2048") << 1 << QByteArray("(secret_too_short)");
        QTest::newRow("no secret") << (QStringList{QStringLiteral("add"), QStringLiteral("S2003"), QStringLiteral("--role"),
                                                   QStringLiteral("teller")} + member)
                                   << QByteArray() << 1 << QByteArray("(secret_too_short)");
        QTest::newRow("unknown role") << (QStringList{QStringLiteral("add"), QStringLiteral("S2004"), QStringLiteral("--role"),
                                                      QStringLiteral("manager")} + member)
                                      << QByteArray("204816") << 2 << QByteArray("(role_invalid)");
        QTest::newRow("bad id") << (QStringList{QStringLiteral("add"), QStringLiteral("2004"), QStringLiteral("--role"),
                                                QStringLiteral("teller")} + member)
                                << QByteArray("204816") << 2 << QByteArray("(staff_id_invalid)");
        // No option takes a secret: argv is visible to every user of the host.
        QTest::newRow("secret as an option") << (QStringList{QStringLiteral("reset-secret"), QStringLiteral("S1024"),
                                                             QStringLiteral("--secret"), QStringLiteral("204816")})
                                             << QByteArray("204816") << 2 << QByteArray("(unknown_option)");
        QTest::newRow("reset unknown") << QStringList{QStringLiteral("reset-secret"), QStringLiteral("S9999")}
                                       << QByteArray("204816") << 1 << QByteArray("(unknown_staff)");
    }

    void staffCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, secret);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, reason);
        const test::StaffToolRun r = test::runStaffTool(*m_rig, args, secret);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QVERIFY2(r.err.contains(reason), r.err.constData());
        QVERIFY(!r.out.contains(secret.isEmpty() ? QByteArray("\x01") : secret));
    }

    void signInOverHttps()
    {
        const StaffDirectoryReply right = m_client->signInStaff(QStringLiteral("S1024"), "counter-2026");
        QCOMPARE(int(right.outcome), int(Outcome::SignedIn));
        QCOMPARE(right.member.id, QStringLiteral("S1024"));
        QCOMPARE(right.member.name, QStringLiteral("Wang Fang"));
        QCOMPARE(right.member.role, StaffRole::Supervisor);
        QCOMPARE(right.member.branch, QStringLiteral("0101"));
        QVERIFY(right.offlineUntil > QDateTime::currentDateTimeUtc().addDays(6));
        const StaffDirectoryReply wrong = m_client->signInStaff(QStringLiteral("S1024"), "counter-2025");
        QCOMPARE(int(wrong.outcome), int(Outcome::Refused));
        QCOMPARE(wrong.reason, QStringLiteral("wrong_secret"));
        const StaffDirectoryReply unknown = m_client->signInStaff(QStringLiteral("S4040"), "counter-2026");
        QCOMPARE(unknown.reason, QStringLiteral("wrong_secret")); // which ids exist is not told
        const StaffDirectoryReply malformed = m_client->signInStaff(QStringLiteral("staff:1"), "counter-2026");
        QCOMPARE(int(malformed.outcome), int(Outcome::Refused));
        QCOMPARE(malformed.reason, QStringLiteral("bad_request"));
    }

    void lockoutAndReset()
    {
        QVERIFY(test::addStaff(*m_rig, QStringLiteral("S3001"), QStringLiteral("teller"), "204816"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_client->signInStaff(QStringLiteral("S3001"), "000000").reason, QStringLiteral("wrong_secret"));
        const StaffDirectoryReply fifth = m_client->signInStaff(QStringLiteral("S3001"), "000000");
        QCOMPARE(int(fifth.outcome), int(Outcome::Refused));
        QCOMPARE(fifth.reason, QStringLiteral("staff_locked"));
        QCOMPARE(m_client->signInStaff(QStringLiteral("S3001"), "204816").reason, QStringLiteral("staff_locked"));
        const test::StaffToolRun reset =
            test::runStaffTool(*m_rig, {QStringLiteral("reset-secret"), QStringLiteral("S3001")}, "318207");
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        QCOMPARE(int(m_client->signInStaff(QStringLiteral("S3001"), "318207").outcome), int(Outcome::SignedIn));
    }

    // Last: it stops core.
    void offlineAfterCoreStops()
    {
        const PlainPayloadCodec codec;
        SealedStaffCache cache(m_db, codec);
        const SystemClock clock;
        StaffSignIn signIn(m_client.get(), cache, clock);
        StaffSignInResult r = signIn.signIn(QStringLiteral("S1024"), QStringLiteral("counter-2026"));
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QVERIFY(!r.offline);
        m_rig->stopCore();
        r = signIn.signIn(QStringLiteral("S1024"), QStringLiteral("counter-2026"));
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QVERIFY(r.offline);
        QCOMPARE(r.member.role, StaffRole::Supervisor);
        QCOMPARE(signIn.signIn(QStringLiteral("S1024"), QStringLiteral("counter-2025")).reason, QStringLiteral("wrong_secret"));
        QCOMPARE(signIn.signIn(QStringLiteral("S3001"), QStringLiteral("318207")).reason, QStringLiteral("offline_unknown"));
    }
};

QTEST_GUILESS_MAIN(TestStaffE2e)
#include "tst_staff_e2e.moc"
