#include "AuditLog.h"
#include "OutboxRelay.h"
#include "RandomSource.h"
#include "SyncTestSupport.h"
#include "TestAuditKey.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace branch;

namespace {

RelayOptions fastOptions(int batch = 50)
{
    RelayOptions o;
    o.batchSize = batch;
    o.backoff = {100, 1000};
    o.breaker = {3, 100};
    return o;
}

} // namespace

class TestOutboxRelay : public QObject
{
    Q_OBJECT

private:
    struct Rig
    {
        test::KioskDb kiosk;
        test::FakeCore core;
        SeededRandom random{5};
        std::shared_ptr<const AuditChainKey> auditKey = test::auditKey();
        std::unique_ptr<OutboxRelay> relay;

        explicit Rig(RelayOptions options = fastOptions())
        {
            core.clock = &kiosk.clock;
            relay = std::make_unique<OutboxRelay>(kiosk.db, kiosk.clock, core, kiosk.codec, auditKey, random, options);
        }
        QueueCounts counts() { return relay->counts().value; }
        // Passes until empty, moving the clock through every wait.
        int drain(int maxPasses = 1000)
        {
            int passes = 0;
            for (; passes < maxPasses; ++passes) {
                relay->runOnce();
                const qint64 idle = relay->idleMs();
                if (idle < 0)
                    break;
                kiosk.clock.advance(idle);
            }
            return passes;
        }
    };

private Q_SLOTS:
    void metaTypes() { qRegisterMetaType<QueueCounts>(); }

    void drainsInBatchesKeepingOrderPerKey()
    {
        Rig rig(fastOptions(40));
        const QStringList keys = rig.kiosk.seed(300, 7);
        QSignalSpy counts(rig.relay.get(), &OutboxRelay::queueCountsChanged);
        QSignalSpy online(rig.relay.get(), &OutboxRelay::onlineChanged);
        rig.drain();
        QCOMPARE(rig.counts().acknowledged, 300);
        QCOMPARE(rig.counts().undelivered(), 0);
        QCOMPARE(rig.core.appliedKeys.size(), 300);
        QCOMPARE(QSet<QString>(rig.core.appliedKeys.begin(), rig.core.appliedKeys.end()),
                 QSet<QString>(keys.begin(), keys.end()));
        // Only the head of each ordering key goes in a batch: at most 7 per request.
        for (const int size : std::as_const(rig.core.batchSizes))
            QVERIFY2(size <= 7, qPrintable(QString::number(size)));
        for (auto it = rig.core.sequences.cbegin(); it != rig.core.sequences.cend(); ++it) {
            QList<qint64> sorted = it.value();
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(it.value(), sorted);
        }
        QVERIFY(counts.count() >= 1);
        QCOMPARE(online.count(), 1);
        QVERIFY(rig.relay->isOnline());
    }

    void batchesNeverExceedTheLimit()
    {
        Rig rig(fastOptions(25));
        rig.kiosk.seed(120, 120); // every entry its own key: all due at once
        rig.relay->runOnce();
        QCOMPARE(rig.counts().acknowledged, 120);
        QCOMPARE(rig.core.batchSizes, QList<int>({25, 25, 25, 25, 20}));
    }

    void droppedResponseIsResolvedByKeyNotResent()
    {
        Rig rig;
        const QStringList keys = rig.kiosk.seed(5, 5);
        rig.core.script = {test::Fault::DropResponse};
        const RelayPass first = rig.relay->runOnce();
        QVERIFY(first.stopped);
        QCOMPARE(rig.counts().sent, 5); // applied by core, outcome unknown here
        QCOMPARE(rig.core.appliedKeys.size(), 5);
        QVERIFY(!rig.relay->isOnline());
        const int batchesBefore = rig.core.batchCalls;
        rig.relay->runOnce();
        QCOMPARE(rig.core.lookupCalls, 5);
        QCOMPARE(rig.core.batchCalls, batchesBefore); // nothing sent again
        QCOMPARE(rig.counts().acknowledged, 5);
        QCOMPARE(rig.core.appliedKeys.size(), 5);
    }

    void droppedRequestIsResentWithTheSameKey()
    {
        Rig rig;
        const QStringList keys = rig.kiosk.seed(3, 3);
        rig.core.script = {test::Fault::DropRequest};
        rig.relay->runOnce();
        QCOMPARE(rig.counts().sent, 3);
        QVERIFY(rig.core.appliedKeys.isEmpty());
        rig.relay->runOnce(); // lookups say 404 -> pending, then one batch with the same keys
        QCOMPARE(rig.core.lookupCalls, 3);
        QCOMPARE(rig.counts().acknowledged, 3);
        QCOMPARE(QSet<QString>(rig.core.appliedKeys.begin(), rig.core.appliedKeys.end()),
                 QSet<QString>(keys.begin(), keys.end()));
        const auto entry = OutboxRepository(rig.kiosk.db).findByKey(keys.at(0)).value;
        QCOMPARE(entry->attempts, 2);
    }

