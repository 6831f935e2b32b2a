#include "CoreHarness.h"
#include "OutboxRepository.h"

#include <QRandomGenerator>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <csignal>
#include <sys/types.h>

using namespace branch;

// THE drain test: 10,000 submissions go to the real branch-core through the
// fault proxy (dropped requests and responses, duplicates, delays, reorders,
// 500 and 503), while `branchctl sync run --until-empty` is SIGKILLed at
// random moments at least 50 times and restarted. Afterwards core holds every
// key exactly once and nothing else, and the kiosk's outbox is all acknowledged.
// Once with core on SQLite, once on PostgreSQL (the sync_pg fixture's server).
// BRANCH_DRAIN_COUNT and BRANCH_DRAIN_KILLS shrink it for a quick local run.
class TestSyncDrain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Thousands of per-submission info lines would drown the figures.
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false")); }

    void drainSurvivesKillsAndFaults_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("core on sqlite") << QStringLiteral("sqlite");
        QTest::newRow("core on postgresql") << QStringLiteral("postgresql");
    }

    void drainSurvivesKillsAndFaults()
    {
        QFETCH(QString, backend);
        const int count = qEnvironmentVariableIsSet("BRANCH_DRAIN_COUNT") ? qEnvironmentVariableIntValue("BRANCH_DRAIN_COUNT")
                                                                           : 10000;
        const int wantedKills = qEnvironmentVariableIsSet("BRANCH_DRAIN_KILLS")
                                    ? qEnvironmentVariableIntValue("BRANCH_DRAIN_KILLS")
                                    : 50;
        const quint32 seed = 20261123;
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(rig.makePki());
        if (backend == QLatin1String("postgresql")) {
            // The fixture writes the conninfo; its absence is a failure, not a skip.
            QFile conninfo(qEnvironmentVariable("BRANCH_CORE_PG_CONNINFO_FILE"));
            QVERIFY2(conninfo.open(QIODevice::ReadOnly), "no PostgreSQL conninfo: run through ctest");
            QVERIFY(rig.usePostgres(QString::fromUtf8(conninfo.readAll()).trimmed()));
        }
        // The proxy terminates TLS, so it passes the kiosk's certificate on as
        // nginx does, and core believes it from the proxy's certificate only.
        QVERIFY(rig.startCore(QStringLiteral("core"),
                              {QStringLiteral("--trusted-proxy"), rig.path(QStringLiteral("pki/proxy.pem"))}));
        QVERIFY(rig.enrol());

        QElapsedTimer clock;
        clock.start();
        const QStringList keys = test::seedKiosk(rig.kioskDb(), count, 300);
        QCOMPARE(keys.size(), count);
        const qint64 seedMs = clock.restart();

        test::Server proxy;
        const quint16 proxyPort = proxy.start(
            test::binary(QStringLiteral("branch-fault-proxy")),
            {QStringLiteral("--listen"), QStringLiteral("0"), QStringLiteral("--upstream"),
             QStringLiteral("127.0.0.1:%1").arg(rig.port()), QStringLiteral("--seed"), QString::number(seed),
             QStringLiteral("--cert"), rig.path(QStringLiteral("pki/core.pem")), QStringLiteral("--key"),
             rig.path(QStringLiteral("pki/core.key")), QStringLiteral("--ca"), rig.ca(),
             QStringLiteral("--client-cert"), rig.path(QStringLiteral("pki/proxy.pem")), QStringLiteral("--client-key"),
             rig.path(QStringLiteral("pki/proxy.key"))},
            QRegularExpression(QStringLiteral("listening (\\d+)")));
        QVERIFY(proxyPort != 0);
        const QStringList runArgs = rig.syncArgs({QStringLiteral("--until-empty"), QStringLiteral("--core"),
                                                  QStringLiteral("https://127.0.0.1:%1").arg(proxyPort),
                                                  QStringLiteral("--timeout-ms"), QStringLiteral("3000"),
                                                  QStringLiteral("--retry-base-ms"), QStringLiteral("20"),
                                                  QStringLiteral("--retry-cap-ms"), QStringLiteral("400")});

        QRandomGenerator random(seed);
        int kills = 0;
        int finishedEarly = 0;
        for (int round = 0; kills < wantedKills && round < wantedKills * 4; ++round) {
            QProcess run;
            run.start(test::binary(QStringLiteral("branchctl")),
                      runArgs + QStringList{QStringLiteral("--seed"), QString::number(round)});
            QVERIFY(run.waitForStarted());
            // The first half of the kills land anywhere from start-up to the
            // first batches (resolving the entries left "sent"); the second
            // half let the relay run a while and land in the middle of the
            // drain. Short enough that a quiet machine, where PostgreSQL takes
            // 10,000 entries in under a minute, still gets every kill in.
            const int delayMs = kills < wantedKills / 2 ? random.bounded(40, 1000) : random.bounded(400, 1600);
            if (run.waitForFinished(delayMs)) {
                ++finishedEarly;
                if (run.exitCode() == 0)
                    break; // drained before the kills ran out
                continue;
            }
            QCOMPARE(::kill(pid_t(run.processId()), SIGKILL), 0);
            QVERIFY(run.waitForFinished(10000));
            QCOMPARE(run.exitStatus(), QProcess::CrashExit);
            ++kills;
        }
        const qint64 killPhaseMs = clock.restart();

        Database db;
        OpenOptions options;
        options.path = rig.kioskDb();
        QVERIFY(db.open(options).ok);
        const auto midway = OutboxRepository(db).countByState().value;
        db.close();

        const test::ToolRun last = rig.branchctl(runArgs, 540000);
        QVERIFY2(last.exitCode == 0, last.err.right(2000).constData());
        const qint64 finalMs = clock.elapsed();
        const QByteArray proxyLog = proxy.stop();

        QString error;
        const QHash<QString, int> exported = rig.exportedKeys(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const test::KeyTally tally = test::tallyKeys(exported, QSet<QString>(keys.cbegin(), keys.cend()));
        const int missing = tally.missing, duplicated = tally.duplicated, unknown = tally.unknown;

        QVERIFY(db.open(options).ok);
        const auto finalCounts = OutboxRepository(db).countByState().value;
        qInfo().noquote() << QStringLiteral("drain (%1):").arg(backend) << QStringLiteral(
                                 "%1 transactions, %2 kills (%3 runs ended on their own), seed %4 ms, "
                                 "kill phase %5 ms (left %6 pending / %7 sent), final run %8 ms")
                                 .arg(count)
                                 .arg(kills)
                                 .arg(finishedEarly)
                                 .arg(seedMs)
                                 .arg(killPhaseMs)
                                 .arg(midway.value(OutboxState::Pending))
                                 .arg(midway.value(OutboxState::Sent))
                                 .arg(finalMs);
        qInfo().noquote() << "drain: core exported" << exported.size() << "keys; missing" << missing << "duplicated"
                          << duplicated << "unknown" << unknown;
        qInfo().noquote() << "drain: proxy" << QString::fromUtf8(proxyLog.trimmed().split('\n').last());
        QCOMPARE(missing, 0);
        QCOMPARE(duplicated, 0);
        QCOMPARE(unknown, 0);
        QCOMPARE(exported.size(), count);
        QCOMPARE(finalCounts.value(OutboxState::Acknowledged), qint64(count));
        QCOMPARE(finalCounts.value(OutboxState::Pending) + finalCounts.value(OutboxState::Sent)
                     + finalCounts.value(OutboxState::Rejected),
                 qint64(0));
        QVERIFY2(kills >= wantedKills, "the outbox drained before enough kills; shorten the kill delays");
    }
};

QTEST_GUILESS_MAIN(TestSyncDrain)
#include "tst_sync_drain.moc"
