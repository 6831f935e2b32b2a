#include "../store/SubmissionDoubles.h"
#include "AuditTestSupport.h"
#include "SubmissionAudit.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

Q_DECLARE_METATYPE(branch::SubmitStep)

// Every submission is audited in the transaction that stores it, on a real
// SQLite file: both commit, or neither remains.
class TestSubmissionAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(test::openDatabase(*m_db, m_dir.filePath(QStringLiteral("audit%1.sqlite").arg(++m_run))));
        m_log = std::make_unique<AuditLog>(*m_db, m_clock, test::auditKey());
    }

    void cleanup()
    {
        m_log.reset();
        m_db.reset();
    }

    void storedWithItsAuditRow()
    {
        SubmissionRepository repo = repository();
        const auto stored = repo.submit(request());
        QVERIFY2(stored.ok(), qPrintable(stored.error.reason));

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, actor, subject, details FROM audit_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString(AuditKind::Submission));
        QCOMPARE(q.value(1).toString(), QStringLiteral("kiosk"));
        QCOMPARE(q.value(2).toString(), stored.value.receiptNumber);
        const QString details = q.value(3).toString();
        QVERIFY2(details.contains(QStringLiteral("utility.electricity")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("visit-") + sessionUuid), qPrintable(details));
        // What the customer typed stays out of the log.
        QVERIFY2(!details.contains(QStringLiteral("张三")) && !details.contains(QStringLiteral("0101234567")),
                 qPrintable(details));
        QVERIFY(!q.next());
        QVERIFY(m_log->verify().value.intact());
    }

    // A failure after the audit row was written (the last step before
    // commit) takes the row away with the submission.
    void failureLeavesNeither_data()
    {
        QTest::addColumn<SubmitStep>("step");
        QTest::newRow("outbox inserted") << SubmitStep::OutboxInserted;
        QTest::newRow("before commit") << SubmitStep::BeforeCommit;
    }

    void failureLeavesNeither()
    {
        QFETCH(SubmitStep, step);
        SubmissionRepository repo = repository();
        test::FailAtStep fault(step);
        repo.setFaultHook(&fault);
        QVERIFY(!repo.submit(request()).ok());
        QCOMPARE(count(QStringLiteral("submissions")), 0);
        QCOMPARE(count(QStringLiteral("outbox")), 0);
        QCOMPARE(count(QStringLiteral("audit_log")), 0);

        repo.setFaultHook(nullptr);
        QVERIFY(repo.submit(request()).ok());
        QCOMPARE(count(QStringLiteral("submissions")), 1);
        QCOMPARE(count(QStringLiteral("audit_log")), 1);
        QVERIFY(m_log->verify().value.intact());
    }

    // An audit row that cannot be written keeps the submission out too.
    void auditFailureRefusesSubmission()
    {
        SubmissionRepository repo = repository();
        repo.setStoredHook([](const SubmissionRequest &, const SubmissionReceipt &, const Transaction &) {
            return StoreError::make(StoreReason::QueryFailed, QStringLiteral("audit refused"));
        });
        const auto stored = repo.submit(request());
        QCOMPARE(stored.error.reason, QString(StoreReason::QueryFailed));
        QCOMPARE(count(QStringLiteral("submissions")), 0);
        QCOMPARE(count(QStringLiteral("outbox")), 0);
    }

private:
    static inline const QString sessionUuid = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");

    SubmissionRepository repository()
    {
        SubmissionRepository repo(*m_db, m_clock, m_codec, m_keys, m_settings);
        repo.setStoredHook(auditSubmissions(*m_log, QStringLiteral("kiosk")));
        return repo;
    }

    static SubmissionRequest request()
    {
        SubmissionRequest r;
        r.serviceId = QStringLiteral("utility.electricity");
        r.sessionId = QStringLiteral("visit-") + sessionUuid;
        r.fields = QJsonObject{{QStringLiteral("account_no"), QStringLiteral("0101234567")},
                               {QStringLiteral("holder_name"), QStringLiteral("张三")}};
        r.amount = Money(12345);
        return r;
    }

    int count(const QString &table) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    test::FakeClock m_clock = test::stepClock();
    PlainPayloadCodec m_codec;
    RandomKeySource m_keys;
    SubmissionSettings m_settings{QStringLiteral("BJ01K02"), QTimeZone("Asia/Shanghai")};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_log;
};

QTEST_GUILESS_MAIN(TestSubmissionAudit)
#include "tst_submission_audit.moc"
