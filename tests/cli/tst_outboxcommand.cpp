#include "InProcess.h"

#include "Database.h"
#include "IdempotencyKeySource.h"
#include "OutboxRepository.h"
#include "PayloadCodec.h"
#include "SubmissionRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// branchctl outbox retry, in-process, against a real database file: the same
// OutboxRetry as the kiosk's staff page, audited with the operator's id.
class TestOutboxCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void retryIsAuditedWithTheActor_data();
    void retryIsAuditedWithTheActor();
    void aSecondRetryIsRefused();
    void anInvalidActorIsAUsageError_data();
    void anInvalidActorIsAUsageError();

private:
    inprocess::Run retry(const QStringList &extra);
    QString state();
    QStringList actors();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
    qint64 m_id = 0;
};

void TestOutboxCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = m_dir->filePath(QStringLiteral("kiosk.sqlite"));
    branch::Database db;
    branch::OpenOptions options;
    options.path = m_database;
    QVERIFY(db.open(options).ok);
    const branch::test::FakeClock clock(QDateTime(inprocess::today(), QTime(10, 30)));
    branch::PlainPayloadCodec codec;
    branch::RandomKeySource keys;
    branch::SubmissionSettings settings;
    settings.kioskCode = QStringLiteral("KIOSK01");
    branch::SubmissionRequest request;
    request.serviceId = QStringLiteral("bank.transfer");
    request.sessionId = QStringLiteral("visit-1");
    request.fields = inprocess::transfer();
    const auto stored = branch::SubmissionRepository(db, clock, codec, keys, settings).submit(request);
    QVERIFY(stored.ok());
    branch::OutboxRepository outbox(db);
    const auto entry = outbox.findByKey(stored.value.idempotencyKey);
    QVERIFY(entry.ok() && entry.value);
    m_id = entry.value->id;
    QVERIFY(!outbox.markSent({m_id}).isError());
    QVERIFY(!outbox.markRejected(m_id, QStringLiteral("unknown_service"), QStringLiteral("no")).isError());
}

inprocess::Run TestOutboxCommand::retry(const QStringList &extra)
{
    return inprocess::branchctl(QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), QString::number(m_id),
                                            QStringLiteral("--database"), m_database,
                                            QStringLiteral("--dev-insecure-secrets"), m_dir->filePath(QStringLiteral("secrets"))}
                                + extra);
}

QString TestOutboxCommand::state()
{
    branch::Database db;
    branch::OpenOptions options;
    options.path = m_database;
    if (!db.open(options).ok)
        return {};
    const auto entry = branch::OutboxRepository(db).find(m_id);
    return entry.ok() && entry.value ? entry.value->state : QString();
}

QStringList TestOutboxCommand::actors()
{
    branch::Database db;
    branch::OpenOptions options;
    options.path = m_database;
    if (!db.open(options).ok)
        return {QStringLiteral("<not opened>")};
    QStringList found;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT actor FROM audit_log WHERE kind = 'staff_action' ORDER BY id")))
        return {QStringLiteral("<query failed>")};
    while (q.next())
        found.append(q.value(0).toString());
    return found;
}

void TestOutboxCommand::retryIsAuditedWithTheActor_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("actor");
    QTest::newRow("--actor") << QStringList{QStringLiteral("--actor"), QStringLiteral("ops.li")}
                             << QStringLiteral("branchctl:ops.li");
    QTest::newRow("the account it runs as") << QStringList{} << QString();
}

void TestOutboxCommand::retryIsAuditedWithTheActor()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, actor);
    const inprocess::Run run = retry(extra);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(state(), QString(branch::OutboxState::Pending));
    const QStringList found = actors();
    QCOMPARE(found.size(), 1);
    if (actor.isEmpty()) {
        // Whoever runs the test; never an anonymous "staff".
        QVERIFY2(found.constFirst().startsWith(QStringLiteral("branchctl:")), qPrintable(found.constFirst()));
        QVERIFY(found.constFirst().size() > QStringLiteral("branchctl:").size());
    } else {
        QCOMPARE(found.constFirst(), actor);
    }
}

void TestOutboxCommand::aSecondRetryIsRefused()
{
    QCOMPARE(retry({QStringLiteral("--actor"), QStringLiteral("ops")}).code, 0);
    const inprocess::Run again = retry({QStringLiteral("--actor"), QStringLiteral("ops")});
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(QStringLiteral("outbox_wrong_state")));
    QCOMPARE(actors(), QStringList{QStringLiteral("branchctl:ops")});
}

void TestOutboxCommand::anInvalidActorIsAUsageError_data()
{
    QTest::addColumn<QString>("actor");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("li wei");
    QTest::newRow("kind prefix") << QStringLiteral("staff:1");
}

void TestOutboxCommand::anInvalidActorIsAUsageError()
{
    QFETCH(QString, actor);
    const inprocess::Run run = retry({QStringLiteral("--actor"), actor});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QStringLiteral("invalid_actor")));
    QCOMPARE(state(), QString(branch::OutboxState::Rejected));
    QVERIFY(actors().isEmpty());
}

QTEST_GUILESS_MAIN(TestOutboxCommand)
#include "tst_outboxcommand.moc"
