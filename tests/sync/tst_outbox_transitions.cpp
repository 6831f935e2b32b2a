#include "OutboxRepository.h"
#include "SyncTestSupport.h"

#include <QTest>

using namespace branch;

// The outbox state changes the relay and staff make, on a real SQLite file.
class TestOutboxTransitions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentThenAcknowledged()
    {
        test::KioskDb k;
        QVERIFY(k.ok);
        const QStringList keys = k.seed(3, 3);
        OutboxRepository outbox(k.db);
        const auto due = outbox.due(k.clock.now(), 10);
        QCOMPARE(due.value.size(), 3);
        QVERIFY(!outbox.markSent({due.value.at(0).id, due.value.at(1).id}).isError());
        auto sent = outbox.listSent(10);
        QCOMPARE(sent.value.size(), 2);
        QCOMPARE(sent.value.at(0).attempts, 1);
        QCOMPARE(sent.value.at(0).serviceId, QStringLiteral("utility.electricity"));
        QVERIFY(sent.value.at(0).receiptNumber.startsWith(QStringLiteral("K001-")));
        // Paging through sent entries after an id.
        QCOMPARE(outbox.listSent(10, due.value.at(0).id).value.size(), 1);

        const QDateTime at(QDate(2026, 3, 14), QTime(9, 1), Qt::UTC);
        QVERIFY(!outbox.markAcknowledged(due.value.at(0).id, QStringLiteral("C9"), at).isError());
        // A replayed answer for an acknowledged entry changes nothing.
        QVERIFY(!outbox.markAcknowledged(due.value.at(0).id, QStringLiteral("C9"), at).isError());
        const auto acked = outbox.find(due.value.at(0).id);
        QCOMPARE(acked.value->state, QString(OutboxState::Acknowledged));
        QCOMPARE(acked.value->coreRef, QStringLiteral("C9"));
        QCOMPARE(acked.value->appliedAt, at);
        QCOMPARE(acked.value->idempotencyKey, keys.at(0));
        // Final: it can be neither rejected nor made pending again.
        QCOMPARE(outbox.markRejected(due.value.at(0).id, QStringLiteral("x"), {}).reason, QString(OutboxReason::WrongState));
        QCOMPARE(outbox.reschedule(due.value.at(0).id, at, {}).reason, QString(OutboxReason::WrongState));
    }

    void markSentIsAllOrNothing()
    {
        test::KioskDb k;
        k.seed(2, 2);
        OutboxRepository outbox(k.db);
        const auto due = outbox.due(k.clock.now(), 10).value;
        QVERIFY(!outbox.markSent({due.at(0).id}).isError());
        // The second id is pending, the first is not: neither changes.
        QCOMPARE(outbox.markSent({due.at(1).id, due.at(0).id}).reason, QString(OutboxReason::WrongState));
        QCOMPARE(outbox.find(due.at(1).id).value->state, QString(OutboxState::Pending));
        QCOMPARE(outbox.find(due.at(0).id).value->attempts, 1);
    }

    void rejectedThenStaffRetryKeepsKey()
    {
        test::KioskDb k;
        const QStringList keys = k.seed(1, 1);
        OutboxRepository outbox(k.db);
        const qint64 id = outbox.due(k.clock.now(), 1).value.at(0).id;
        QCOMPARE(outbox.retry(id, k.clock.now()).reason, QString(OutboxReason::WrongState)); // pending, not rejected
        QVERIFY(!outbox.markSent({id}).isError());
        QVERIFY(!outbox.markRejected(id, QStringLiteral("amount_invalid"), QStringLiteral("Amount too large")).isError());
        const auto rejected = outbox.list(QString(OutboxState::Rejected), 10, 0);
        QCOMPARE(rejected.value.size(), 1);
        QCOMPARE(rejected.value.at(0).rejectReason, QStringLiteral("amount_invalid"));
        QCOMPARE(rejected.value.at(0).rejectMessage, QStringLiteral("Amount too large"));

        QVERIFY(!outbox.retry(id, k.clock.now()).isError());
        const auto again = outbox.find(id).value;
        QCOMPARE(again->state, QString(OutboxState::Pending));
        QCOMPARE(again->idempotencyKey, keys.at(0));
        QCOMPARE(again->attempts, 1);
        QCOMPARE(outbox.due(k.clock.now(), 1).value.size(), 1);
        QCOMPARE(outbox.retry(999, k.clock.now()).reason, QString(OutboxReason::NotFound));
    }

    void rescheduleDelaysAndKeepsOrder()
    {
        test::KioskDb k;
        k.seed(2, 1); // one ordering key: the second waits for the first
        OutboxRepository outbox(k.db);
        const auto due = outbox.due(k.clock.now(), 10).value;
        QCOMPARE(due.size(), 1);
        QVERIFY(!outbox.markSent({due.at(0).id}).isError());
        const QDateTime later = k.clock.now().addSecs(30);
        QVERIFY(!outbox.reschedule(due.at(0).id, later, QStringLiteral("unknown_to_core")).isError());
        QVERIFY(outbox.due(k.clock.now(), 10).value.isEmpty()); // head not due, follower blocked
        QCOMPARE(outbox.earliestPendingAttempt().value, later);
        const auto head = outbox.due(later, 10).value;
        QCOMPARE(head.size(), 1);
        QCOMPARE(head.at(0).id, due.at(0).id);
        QCOMPARE(head.at(0).lastError, QStringLiteral("unknown_to_core"));
    }

    void applyIsOneTransaction()
    {
        test::KioskDb k;
        k.seed(2, 2);
        OutboxRepository outbox(k.db);
        const auto due = outbox.due(k.clock.now(), 10).value;
        QVERIFY(!outbox.markSent({due.at(0).id}).isError());
        // The second outcome is for a pending entry: the whole batch is refused.
        const StoreError e = outbox.apply({OutboxOutcome::acknowledged(due.at(0).id, QStringLiteral("C1"), k.clock.now()),
                                           OutboxOutcome::rejected(due.at(1).id, QStringLiteral("x"), {})});
        QCOMPARE(e.reason, QString(OutboxReason::WrongState));
        QCOMPARE(outbox.find(due.at(0).id).value->state, QString(OutboxState::Sent));
    }

    void listNewestFirstWithFilter()
    {
        test::KioskDb k;
        k.seed(5, 5);
        OutboxRepository outbox(k.db);
        const auto all = outbox.list({}, 3, 0).value;
        QCOMPARE(all.size(), 3);
        QVERIFY(all.at(0).id > all.at(1).id);
        QCOMPARE(outbox.list({}, 10, 3).value.size(), 2);
        QCOMPARE(outbox.list(QString(OutboxState::Sent), 10, 0).value.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxTransitions)
#include "tst_outbox_transitions.moc"
