#include "../store/SubmissionDoubles.h"
#include "AuditTestSupport.h"
#include "SubmissionAudit.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace branch;

// Submissions with fresh random session ids, as the kiosk and branchctl make
// them: none may be refused. The old personal-data guess refused about 1 in
// 125, whenever a UUID's last group held 11 or more decimal digits.
class TestSubmissionVolume : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::FakeClock m_clock = test::stepClock();
    const std::shared_ptr<const AuditChainKey> m_auditKey = test::auditKey();

    static QString randomSession(int i)
    {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return i % 2 ? uuid : QStringLiteral("branchctl-") + uuid;
    }

    static SubmissionRequest request()
    {
        SubmissionRequest r;
        r.serviceId = QStringLiteral("bank.transfer");
        r.fields = QJsonObject{{QStringLiteral("purpose"), QStringLiteral("family")}};
        r.amount = Money(12345);
        return r;
    }

private Q_SLOTS:
    void init()
    {
        // A log line per row would be most of the test's time.
        QLoggingCategory::setFilterRules(QStringLiteral("branch.*.debug=false\nbranch.*.info=false"));
        // On tmpfs where there is one: the test is about the audit rules, not
        // the disk's fsync.
        const QString root = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                                               : QDir::tempPath();
        m_dir = std::make_unique<QTemporaryDir>(root + QStringLiteral("/branch-volume-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(test::openDatabase(*m_db, m_dir->filePath(QStringLiteral("volume.sqlite"))));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // 100,000 audit rows built by the submission hook itself, on the real
    // table, a thousand to a transaction.
    void hundredThousandSessionsAreAllAudited()
    {
        AuditLog log(*m_db, m_clock, m_auditKey);
        const SubmissionRepository::StoredHook hook = auditSubmissions(log, QString(AuditActor::Kiosk));
        constexpr int total = 100000;
        constexpr int batch = 1000;
        int refused = 0;
        QString firstRefusal;
        SubmissionRequest r = request();
        SubmissionReceipt receipt;
        QElapsedTimer timer;
        timer.start();
        for (int start = 0; start < total; start += batch) {
            Transaction tx(m_db->connection());
            QVERIFY(!tx.begin().isError());
            for (int i = start; i < start + batch; ++i) {
                r.sessionId = randomSession(i);
                receipt.submissionId = i + 1;
                receipt.receiptNumber = ReceiptNumber{QStringLiteral("BJ01K02"), QDate(2025, 6, 15).addDays(i / 900000),
                                                      i % 900000 + 1}
                                            .toString();
                if (const StoreError e = hook(r, receipt, tx); e.isError()) {
                    ++refused;
                    if (firstRefusal.isEmpty())
                        firstRefusal = e.reason + u' ' + e.detail + u' ' + r.sessionId;
                }
            }
            QVERIFY(!tx.commit().isError());
        }
        const qint64 writeMs = timer.elapsed();
        QVERIFY2(refused == 0, qPrintable(QString::number(refused) + u' ' + firstRefusal));
        const auto verified = log.verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified.value.intact(), qPrintable(verified.value.reason));
        QCOMPARE(verified.value.rowsChecked, total);
        // A figure for the report, not an assertion.
        qInfo("%d audited in %lld ms, chain verified in %lld ms, %d refused", total, writeMs,
                 timer.elapsed() - writeMs, refused);
    }

    // The whole submission path, one transaction each: every one stored.
    void everySubmissionIsStored()
    {
        AuditLog log(*m_db, m_clock, m_auditKey);
        const PlainPayloadCodec codec;
        RandomKeySource keys;
        const SubmissionSettings settings{QStringLiteral("BJ01K02"), QTimeZone("Asia/Shanghai")};
        SubmissionRepository repo(*m_db, m_clock, codec, keys, settings);
        repo.setStoredHook(auditSubmissions(log, QString(AuditActor::Kiosk)));
        constexpr int total = 3000;
        int refused = 0;
        QString firstRefusal;
        SubmissionRequest r = request();
        for (int i = 0; i < total; ++i) {
            r.sessionId = randomSession(i);
            if (const auto stored = repo.submit(r); !stored.ok()) {
                ++refused;
                if (firstRefusal.isEmpty())
                    firstRefusal = stored.error.reason + u' ' + stored.error.detail + u' ' + r.sessionId;
            }
        }
        QVERIFY2(refused == 0, qPrintable(QString::number(refused) + u' ' + firstRefusal));
        QCOMPARE(repo.count().value, total);
        QCOMPARE(log.verify().value.rowsChecked, total);
    }
};

QTEST_GUILESS_MAIN(TestSubmissionVolume)
#include "tst_submission_volume.moc"
