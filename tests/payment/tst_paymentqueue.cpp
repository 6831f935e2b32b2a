// PaymentQueue: PaymentService on a worker thread against the real
// branch-core on loopback (CoreRig, mutual TLS), with the simulated card
// reader and PIN pad. The owner's thread keeps running its event loop while a
// payment is under way, and results come back as queued signals.
#include "Clock.h"
#include "CoreCharges.h"
#include "CoreHarness.h"
#include "KioskEndpoint.h"
#include "PaymentQueue.h"
#include "PaymentReason.h"
#include "PaymentRepository.h"
#include "SimulatedCardReader.h"
#include "SimulatedPinPad.h"
#include "TestCards.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using namespace std::chrono_literals;

namespace {

// The real client, with core's answer to one authorisation lost on the way
// back (a timeout after core charged): fault injection through the interface.
class LosingGateway final : public PaymentGateway
{
public:
    LosingGateway(std::unique_ptr<PaymentGateway> real, std::atomic_bool *loseNext)
        : m_real(std::move(real)), m_loseNext(loseNext)
    {
    }
    GatewayReply authorise(const PaymentRequest &request) override
    {
        GatewayReply reply = m_real->authorise(request);
        if (m_loseNext->exchange(false))
            return GatewayReply{GatewayStatus::NoAnswer, {}, QStringLiteral("timeout")};
        return reply;
    }
    GatewayReply status(const QString &key) override { return m_real->status(key); }

private:
    std::unique_ptr<PaymentGateway> m_real;
    std::atomic_bool *m_loseNext;
};

} // namespace

class TestPaymentQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::CoreRig> m_rig;
    SystemClock m_clock;
    std::shared_ptr<SimulatedCardReader> m_reader;
    std::unique_ptr<PaymentQueue> m_queue;
    // The thread each gateway was made on.
    QList<QThread *> m_gatewayThreads;
    std::atomic_bool m_loseNext{false};

    PaymentResult payAndWait(const QString &card, qint64 fen, const QString &reference)
    {
        m_reader->insert(TestCards::byName(card)->track2);
        QSignalSpy paid(m_queue.get(), &PaymentQueue::paid);
        const qint64 ticket = m_queue->pay(Money(fen), reference);
        if (!paid.wait(30'000) || paid.constFirst().at(0).toLongLong() != ticket)
            return {};
        return paid.constFirst().at(1).value<PaymentResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false"));
        m_rig = std::make_unique<test::CoreRig>(m_dir.path());
        QVERIFY(m_rig->makePki());
        QVERIFY(m_rig->startCore());
        QVERIFY(m_rig->enrol());

        PaymentQueueOptions options;
        options.databasePath = m_rig->kioskDb();
        const QString db = m_rig->kioskDb();
        const QString secrets = m_rig->secrets();
        options.gateway = [this, db, secrets]() -> std::unique_ptr<PaymentGateway> {
            m_gatewayThreads.append(QThread::currentThread());
            Database settings;
            if (!settings.open({db}).ok)
                return nullptr;
            QString error;
            std::unique_ptr<PaymentGateway> real = test::kioskClient(settings, secrets, &error);
            return real ? std::make_unique<LosingGateway>(std::move(real), &m_loseNext) : nullptr;
        };
        m_reader = std::make_shared<SimulatedCardReader>();
        options.reader = m_reader;
        options.pad = std::make_shared<SimulatedPinPad>(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
        options.clock = &m_clock;
        options.deviceWait = 1s;
        // Core's 404 counts at once here: the test knows core never had the payment.
        options.notFoundGrace = 0ms;
        m_queue = std::make_unique<PaymentQueue>(options);
        QSignalSpy opened(m_queue.get(), &PaymentQueue::opened);
        m_queue->start();
        QVERIFY(opened.wait(10'000));
        QCOMPARE(opened.constFirst().at(0).toString(), QString());
        QCOMPARE(m_gatewayThreads.size(), 1);
        QVERIFY(m_gatewayThreads.constFirst() != QThread::currentThread());
    }

    void cleanupTestCase()
    {
        m_queue.reset();
        if (m_rig)
            m_rig->stopCore();
    }

    void authorisedOffTheOwnersThread()
    {
        const PaymentResult result = payAndWait(QStringLiteral("ok"), 20'325, QStringLiteral("queue-1"));
        QCOMPARE(result.state, PaymentState::Authorised);
        QCOMPARE(result.authorisation.size(), 6);
        QCOMPARE(result.key.size(), 32);
        QCOMPARE(m_queue->inFlight(), 0);
    }

    void refusalsKeepTheirReason_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("reason");
        QTest::newRow("insufficient funds") << "insufficient_funds" << QString(PaymentReason::InsufficientFunds);
        QTest::newRow("wrong PIN") << "wrong_pin" << QString(PaymentReason::WrongPin);
        QTest::newRow("limit") << "limit_exceeded" << QString(PaymentReason::LimitExceeded);
        QTest::newRow("pad timeout") << "payment_timeout" << QString(PaymentReason::Timeout);
    }

    void refusalsKeepTheirReason()
    {
        QFETCH(QString, card);
        QFETCH(QString, reason);
        const PaymentResult result = payAndWait(card, 20'325, QStringLiteral("queue-2"));
        QCOMPARE(result.state, PaymentState::Declined);
        QCOMPARE(result.reason, reason);
        QVERIFY(!result.message().isEmpty());
    }

    // Core charged but its answer was lost: the payment is Unknown and never
    // sent again; resolve() asks core for the key and settles it with core's
    // authorisation. One charge at core.
    void unknownIsResolvedByAskingCore()
    {
        m_loseNext = true;
        const PaymentResult lost = payAndWait(QStringLiteral("ok"), 1'000, QStringLiteral("queue-3"));
        QCOMPARE(lost.state, PaymentState::Unknown);
        QVERIFY(!lost.key.isEmpty());
        QVERIFY(!lost.message().isEmpty());

        QSignalSpy resolved(m_queue.get(), &PaymentQueue::resolved);
        m_queue->resolve();
        QVERIFY(resolved.wait(30'000));
        const auto results = resolved.constFirst().at(1).value<QList<PaymentResult>>();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.constFirst().key, lost.key);
        QCOMPARE(results.constFirst().state, PaymentState::Authorised);
        QCOMPARE(results.constFirst().authorisation.size(), 6);

        Database kiosk;
        QVERIFY(kiosk.open({m_rig->kioskDb()}).ok);
        QVERIFY(PaymentRepository(kiosk).unresolved().value.isEmpty());
        const test::CoreCharges charges = test::chargesAt(m_rig->coreDb(), QStringLiteral("queue-3"));
        QCOMPARE(charges.count, 1);
        QCOMPARE(charges.authorisation, results.constFirst().authorisation);
    }
};

QTEST_MAIN(TestPaymentQueue)
#include "tst_paymentqueue.moc"