    void faultsNeverLoseOrDuplicate_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 6; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void faultsNeverLoseOrDuplicate()
    {
        QFETCH(int, seed);
        Rig rig(fastOptions(30));
        const QStringList keys = rig.kiosk.seed(200, 13);
        QRandomGenerator faults{quint32(seed)};
        const test::Fault kinds[] = {test::Fault::None, test::Fault::DropRequest, test::Fault::DropResponse,
                                     test::Fault::Unavailable, test::Fault::ServerError, test::Fault::Malformed};
        for (int i = 0; i < 2000; ++i)
            rig.core.script.append(kinds[faults.bounded(6)]);
        rig.drain(5000);
        QCOMPARE(rig.counts().acknowledged, 200);
        QCOMPARE(rig.core.appliedKeys.size(), 200); // each key applied once
        QCOMPARE(QSet<QString>(rig.core.appliedKeys.begin(), rig.core.appliedKeys.end()),
                 QSet<QString>(keys.begin(), keys.end()));
        for (auto it = rig.core.sequences.cbegin(); it != rig.core.sequences.cend(); ++it)
            QVERIFY(std::is_sorted(it.value().cbegin(), it.value().cend()));
    }

    void breakerOpensAndStopsCalling()
    {
        Rig rig;
        rig.kiosk.seed(3, 1);
        rig.core.script = {test::Fault::Unavailable, test::Fault::Unavailable, test::Fault::Unavailable};
        // 503: nothing applied, but the outcome is unknown by contract, so the
        // entry stays sent and is looked up next time.
        rig.relay->runOnce();
        rig.relay->runOnce();
        rig.relay->runOnce();
        QCOMPARE(rig.relay->breaker().state(), CircuitBreaker::State::Open);
        const int calls = rig.core.batchCalls + rig.core.lookupCalls;
        const RelayPass blocked = rig.relay->runOnce();
        QCOMPARE(blocked.reason, QStringLiteral("circuit_open"));
        QCOMPARE(rig.core.batchCalls + rig.core.lookupCalls, calls);
        QVERIFY(rig.relay->idleMs() > 0);
        rig.kiosk.clock.advance(rig.relay->idleMs());
        rig.drain();
        QCOMPARE(rig.relay->breaker().state(), CircuitBreaker::State::Closed);
        QCOMPARE(rig.counts().acknowledged, 3);
    }

    void rejectionIsKeptForStaffAndRetryKeepsKey()
    {
        Rig rig;
        const QStringList keys = rig.kiosk.seed(2, 1, QStringLiteral("bogus.service"));
        rig.core.rejectedServices.insert(QStringLiteral("bogus.service"));
        QSignalSpy rejected(rig.relay.get(), &OutboxRelay::rejectedEntriesChanged);
        rig.drain();
        QCOMPARE(rig.counts().rejected, 2); // a rejection releases the next entry of its key
        QVERIFY(rejected.count() >= 1);
        OutboxRepository outbox(rig.kiosk.db);
        const auto entry = outbox.findByKey(keys.at(0)).value;
        QCOMPARE(entry->rejectReason, QStringLiteral("unknown_service"));

        // Staff retry: same key; core remembers its answer for that key.
        rig.core.rejectedServices.clear();
        QVERIFY(!outbox.retry(entry->id, rig.kiosk.clock.now()).isError());
        rig.drain();
        QCOMPARE(outbox.findByKey(keys.at(0)).value->state, QString(OutboxState::Rejected));
        QCOMPARE(outbox.findByKey(keys.at(0)).value->idempotencyKey, keys.at(0));
        QVERIFY(rig.core.appliedKeys.isEmpty());
    }

    // Each final outcome leaves one sync_outcome row, written with the state
    // change; a replayed answer for an acknowledged entry adds none.
    void finalOutcomesAreAudited()
    {
        Rig rig;
        rig.kiosk.seed(6, 6);
        rig.kiosk.seed(2, 2, QStringLiteral("bogus.service"));
        rig.core.rejectedServices.insert(QStringLiteral("bogus.service"));
        rig.drain();
        QCOMPARE(rig.counts().acknowledged, 6);
        QCOMPARE(rig.counts().rejected, 2);
        AuditLog audit(rig.kiosk.db, rig.kiosk.clock, rig.auditKey);
        const auto verified = audit.verify();
        QVERIFY(verified.ok());
        QVERIFY(verified.value.intact());
        QCOMPARE(verified.value.rowsChecked, 8);
        QSqlQuery q(rig.kiosk.db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE kind = 'sync_outcome' ORDER BY id")));
        QStringList details;
        while (q.next())
            details << q.value(0).toString();
        QCOMPARE(details.size(), 8);
        QCOMPARE(details.filter(QStringLiteral("acknowledged")).size(), 6);
        QCOMPARE(details.filter(QStringLiteral("unknown_service")).size(), 2);
        rig.drain();
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'sync_outcome'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 8);
    }

    void revokedCredentialStopsWithoutLosingEntries()
    {
        Rig rig;
        rig.kiosk.seed(4, 4);
        rig.core.script = {test::Fault::Unauthorized};
        const RelayPass pass = rig.relay->runOnce();
        QCOMPARE(pass.reason, QStringLiteral("revoked_device"));
        QCOMPARE(rig.counts().pending, 4); // a 401 applies nothing
        rig.drain();
        QCOMPARE(rig.counts().acknowledged, 4);
    }

    void clockSkewIsDetected()
    {
        Rig rig;
        rig.kiosk.seed(1, 1);
        QSignalSpy skew(rig.relay.get(), &OutboxRelay::clockSkewChanged);
        rig.core.serverSkewMs = 7 * 60 * 1000;
        rig.relay->runOnce();
        QVERIFY(rig.relay->isClockSkewed());
        QCOMPARE(rig.relay->clockSkewMs(), 7 * 60 * 1000);
        QCOMPARE(skew.count(), 1);
        rig.kiosk.seed(1, 1);
        rig.core.serverSkewMs = 2000;
        rig.relay->runOnce();
        QVERIFY(!rig.relay->isClockSkewed());
        QCOMPARE(skew.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRelay)
#include "tst_outbox_relay.moc"
