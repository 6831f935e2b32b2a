#include "Database.h"
#include "IdempotencyKeySource.h"
#include "OutboxRepository.h"
#include "PayloadCodec.h"
#include "StoreTestUtil.h"
#include "SubmissionDoubles.h"
#include "SubmissionRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace branch;

class TestOutboxRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_t0{QDate(2025, 3, 14), QTime(8, 0), Qt::UTC};
    test::FakeClock m_clock{m_t0};
    PlainPayloadCodec m_codec;
    RandomKeySource m_keys;

    qint64 submit(const QString &orderingKey)
    {
        SubmissionRepository repo(*m_db, m_clock, m_codec, m_keys, {QStringLiteral("K1")});
        SubmissionRequest r;
        r.serviceId = QStringLiteral("bank.transfer");
        r.sessionId = QStringLiteral("s");
        r.orderingKey = orderingKey;
        const auto stored = repo.submit(r);
        return stored.ok() ? stored.value.submissionId : -1;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql);
    }

    static QList<qint64> submissionIds(const QList<OutboxEntry> &entries)
    {
        QList<qint64> ids;
        for (const OutboxEntry &e : entries)
            ids.append(e.submissionId);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        QVERIFY(m_db->open({path}).ok);
    }

    void cleanup() { m_db.reset(); }

    void dueKeepsPerKeyOrder()
    {
        const qint64 a1 = submit(QStringLiteral("a"));
        const qint64 b1 = submit(QStringLiteral("b"));
        const qint64 a2 = submit(QStringLiteral("a"));
        const qint64 c1 = submit(QStringLiteral("c"));
        OutboxRepository outbox(*m_db);
        QCOMPARE(submissionIds(outbox.due(m_t0, 10).value), (QList<qint64>{a1, b1, c1}));
        QCOMPARE(submissionIds(outbox.due(m_t0, 2).value), (QList<qint64>{a1, b1}));

        // a1 sent but not yet acknowledged: a2 still waits.
        QVERIFY(exec(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE submission_id = %1").arg(a1)));
        QCOMPARE(submissionIds(outbox.due(m_t0, 10).value), (QList<qint64>{b1, c1}));
        QVERIFY(exec(QStringLiteral("UPDATE outbox SET state = 'acknowledged' WHERE submission_id = %1").arg(a1)));
        QCOMPARE(submissionIds(outbox.due(m_t0, 10).value), (QList<qint64>{b1, a2, c1}));

        // Backing off b1 keeps it (and only it) out until its time comes.
        QVERIFY(exec(QStringLiteral("UPDATE outbox SET next_attempt_at = '2025-03-14T08:05:00.000Z' "
                                    "WHERE submission_id = %1").arg(b1)));
        QCOMPARE(submissionIds(outbox.due(m_t0, 10).value), (QList<qint64>{a2, c1}));
        QCOMPARE(submissionIds(outbox.due(m_t0.addSecs(300), 10).value), (QList<qint64>{b1, a2, c1}));
    }

    void findAndCount()
    {
        const qint64 id = submit(QStringLiteral("a"));
        submit(QStringLiteral("b"));
        OutboxRepository outbox(*m_db);
        const auto bySubmission = outbox.findBySubmission(id);
        QVERIFY(bySubmission.value.has_value());
        const auto byKey = outbox.findByKey(bySubmission.value->idempotencyKey);
        QVERIFY(byKey.value.has_value());
        QCOMPARE(byKey.value->id, bySubmission.value->id);
        QVERIFY(!outbox.findByKey(QStringLiteral("nope")).value.has_value());
        QVERIFY(!outbox.findBySubmission(9999).value.has_value());
        QVERIFY(exec(QStringLiteral("UPDATE outbox SET state = 'rejected', last_error = 'insufficient_funds' "
                                    "WHERE submission_id = %1").arg(id)));
        const auto counts = outbox.countByState();
        QVERIFY(counts.ok());
        QCOMPARE(counts.value.value(QString(OutboxState::Pending)), 1);
        QCOMPARE(counts.value.value(QString(OutboxState::Rejected)), 1);
        QCOMPARE(outbox.findBySubmission(id).value->lastError, QStringLiteral("insufficient_funds"));
    }

    void closedDatabaseIsAReason()
    {
        OutboxRepository outbox(*m_db);
        m_db->close();
        QCOMPARE(outbox.due(m_t0, 1).error.reason, QString(StoreReason::NotOpen));
        QCOMPARE(outbox.countByState().error.reason, QString(StoreReason::NotOpen));
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outbox_repository.moc"
