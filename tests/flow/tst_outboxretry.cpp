#include "AuditLog.h"
#include "OutboxRepository.h"
#include "OutboxRetry.h"
#include "StoreRig.h"

#include <QSqlQuery>

using branch::Actor;
using branch::OutboxRetry;
using RetryOutcome = branch::Result<branch::OutboxEntry, branch::FlowError>;

// Staff's "send again": same key, audited in the same transaction, real actor.
class TestOutboxRetry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void actorIds_data();
    void actorIds();
    void sendsARejectedEntryAgainWithItsKey();
    void onlyARejectedEntry_data();
    void onlyARejectedEntry();
    void aRetryThatCannotBeAuditedIsUndone();

private:
    // A stored submission whose outbox entry core refused; returns its id.
    qint64 rejectedEntry();
    QStringList auditActors();

    std::unique_ptr<flowtest::StoreRig> m_rig;
    QString m_key;
};

void TestOutboxRetry::init()
{
    m_rig = std::make_unique<flowtest::StoreRig>();
    QVERIFY(m_rig->open());
}

void TestOutboxRetry::cleanup()
{
    m_rig.reset();
}

qint64 TestOutboxRetry::rejectedEntry()
{
    const branch::SubmissionResult stored =
        branch::SubmissionService(m_rig->backends()).submit(flowtest::StoreRig::transferOrder());
    if (!stored.ok())
        return 0;
    m_key = stored->stored.idempotencyKey;
    branch::OutboxRepository outbox(m_rig->db);
    const auto entry = outbox.findByKey(m_key);
    if (!entry.ok() || !entry.value)
        return 0;
    if (outbox.markSent({entry.value->id}).isError()
        || outbox.markRejected(entry.value->id, QStringLiteral("account_frozen"), QStringLiteral("frozen")).isError())
        return 0;
    return entry.value->id;
}

QStringList TestOutboxRetry::auditActors()
{
    QStringList actors;
    QSqlQuery q(m_rig->db.connection());
    if (!q.exec(QStringLiteral("SELECT actor FROM audit_log ORDER BY id")))
        return {QStringLiteral("<query failed>")};
    while (q.next())
        actors.append(q.value(0).toString());
    return actors;
}

void TestOutboxRetry::actorIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("staff number") << QStringLiteral("S0042") << true;
    QTest::newRow("unix user") << QStringLiteral("ops.admin") << true;
    QTest::newRow("dash and underscore") << QStringLiteral("li_wei-2") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("li wei") << false;
    QTest::newRow("starts with a digit") << QStringLiteral("13800138000") << false;
    QTest::newRow("starts with a dot") << QStringLiteral(".hidden") << false;
    QTest::newRow("colon would fake a kind") << QStringLiteral("staff:1") << false;
    QTest::newRow("mail address") << QStringLiteral("li@branch") << false;
    QTest::newRow("too long") << QString(33, u'a') << false;
    QTest::newRow("longest") << QString(32, u'a') << true;
    QTest::newRow("not ascii") << QStringLiteral("张三") << false;
}

void TestOutboxRetry::actorIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(Actor::isValidId(id), valid);
    QCOMPARE(Actor::forStaff(id).has_value(), valid);
    QCOMPARE(Actor::forOperator(id).has_value(), valid);
    if (valid) {
        QCOMPARE(Actor::forStaff(id)->auditName(), QStringLiteral("staff:") + id);
        QCOMPARE(Actor::forOperator(id)->auditName(), QStringLiteral("branchctl:") + id);
    }
}

void TestOutboxRetry::sendsARejectedEntryAgainWithItsKey()
{
    const qint64 id = rejectedEntry();
    QVERIFY(id > 0);
    const RetryOutcome outcome =
        OutboxRetry(m_rig->db, m_rig->clock, m_rig->auditKey).retry(id, *Actor::forStaff(QStringLiteral("S0042")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
    QCOMPARE(outcome->state, QString(branch::OutboxState::Pending));
    QCOMPARE(outcome->idempotencyKey, m_key);
    const auto stored = branch::OutboxRepository(m_rig->db).find(id);
    QVERIFY(stored.ok() && stored.value);
    QCOMPARE(stored.value->state, QString(branch::OutboxState::Pending));
    QCOMPARE(stored.value->idempotencyKey, m_key);
    QCOMPARE(auditActors(), (QStringList{QStringLiteral("kiosk"), QStringLiteral("staff:S0042")}));
    const auto verified = branch::AuditLog(m_rig->db, m_rig->clock, m_rig->auditKey).verify();
    QVERIFY(verified.ok() && verified.value.intact());
}

void TestOutboxRetry::onlyARejectedEntry_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("reason");
    QTest::newRow("pending entry") << true << QString(branch::OutboxReason::WrongState);
    QTest::newRow("no such entry") << false << QString(branch::OutboxReason::NotFound);
}

void TestOutboxRetry::onlyARejectedEntry()
{
    QFETCH(bool, exists);
    QFETCH(QString, reason);
    const qint64 id = rejectedEntry();
    QVERIFY(id > 0);
    // Put it back once: it is pending now, so a second retry is refused.
    const Actor actor = *Actor::forOperator(QStringLiteral("ops"));
    QVERIFY(OutboxRetry(m_rig->db, m_rig->clock, m_rig->auditKey).retry(id, actor).ok());
    const RetryOutcome outcome = OutboxRetry(m_rig->db, m_rig->clock, m_rig->auditKey).retry(exists ? id : id + 100, actor);
    QCOMPARE(outcome.reason(), reason);
    QVERIFY(!outcome.error().message.isEmpty());
    // Only the first retry is in the log.
    QCOMPARE(auditActors(), (QStringList{QStringLiteral("kiosk"), QStringLiteral("branchctl:ops")}));
}

void TestOutboxRetry::aRetryThatCannotBeAuditedIsUndone()
{
    const qint64 id = rejectedEntry();
    QVERIFY(id > 0);
    // The audit table refuses every new row (a real SQLite failure, injected
    // with a trigger), so the whole retry rolls back: no state change
    // without its record.
    QSqlQuery q(m_rig->db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                  "BEGIN SELECT RAISE(ABORT, 'injected'); END")));
    const RetryOutcome outcome =
        OutboxRetry(m_rig->db, m_rig->clock, m_rig->auditKey).retry(id, *Actor::forStaff(QStringLiteral("S0042")));
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.error().message.isEmpty());
    const auto stored = branch::OutboxRepository(m_rig->db).find(id);
    QVERIFY(stored.ok() && stored.value);
    QCOMPARE(stored.value->state, QString(branch::OutboxState::Rejected));
    QCOMPARE(auditActors(), QStringList{QStringLiteral("kiosk")});
}

QTEST_GUILESS_MAIN(TestOutboxRetry)
#include "tst_outboxretry.moc"
