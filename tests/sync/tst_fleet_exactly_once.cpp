#include "FleetHarness.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace branch;

// The fleet (scripts/fleet): four kiosks drain their outboxes at once through
// nginx, which balances three branch-core processes on one PostgreSQL; one
// core is SIGKILLed in the middle of the drain. Afterwards core holds every
// key exactly once and nothing else, each kiosk's outbox is all acknowledged,
// and every core served batches. BRANCH_FLEET_COUNT shrinks it (per kiosk).
class TestFleetExactlyOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false")); }

    void drainAcrossCoresWithOneKilled()
    {
        const int perKiosk = qEnvironmentVariableIsSet("BRANCH_FLEET_COUNT") ? qEnvironmentVariableIntValue("BRANCH_FLEET_COUNT")
                                                                            : 1500;
        constexpr int kiosks = 4;
        const int total = perKiosk * kiosks;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::Fleet fleet(dir.path());
        QVERIFY(fleet.start(3));

        QList<test::FleetKiosk> relays(kiosks);
        QSet<QString> seeded;
        for (int i = 0; i < kiosks; ++i) {
            QVERIFY(relays[i].setUp(fleet, QStringLiteral("K%1").arg(101 + i), perKiosk));
            seeded.unite(QSet<QString>(relays[i].keys.cbegin(), relays[i].keys.cend()));
        }
        QCOMPARE(seeded.size(), total);

        // Small batches, so the drain has many requests in flight when the core dies.
        QList<QProcess *> runs;
        for (const test::FleetKiosk &kiosk : relays) {
            auto *run = new QProcess(this);
            run->setStandardOutputFile(QProcess::nullDevice());
            run->setStandardErrorFile(fleet.path(kiosk.deviceId + QStringLiteral("-relay.log")));
            run->start(test::binary(QStringLiteral("branchctl")),
                       kiosk.relayArgs({QStringLiteral("--core"), fleet.url(), QStringLiteral("--batch"), QStringLiteral("25"),
                                        QStringLiteral("--timeout-ms"), QStringLiteral("5000"),
                                        QStringLiteral("--retry-base-ms"), QStringLiteral("20"),
                                        QStringLiteral("--retry-cap-ms"), QStringLiteral("400")}));
            QVERIFY(run->waitForStarted());
            runs.append(run);
        }

        // Kill core 2 once a fifth of the keys is in, and before the drain is over.
        qint64 atKill = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            atKill = fleet.storedKeys();
            if (atKill >= total / 5)
                break;
            QThread::msleep(50);
        }
        const qint64 victim = fleet.pidOf(QStringLiteral("core-2"));
        QVERIFY(victim > 0);
        QCOMPARE(::kill(pid_t(victim), SIGKILL), 0);
        QVERIFY2(atKill >= total / 5 && atKill < total, qPrintable(QStringLiteral("%1 keys in at the kill").arg(atKill)));

        for (int i = 0; i < kiosks; ++i) {
            QProcess *run = runs.at(i);
            QVERIFY2(run->waitForFinished(150000), qPrintable(relays.at(i).deviceId + QStringLiteral(" did not finish")));
            QCOMPARE(run->exitStatus(), QProcess::NormalExit);
            QCOMPARE(run->exitCode(), 0);
        }
        const qint64 drainMs = timer.elapsed();
        const qint64 afterKill = fleet.storedKeys();

        QString error;
        const QHash<QString, int> exported = fleet.exportedKeys(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const test::KeyTally tally = test::tallyKeys(exported, seeded);
        const int missing = tally.missing, duplicated = tally.duplicated, unknown = tally.unknown;
        QList<int> batchesPerCore;
        for (int core = 1; core <= 3; ++core)
            batchesPerCore.append(int(fleet.log(QStringLiteral("core-%1").arg(core)).count("batch from")));
        QFile nginxLog(fleet.path(QStringLiteral("fleet/nginx/error.log")));
        const qint64 upstreamErrors = nginxLog.open(QIODevice::ReadOnly) ? nginxLog.readAll().count("upstream") : -1;
        qInfo().noquote() << "fleet: nginx logged" << upstreamErrors << "upstream errors (the killed core)";
        qInfo().noquote() << QStringLiteral("fleet: %1 kiosks x %2, 3 cores, core 2 killed at %3 keys; drained in %4 ms; "
                                            "batches per core %5/%6/%7; exported %8, missing %9, duplicated %10, unknown %11")
                                 .arg(kiosks)
                                 .arg(perKiosk)
                                 .arg(atKill)
                                 .arg(drainMs)
                                 .arg(batchesPerCore.at(0))
                                 .arg(batchesPerCore.at(1))
                                 .arg(batchesPerCore.at(2))
                                 .arg(exported.size())
                                 .arg(missing)
                                 .arg(duplicated)
                                 .arg(unknown);
        QCOMPARE(missing, 0);
        QCOMPARE(duplicated, 0);
        QCOMPARE(unknown, 0);
        QCOMPARE(exported.size(), total);
        QCOMPARE(afterKill, qint64(total)); // no key stored as rejected either
        for (const test::FleetKiosk &kiosk : relays) {
            const QHash<QString, qint64> counts = kiosk.outboxCounts();
            QCOMPARE(counts.value(OutboxState::Acknowledged), qint64(perKiosk));
            QCOMPARE(counts.value(OutboxState::Pending) + counts.value(OutboxState::Sent)
                         + counts.value(OutboxState::Rejected),
                     qint64(0));
        }
        // The load was balanced: every core, the killed one included, applied batches.
        for (int batches : batchesPerCore)
            QVERIFY(batches > 0);
        fleet.stop();
    }
};

QTEST_GUILESS_MAIN(TestFleetExactlyOnce)
#include "tst_fleet_exactly_once.moc"
