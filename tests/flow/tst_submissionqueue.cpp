#include "TestAuditKey.h"
#include "FlowFixtures.h"
#include "PayloadCodec.h"
#include "SubmissionQueue.h"
#include "SubmissionRepository.h"
#include "IdempotencyKeySource.h"
#include "TestPrinters.h"

#include <QSignalSpy>
#include <QThread>

using branch::SubmissionResult;
using branch::SubmissionQueue;
using branch::SubmissionStage;

// The kiosk's submission off the GUI thread: same outcome as the synchronous
// service, reported through queued signals on the owner's thread.
class TestSubmissionQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void submitsOnTheWorkerAndReportsHere();
    void ordersFinishInTheOrderGiven();
    void stoppingLetsGivenOrdersFinish();
    void anUnopenableStoreFailsEveryOrder();

private:
    branch::SubmissionQueueOptions options() const;
    branch::SubmissionOrder order() const;
    qint64 stored() const;
    // Every result the queue reports, in order (a Result has no default
    // constructor, so QSignalSpy's variants cannot hand it back).
    const QList<SubmissionResult> &collect(SubmissionQueue &queue);

    QList<SubmissionResult> m_results;
    std::unique_ptr<QTemporaryDir> m_dir;
    branch::test::FakeClock m_clock{flowtest::fixedNow()};
    std::shared_ptr<const branch::PayloadCodec> m_codec = std::make_shared<branch::PlainPayloadCodec>();
    std::shared_ptr<const branch::AuditChainKey> m_auditKey = branch::test::auditKey();
};

const QList<SubmissionResult> &TestSubmissionQueue::collect(SubmissionQueue &queue)
{
    m_results.clear();
    connect(&queue, &SubmissionQueue::finished, this,
            [this](qint64, const SubmissionResult &result) { m_results.append(result); });
    return m_results;
}

void TestSubmissionQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSubmissionQueue::cleanup()
{
    m_dir.reset();
}

branch::SubmissionQueueOptions TestSubmissionQueue::options() const
{
    branch::SubmissionQueueOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("kiosk.sqlite"));
    o.codec = m_codec;
    o.auditKey = m_auditKey;
    o.clock = &m_clock;
    o.settings.kioskCode = QStringLiteral("KIOSK01");
    o.printer = std::make_shared<flowtest::TextReceiptPrinter>();
    o.receiptDirectory = m_dir->filePath(QStringLiteral("receipts"));
    return o;
}

branch::SubmissionOrder TestSubmissionQueue::order() const
{
    branch::SubmissionOrder o;
    o.service = flowtest::service(QStringLiteral("bank.transfer"));
    o.values = flowtest::transfer();
    o.sessionId = QStringLiteral("kiosk-7c9e6679-7425-40de-944b-e07fc1f90ae7");
    o.signaturePng = QByteArray("png");
    o.locale = QLocale(QLocale::Chinese, QLocale::China);
    return o;
}

qint64 TestSubmissionQueue::stored() const
{
    branch::Database db;
    if (!flowtest::open(db, m_dir->filePath(QStringLiteral("kiosk.sqlite"))))
        return -1;
    branch::RandomKeySource keys;
    branch::SubmissionRepository repository(db, m_clock, *m_codec, keys, {QStringLiteral("READER")});
    return repository.count().value;
}

void TestSubmissionQueue::submitsOnTheWorkerAndReportsHere()
{
    SubmissionQueue queue(options());
    QList<SubmissionStage> stages;
    QList<QThread *> threads;
    connect(&queue, &SubmissionQueue::progress, this, [&](qint64, SubmissionStage stage) {
        stages.append(stage);
        threads.append(QThread::currentThread());
    });
    QSignalSpy opened(&queue, &SubmissionQueue::opened);
    QSignalSpy finished(&queue, &SubmissionQueue::finished);
    const QList<SubmissionResult> &results = collect(queue);
    const qint64 ticket = queue.submit(order());
    QVERIFY(ticket > 0);
    QCOMPARE(queue.inFlight(), 1);
    QVERIFY(finished.wait(60000));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), QString());
    QCOMPARE(finished.at(0).at(0).toLongLong(), ticket);
    const SubmissionResult &outcome = results.at(0);
    QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
    QVERIFY(!outcome->stored.receiptNumber.isEmpty());
    QVERIFY(QFile::exists(outcome->receiptPath));
    QCOMPARE(queue.inFlight(), 0);
    QCOMPARE(stages, (QList<SubmissionStage>{SubmissionStage::Checking, SubmissionStage::Storing,
                                             SubmissionStage::WritingReceipt, SubmissionStage::Done}));
    for (QThread *thread : std::as_const(threads))
        QCOMPARE(thread, QThread::currentThread());
    QCOMPARE(stored(), 1);
}

void TestSubmissionQueue::ordersFinishInTheOrderGiven()
{
    SubmissionQueue queue(options());
    QSignalSpy finished(&queue, &SubmissionQueue::finished);
    const QList<SubmissionResult> &results = collect(queue);
    branch::SubmissionOrder invalid = order();
    invalid.values.remove(QStringLiteral("amount"));
    const qint64 first = queue.submit(order());
    const qint64 second = queue.submit(invalid);
    const qint64 third = queue.submit(order());
    QVERIFY(first < second && second < third);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
    QCOMPARE(finished.at(0).at(0).toLongLong(), first);
    QCOMPARE(finished.at(1).at(0).toLongLong(), second);
    QCOMPARE(finished.at(2).at(0).toLongLong(), third);
    QVERIFY(results.at(0).ok());
    QCOMPARE(results.at(1).reason(), QStringLiteral("invalid_form"));
    QVERIFY(results.at(2).ok());
    QCOMPARE(stored(), 2);
}

void TestSubmissionQueue::stoppingLetsGivenOrdersFinish()
{
    {
        SubmissionQueue queue(options());
        for (int i = 0; i < 3; ++i)
            queue.submit(order());
        queue.stop(); // returns once all three are stored
        QVERIFY(!queue.isRunning());
    }
    QCOMPARE(stored(), 3);
}

void TestSubmissionQueue::anUnopenableStoreFailsEveryOrder()
{
    branch::SubmissionQueueOptions o = options();
    // Below a plain file: SQLite cannot create the database there.
    QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    o.databasePath = m_dir->filePath(QStringLiteral("blocker/kiosk.sqlite"));
    SubmissionQueue queue(o);
    QSignalSpy opened(&queue, &SubmissionQueue::opened);
    QSignalSpy finished(&queue, &SubmissionQueue::finished);
    const QList<SubmissionResult> &results = collect(queue);
    queue.submit(order());
    QVERIFY(finished.wait(60000));
    QCOMPARE(opened.size(), 1);
    QVERIFY(!opened.at(0).at(0).toString().isEmpty());
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).reason(), opened.at(0).at(0).toString());
    QVERIFY(!results.at(0).error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSubmissionQueue)
#include "tst_submissionqueue.moc"
