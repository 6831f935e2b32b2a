#include "Database.h"
#include "FakeClock.h"
#include "IdempotencyKeySource.h"
#include "PaymentGateway.h"
#include "PaymentReason.h"
#include "PaymentRepository.h"
#include "PaymentService.h"
#include "SimulatedCardReader.h"
#include "SimulatedPinPad.h"
#include "TestCards.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;

namespace {

// A scripted core behind PaymentGateway (HttpsCoreClient is the real one,
// tested against branch-core in tst_payment_e2e). It records what it was
// asked and what the kiosk had on disk at that moment.
class ScriptedGateway final : public PaymentGateway
{
public:
    explicit ScriptedGateway(PaymentRepository &repo) : m_repo(repo) {}

    QList<GatewayReply> authoriseReplies;
    QList<GatewayReply> statusReplies;
    QStringList authorised; // keys sent to POST
    QStringList asked;      // keys sent to GET
    QList<std::optional<PaymentState>> stateOnDisk;

    GatewayReply authorise(const PaymentRequest &request) override
    {
        authorised << request.key;
        const auto row = m_repo.find(request.key);
        stateOnDisk << (row.value ? std::optional(row.value->state) : std::nullopt);
        return authoriseReplies.isEmpty() ? GatewayReply{} : authoriseReplies.takeFirst();
    }
    GatewayReply status(const QString &key) override
    {
        asked << key;
        return statusReplies.isEmpty() ? GatewayReply{} : statusReplies.takeFirst();
    }

private:
    PaymentRepository &m_repo;
};

GatewayReply answered(PaymentState state, const QString &reason = {}, const QString &code = {})
{
    GatewayReply r;
    r.status = GatewayStatus::Answered;
    r.outcome.state = state;
    r.outcome.reason = reason;
    r.outcome.authorisation = code;
    return r;
}

} // namespace

// The payment outbox discipline, on a real SQLite file and the simulators:
// recorded before core is asked, settled by core's answer, an unknown
// outcome resolved by asking for the same key and never sent again.
class TestPaymentService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    Database m_db;
    std::unique_ptr<PaymentRepository> m_repo;
    std::unique_ptr<ScriptedGateway> m_core;
    SimulatedCardReader m_reader;
    SimulatedPinPad m_pad{TestCards::developmentPinKey(), QStringLiteral("dev-1")};
    RandomKeySource m_keys;
    test::FakeClock m_clock;
    std::unique_ptr<PaymentService> m_service;

