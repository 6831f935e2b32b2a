// Supervisor authorization end to end (issue 13 section 4): the kiosk's
// HttpsCoreClient asks a real branch-core over mutual TLS, core checks the
// secret, the role and dual control and signs; SupervisorApproval checks
// what core signed; core then applies a transaction above the limit only with
// that authorization, once, and refuses a missing, forged or replayed one.
#include "CoreHarness.h"
#include "KioskEndpoint.h"
#include "StaffCoreTool.h"
#include "SupervisorApproval.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace branch;

namespace {

const QString kDevice = QStringLiteral("K001");

QString randomKey()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

AuthorizationAsk transferAsk(qint64 fen, const QString &enteredBy = QString(AuthorizationPolicy::Customer))
{
    AuthorizationAsk ask;
    ask.deviceId = kDevice;
    ask.sessionId = QStringLiteral("visit-1");
    ask.serviceId = QStringLiteral("bank.transfer");
    ask.amount = Money(fen);
    ask.enteredBy = enteredBy;
    return ask;
}

} // namespace

class TestAuthorizationE2e : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CoreRig> m_rig;
    Database m_db;
    std::unique_ptr<HttpsCoreClient> m_client;
    int m_sequence = 0;

    AuthorizationResult approve(const AuthorizationAsk &ask, const QString &supervisor, const QString &secret)
    {
        return SupervisorApproval::approve(m_client.get(), ask, supervisor, secret);
    }

    CoreTransaction transfer(qint64 fen, const std::optional<AuthorizationRecord> &authorization)
    {
        CoreTransaction tx;
        tx.key = randomKey();
        tx.orderingKey = QStringLiteral("visit-1");
        tx.sequence = ++m_sequence;
        tx.serviceId = QStringLiteral("bank.transfer");
        tx.receiptNo = QStringLiteral("%1-20261206-%2").arg(kDevice).arg(m_sequence, 4, 10, QLatin1Char('0'));
        tx.createdAt = QDateTime::currentDateTimeUtc();
        tx.amount = Money(fen);
        tx.payload = QJsonObject{{QStringLiteral("purpose"), QStringLiteral("family")}};
        if (authorization)
            tx.authorization = authorization->toJson();
        return tx;
    }

    CoreResult send(const CoreTransaction &tx)
    {
        const BatchReply reply = m_client->sendBatch({tx});
        if (!reply.ok() || reply.results.size() != 1)
            return {};
        return reply.results.constFirst();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false"));
        m_rig = std::make_unique<test::CoreRig>(m_dir.path());
        QVERIFY(m_rig->makePki());
        m_rig->setReferenceServices({QStringLiteral("bank.transfer")});
        QVERIFY(m_rig->startCore());
        QVERIFY(m_rig->enrol(kDevice));
        QVERIFY(m_db.open({m_rig->kioskDb()}).ok);
        QString error;
        m_client = test::kioskClient(m_db, m_rig->secrets(), &error);
        QVERIFY2(m_client, qPrintable(error));
        QVERIFY(test::addStaff(*m_rig, QStringLiteral("S1024"), QStringLiteral("supervisor"), "counter-2026"));
        QVERIFY(test::addStaff(*m_rig, QStringLiteral("S2001"), QStringLiteral("teller"), "204816"));
    }

    void cleanupTestCase()
    {
        if (m_rig)
            m_rig->stopCore();
    }

    // Every refusal reaches the kiosk with its reason; nothing is signed.
    void refusals_data()
    {
        QTest::addColumn<QString>("supervisor");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("enteredBy");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("reason");
        const QString customer(AuthorizationPolicy::Customer);
        QTest::newRow("wrong secret") << "S1024" << "counter-2025" << customer << qint64(6000000) << "wrong_secret";
        QTest::newRow("unknown id") << "S4040" << "counter-2026" << customer << qint64(6000000) << "wrong_secret";
        QTest::newRow("a teller") << "S2001" << "204816" << customer << qint64(6000000) << "not_a_supervisor";
        QTest::newRow("dual control") << "S1024" << "counter-2026" << "S1024" << qint64(6000000) << "same_person";
        QTest::newRow("below the limit") << "S1024" << "counter-2026" << customer << qint64(4000000) << "not_needed";
        QTest::newRow("bad id") << "1024" << "counter-2026" << customer << qint64(6000000) << "staff_id_invalid";
        QTest::newRow("no secret") << "S1024" << "" << customer << qint64(6000000) << "secret_empty";
    }

    void refusals()
    {
        QFETCH(QString, supervisor);
        QFETCH(QString, secret);
        QFETCH(QString, enteredBy);
        QFETCH(qint64, fen);
        QFETCH(QString, reason);
        const AuthorizationResult r = approve(transferAsk(fen, enteredBy), supervisor, secret);
        QCOMPARE(r.reason, reason);
        QVERIFY(!r.record);
        QVERIFY(!r.message.isEmpty());
    }

    void dualControlAgainstTheTellerAtTheKiosk()
    {
        // A teller signed in at the kiosk entered it: another supervisor may approve.
        const AuthorizationResult r = approve(transferAsk(6000000, QStringLiteral("S2001")), QStringLiteral("S1024"),
                                              QStringLiteral("counter-2026"));
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(r.record->statement.enteredBy, QStringLiteral("S2001"));
    }

    // The whole story: refused without, applied with, refused when replayed.
    void coreAppliesOnlyWithTheAuthorization()
    {
        const qint64 fen = 6000000; // CNY 60,000, above bank.transfer's 50,000
        CoreResult missing = send(transfer(fen, std::nullopt));
        QCOMPARE(missing.outcome, QStringLiteral("rejected"));
        QCOMPARE(missing.reason, QStringLiteral("authorization_missing"));

        const AuthorizationResult given = approve(transferAsk(fen), QStringLiteral("S1024"), QStringLiteral("counter-2026"));
        QVERIFY2(given.ok(), qPrintable(given.reason));
        QCOMPARE(given.record->statement.supervisorId, QStringLiteral("S1024"));
        QCOMPARE(given.record->statement.amountFen, fen);
        QCOMPARE(given.record->statement.deviceId, kDevice);

        const CoreTransaction first = transfer(fen, given.record);
        const CoreResult applied = send(first);
        QCOMPARE(applied.outcome, QStringLiteral("applied"));
        // The same transaction again is a replay of its result, not a new use.
        QCOMPARE(send(first).outcome, QStringLiteral("applied"));

        const CoreResult replayed = send(transfer(fen, given.record));
        QCOMPARE(replayed.outcome, QStringLiteral("rejected"));
        QCOMPARE(replayed.reason, QStringLiteral("authorization_already_used"));
    }

    void coreRefusesWhatTheAuthorizationDoesNotCover()
    {
        const qint64 fen = 7000000;
        const AuthorizationResult given = approve(transferAsk(fen), QStringLiteral("S1024"), QStringLiteral("counter-2026"));
        QVERIFY2(given.ok(), qPrintable(given.reason));

        CoreResult other = send(transfer(fen + 100, given.record));
        QCOMPARE(other.reason, QStringLiteral("authorization_mismatch"));

        AuthorizationRecord raised = *given.record;
        raised.statement.amountFen = fen + 100; // the amount raised after signing
        CoreResult forged = send(transfer(fen + 100, raised));
        QCOMPARE(forged.reason, QStringLiteral("authorization_forged"));

        // Signed by a key that is not core's.
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        unsigned char sk[crypto_sign_SECRETKEYBYTES];
        QVERIFY(sodium_init() >= 0);
        crypto_sign_keypair(pk, sk);
        AuthorizationRecord selfSigned = *given.record;
        selfSigned.statement.id = randomKey();
        selfSigned.signature =
            signAuthorization(selfSigned.statement, QByteArray(reinterpret_cast<const char *>(sk), sizeof sk));
        QCOMPARE(send(transfer(fen, selfSigned)).reason, QStringLiteral("authorization_forged"));

        // The untouched one still works once.
        QCOMPARE(send(transfer(fen, given.record)).outcome, QStringLiteral("applied"));
    }

    void kioskRefusesARecordNotSignedByThePinnedKey()
    {
        AuthorizationAsk ask = transferAsk(8000000);
        ask.pinnedCoreKey = QByteArray(32, '\x07'); // not core's key
        const AuthorizationResult r = approve(ask, QStringLiteral("S1024"), QStringLiteral("counter-2026"));
        QCOMPARE(r.reason, QStringLiteral("authorization_forged"));
        QVERIFY(!r.ok());
    }

    void malformedAuthorizationIsRejected()
    {
        CoreTransaction tx = transfer(6000000, std::nullopt);
        tx.authorization = QJsonObject{{QStringLiteral("id"), QStringLiteral("nope")}};
        QCOMPARE(send(tx).reason, QStringLiteral("authorization_malformed"));
    }

    // Last: core stops. No offline approval.
    void noApprovalWithoutCore()
    {
        m_rig->stopCore();
        const AuthorizationResult r =
            approve(transferAsk(6000000), QStringLiteral("S1024"), QStringLiteral("counter-2026"));
        QCOMPARE(r.reason, QStringLiteral("core_unreachable"));
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationE2e)
#include "tst_authorization_e2e.moc"
