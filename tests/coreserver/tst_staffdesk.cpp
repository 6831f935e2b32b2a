// StaffDesk, core's staff sign-in, on a real CoreStore: SQLite and PostgreSQL
// 15 (the ctest fixture). Lockout after 5 wrong secrets in a row (PCI DSS v4
// 8.3.4), unlocked only by a new secret.
#include "CoreStores.h"
#include "StaffAccount.h"
#include "StaffDesk.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using namespace coretest;

class TestStaffDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_conninfo;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    int m_ids = 0;

    std::unique_ptr<CoreStore> makeStore(const QString &backend)
    {
        return openStore(backend, m_dir.filePath(QStringLiteral("core.db")), m_conninfo);
    }

    // A fresh member per test, so the backends' rows never collide.
    QString addMember(CoreStore &store, const QByteArray &secret)
    {
        StaffRecord r;
        r.staffId = QStringLiteral("S%1").arg(++m_ids + QCoreApplication::applicationPid() % 1000 * 1000);
        r.name = QStringLiteral("王芳");
        r.role = QStringLiteral("teller");
        r.branch = QStringLiteral("0101");
        r.secretHash = StaffSecrets::hash(secret);
        r.updatedAt = m_now;
        const CoreStoreStatus added = store.addStaff(r);
        if (!added.ok())
            qWarning("add staff: %s %s", qPrintable(added.reason), qPrintable(added.detail));
        return added.ok() ? r.staffId : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_conninfo = test::fixtureConninfo(&error);
        QVERIFY2(!m_conninfo.isEmpty(), qPrintable(error));
    }

    void signIn_data() { backendRows(); }
    void signIn()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString id = addMember(*store, "counter-2026");
        QVERIFY(!id.isEmpty());
        StaffDesk desk(*store);
        const StaffSignInAnswer answer = desk.signIn(id, "counter-2026", m_now);
        QVERIFY2(answer.reason.isEmpty(), qPrintable(answer.reason));
        QCOMPARE(answer.staff.name, QStringLiteral("王芳"));
        QCOMPARE(answer.staff.role, QStringLiteral("teller"));
        QCOMPARE(answer.staff.branch, QStringLiteral("0101"));
        QVERIFY(answer.staff.secretHash.isEmpty()); // never leaves the desk
        QCOMPARE(answer.offlineUntil, m_now.addDays(StaffPolicy::OfflineDays));
    }

    void duplicateRefused_data() { backendRows(); }
    void duplicateRefused()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString id = addMember(*store, "counter-2026");
        CoreStoreStatus status;
        StaffRecord again = *store->staffMember(id, &status);
        QCOMPARE(store->addStaff(again).reason, QStringLiteral("staff_exists"));
        QCOMPARE(store->setStaffSecret(QStringLiteral("Nobody"), "x", m_now).reason, QStringLiteral("unknown_staff"));
    }

    void unknownIdIsAWrongSecret_data() { backendRows(); }
    void unknownIdIsAWrongSecret()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        StaffDesk desk(*store);
        QCOMPARE(desk.signIn(QStringLiteral("Nobody"), "counter-2026", m_now).reason, QStringLiteral("wrong_secret"));
    }

    void lockoutAfterFiveWrongSecrets_data() { backendRows(); }
    void lockoutAfterFiveWrongSecrets()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString id = addMember(*store, "counter-2026");
        StaffDesk desk(*store);
        for (int i = 1; i < StaffPolicy::LockAfterFailures; ++i) {
            const StaffSignInAnswer wrong = desk.signIn(id, "guess", m_now);
            QCOMPARE(wrong.reason, QStringLiteral("wrong_secret"));
            QCOMPARE(wrong.failuresLeft, StaffPolicy::LockAfterFailures - i);
        }
        QCOMPARE(desk.signIn(id, "guess", m_now).reason, QStringLiteral("staff_locked"));
        // Locked: the right secret is refused too, with its own reason.
        QCOMPARE(desk.signIn(id, "counter-2026", m_now).reason, QStringLiteral("staff_locked"));
        CoreStoreStatus status;
        const std::optional<StaffRecord> locked = store->staffMember(id, &status);
        QVERIFY(locked && locked->isLocked());
        QCOMPARE(locked->lockedAt, m_now);
        // An administrator's new secret unlocks it; the old one is gone.
        QVERIFY(store->setStaffSecret(id, StaffSecrets::hash("new-secret-1"), m_now).ok());
        QCOMPARE(desk.signIn(id, "counter-2026", m_now).reason, QStringLiteral("wrong_secret"));
        QVERIFY(desk.signIn(id, "new-secret-1", m_now).reason.isEmpty());
    }

    void successResetsTheCount_data() { backendRows(); }
    void successResetsTheCount()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString id = addMember(*store, "counter-2026");
        StaffDesk desk(*store);
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < StaffPolicy::LockAfterFailures - 1; ++i)
                QCOMPARE(desk.signIn(id, "guess", m_now).reason, QStringLiteral("wrong_secret"));
            QVERIFY(desk.signIn(id, "counter-2026", m_now).reason.isEmpty());
        }
        CoreStoreStatus status;
        QCOMPARE(store->staffMember(id, &status)->failures, 0);
    }
};

QTEST_GUILESS_MAIN(TestStaffDesk)
#include "tst_staffdesk.moc"