private Q_SLOTS:
    void init()
    {
        m_db.close();
        QVERIFY(m_db.open({m_dir.filePath(QStringLiteral("kiosk-%1.db").arg(++m_files))}).ok);
        m_repo = std::make_unique<PaymentRepository>(m_db);
        m_core = std::make_unique<ScriptedGateway>(*m_repo);
        m_reader.insert(TestCards::byName(QStringLiteral("ok"))->track2);
        m_service = std::make_unique<PaymentService>(*m_repo, *m_core, m_reader, m_pad, m_keys, m_clock);
    }

    void authorisedAfterRecording()
    {
        m_core->authoriseReplies << answered(PaymentState::Authorised, {}, QStringLiteral("A1B2C3"));
        const PaymentResult r = m_service->pay(Money(12'050), QStringLiteral("bill-1"));
        QVERIFY(r.charged());
        QCOMPARE(r.authorisation, QStringLiteral("A1B2C3"));
        QCOMPARE(m_core->stateOnDisk, QList<std::optional<PaymentState>>{PaymentState::Pending});
        QCOMPARE(m_repo->find(r.key).value->state, PaymentState::Authorised);
        QVERIFY(m_repo->unresolved().value.isEmpty());
    }

    void declinedWithItsReason()
    {
        m_core->authoriseReplies << answered(PaymentState::Declined, QString(PaymentReason::WrongPin));
        const PaymentResult r = m_service->pay(Money(100), QStringLiteral("bill-1"));
        QCOMPARE(r.state, PaymentState::Declined);
        QCOMPARE(r.reason, QString(PaymentReason::WrongPin));
        QCOMPARE(r.message(), PaymentMessages::messageFor(PaymentReason::WrongPin));
        QCOMPARE(m_repo->find(r.key).value->reason, QString(PaymentReason::WrongPin));
    }

    // Before anything reaches core: nothing recorded, core not asked.
    void cardOrPadFailureAsksNothing_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unreadable") << QStringLiteral("card_unreadable") << QString(PaymentReason::CardUnreadable);
        QTest::newRow("pad timeout") << QStringLiteral("payment_timeout") << QString(PaymentReason::Timeout);
        QTest::newRow("no card") << QString() << QString(PaymentReason::Timeout);
    }

    void cardOrPadFailureAsksNothing()
    {
        QFETCH(QString, card);
        QFETCH(QString, reason);
        if (card.isEmpty())
            m_reader.remove();
        else
            m_reader.insert(TestCards::byName(card)->track2);
        const PaymentResult r = m_service->pay(Money(100), QStringLiteral("bill-1"));
        QCOMPARE(r.reason, reason);
        QVERIFY(r.key.isEmpty());
        QVERIFY(m_core->authorised.isEmpty());
        QVERIFY(m_repo->unresolved().value.isEmpty());
    }

    // No answer: Unknown, and resolve() asks for the same key and never
    // sends the payment again.
    void noAnswerIsResolvedByKey()
    {
        m_core->authoriseReplies << GatewayReply{GatewayStatus::NoAnswer, {}, QStringLiteral("timeout")};
        const PaymentResult r = m_service->pay(Money(100), QStringLiteral("bill-1"));
        QCOMPARE(r.state, PaymentState::Unknown);
        QCOMPARE(r.reason, QString(PaymentReason::Unknown));
        QCOMPARE(m_repo->find(r.key).value->state, PaymentState::Unknown);

        m_core->statusReplies << GatewayReply{GatewayStatus::NoAnswer, {}, QStringLiteral("timeout")}
                              << answered(PaymentState::Authorised, {}, QStringLiteral("A1B2C3"));
        QCOMPARE(m_service->resolve().value(0).state, PaymentState::Unknown);
        const QList<PaymentResult> resolved = m_service->resolve();
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.at(0).state, PaymentState::Authorised);
        QCOMPARE(m_core->asked, (QStringList{r.key, r.key}));
        QCOMPARE(m_core->authorised.size(), 1);
        QVERIFY(m_service->resolve().isEmpty());
    }

    // A 404 counts only once core cannot still be receiving the request.
    void notFoundAfterTheGrace()
    {
        m_core->authoriseReplies << GatewayReply{GatewayStatus::NoAnswer, {}, QStringLiteral("transport_error")};
        const PaymentResult r = m_service->pay(Money(100), QStringLiteral("bill-1"));
        m_core->statusReplies << GatewayReply{GatewayStatus::NotFound, {}, QString(PaymentReason::NotFound)}
                              << GatewayReply{GatewayStatus::NotFound, {}, QString(PaymentReason::NotFound)};
        QCOMPARE(m_service->resolve().value(0).state, PaymentState::Unknown);
        m_clock.advance(60'000);
        const PaymentResult settled = m_service->resolve().value(0);
        QCOMPARE(settled.state, PaymentState::Declined);
        QCOMPARE(settled.reason, QString(PaymentReason::NotFound));
        QCOMPARE(m_repo->find(r.key).value->state, PaymentState::Declined);
    }

    // Core refused the request before deciding: nothing charged, declined.
    void refusedIsDeclined()
    {
        m_core->authoriseReplies << GatewayReply{GatewayStatus::Refused, {}, QStringLiteral("bad_request")};
        const PaymentResult r = m_service->pay(Money(100), QStringLiteral("bill-1"));
        QCOMPARE(r.state, PaymentState::Declined);
        QCOMPARE(m_repo->find(r.key).value->state, PaymentState::Declined);
    }

    // Without a durable record there is no payment: core is not asked.
    void noRecordNoRequest()
    {
        m_db.close();
        const PaymentResult r = m_service->pay(Money(100), QStringLiteral("bill-1"));
        QCOMPARE(r.state, PaymentState::Declined);
        QVERIFY(!r.reason.isEmpty());
        QVERIFY(m_core->authorised.isEmpty());
    }

    void invalidAmount()
    {
        QCOMPARE(m_service->pay(Money(0), QStringLiteral("bill-1")).reason, QString(PaymentReason::InvalidAmount));
        QVERIFY(m_core->authorised.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPaymentService)
#include "tst_paymentservice.moc"
