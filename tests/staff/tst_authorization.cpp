// The authorization record's contract (docs/authorization.md): what core
// signs, how it travels, and what a kiosk or core refuses.
#include "Authorization.h"

#include <QTest>

#include <sodium.h>

using namespace branch;

namespace {

struct Keys
{
    QByteArray publicKey;
    QByteArray secretKey;
};

Keys makeKeys()
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    return {QByteArray(reinterpret_cast<const char *>(pk), sizeof pk),
            QByteArray(reinterpret_cast<const char *>(sk), sizeof sk)};
}

AuthorizationStatement statement()
{
    AuthorizationStatement s;
    s.id = QStringLiteral("0123456789abcdef0123456789abcdef");
    s.deviceId = QStringLiteral("K001");
    s.sessionId = QStringLiteral("visit-1");
    s.serviceId = QStringLiteral("bank.transfer");
    s.amountFen = 6000000;
    s.currency = QStringLiteral("CNY");
    s.supervisorId = QStringLiteral("S1024");
    s.enteredBy = QStringLiteral("customer");
    s.issuedAt = QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    s.expiresAt = s.issuedAt.addSecs(600);
    return s;
}

AuthorizationClaim claimFor(const AuthorizationStatement &s)
{
    return {s.deviceId, s.sessionId, s.serviceId, s.amountFen, s.currency, s.issuedAt.addSecs(60)};
}

} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT

private:
    Keys m_keys;
    AuthorizationRecord m_signed;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        m_keys = makeKeys();
        m_signed.statement = statement();
        m_signed.signature = signAuthorization(m_signed.statement, m_keys.secretKey);
        QCOMPARE(m_signed.signature.size(), qsizetype(64));
    }

    void roundTripsThroughJson()
    {
        QString reason;
        const std::optional<AuthorizationRecord> back = AuthorizationRecord::fromJson(m_signed.toJson(), &reason);
        QVERIFY2(back, qPrintable(reason));
        QCOMPARE(back->statement, m_signed.statement);
        QCOMPARE(back->signature, m_signed.signature);
        QVERIFY(back->verify(m_keys.publicKey));
        QVERIFY(!back->verify(makeKeys().publicKey));
    }

    // Changing any field after signing breaks the signature.
    void everyFieldIsSigned_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("id") << "id" << QJsonValue(QStringLiteral("fedcba9876543210fedcba9876543210"));
        QTest::newRow("device") << "deviceId" << QJsonValue(QStringLiteral("K002"));
        QTest::newRow("session") << "sessionId" << QJsonValue(QStringLiteral("visit-2"));
        QTest::newRow("service") << "serviceId" << QJsonValue(QStringLiteral("bank.account_open"));
        QTest::newRow("amount") << "amountFen" << QJsonValue(6000001);
        QTest::newRow("supervisor") << "supervisorId" << QJsonValue(QStringLiteral("S1025"));
        QTest::newRow("entered by") << "enteredBy" << QJsonValue(QStringLiteral("S2001"));
        QTest::newRow("issued") << "issuedAt" << QJsonValue(QStringLiteral("2026-12-06T10:00:01.000Z"));
        QTest::newRow("expires") << "expiresAt" << QJsonValue(QStringLiteral("2026-12-07T10:00:00.000Z"));
    }

    void everyFieldIsSigned()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject o = m_signed.toJson();
        o.insert(field, value);
        QString reason;
        const std::optional<AuthorizationRecord> changed = AuthorizationRecord::fromJson(o, &reason);
        QVERIFY2(changed, qPrintable(reason));
        QVERIFY(!changed->verify(m_keys.publicKey));
        QCOMPARE(AuthorizationCheck::refusal(*changed, m_keys.publicKey, claimFor(changed->statement)),
                 QStringLiteral("authorization_forged"));
    }

    void malformedIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("short id") << "id" << QJsonValue(QStringLiteral("0123")) << "authorization_id_invalid";
        QTest::newRow("upper-case id") << "id" << QJsonValue(QStringLiteral("0123456789ABCDEF0123456789ABCDEF"))
                                       << "authorization_id_invalid";
        QTest::newRow("device with a space") << "deviceId" << QJsonValue(QStringLiteral("K 1"))
                                             << "authorization_device_id_invalid";
        QTest::newRow("empty session") << "sessionId" << QJsonValue(QString()) << "authorization_session_id_invalid";
        QTest::newRow("long service") << "serviceId" << QJsonValue(QString(65, u'a'))
                                      << "authorization_service_id_invalid";
        QTest::newRow("fractional fen") << "amountFen" << QJsonValue(1.5) << "authorization_amount_invalid";
        QTest::newRow("negative fen") << "amountFen" << QJsonValue(-1) << "authorization_amount_invalid";
        QTest::newRow("fen as text") << "amountFen" << QJsonValue(QStringLiteral("100")) << "authorization_amount_invalid";
        QTest::newRow("dollars") << "currency" << QJsonValue(QStringLiteral("USD")) << "authorization_currency_invalid";
        QTest::newRow("supervisor shape") << "supervisorId" << QJsonValue(QStringLiteral("staff:S1"))
                                          << "authorization_supervisor_id_invalid";
        QTest::newRow("entered by shape") << "enteredBy" << QJsonValue(QStringLiteral("1"))
                                          << "authorization_entered_by_invalid";
        QTest::newRow("local time") << "issuedAt" << QJsonValue(QStringLiteral("2026-12-06T10:00:00.000"))
                                    << "authorization_issued_at_invalid";
        QTest::newRow("expires first") << "expiresAt" << QJsonValue(QStringLiteral("2026-12-06T09:00:00.000Z"))
                                       << "authorization_expires_at_invalid";
        QTest::newRow("short signature") << "signature" << QJsonValue(QStringLiteral("00ff"))
                                         << "authorization_signature_invalid";
        QTest::newRow("extra field") << "note" << QJsonValue(QStringLiteral("x")) << "authorization_malformed";
    }

    void malformedIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject o = m_signed.toJson();
        o.insert(field, value);
        QString got;
        QVERIFY(!AuthorizationRecord::fromJson(o, &got));
        QCOMPARE(got, reason);
    }

    void missingFieldIsRefused()
    {
        QJsonObject o = m_signed.toJson();
        o.remove(QStringLiteral("expiresAt"));
        QString got;
        QVERIFY(!AuthorizationRecord::fromJson(o, &got));
        QCOMPARE(got, QStringLiteral("authorization_malformed"));
    }

    void checks_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        QTest::newRow("covers it") << "" << "";
        QTest::newRow("other kiosk") << "device" << "authorization_mismatch";
        QTest::newRow("other visit") << "session" << "authorization_mismatch";
        QTest::newRow("other service") << "service" << "authorization_mismatch";
        QTest::newRow("other amount") << "amount" << "authorization_mismatch";
        QTest::newRow("other currency") << "currency" << "authorization_mismatch";
        QTest::newRow("made after expiry") << "late" << "authorization_expired";
        QTest::newRow("made long before issue") << "early" << "authorization_expired";
        QTest::newRow("core does not check visits") << "no session" << "";
    }

    void checks()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        AuthorizationClaim claim = claimFor(m_signed.statement);
        if (change == u"device")
            claim.deviceId = QStringLiteral("K002");
        else if (change == u"session")
            claim.sessionId = QStringLiteral("visit-2");
        else if (change == u"service")
            claim.serviceId = QStringLiteral("bank.fx_exchange");
        else if (change == u"amount")
            claim.amountFen += 1;
        else if (change == u"currency")
            claim.currency = QStringLiteral("USD");
        else if (change == u"late")
            claim.at = m_signed.statement.expiresAt.addSecs(AuthorizationPolicy::ClockSkewSeconds + 1);
        else if (change == u"early")
            claim.at = m_signed.statement.issuedAt.addSecs(-3600);
        else if (change == u"no session")
            claim.sessionId.clear();
        QCOMPARE(AuthorizationCheck::refusal(m_signed, m_keys.publicKey, claim), reason);
    }

    void dualControlIsChecked()
    {
        AuthorizationRecord same = m_signed;
        same.statement.enteredBy = same.statement.supervisorId;
        same.signature = signAuthorization(same.statement, m_keys.secretKey);
        QCOMPARE(AuthorizationCheck::refusal(same, m_keys.publicKey, claimFor(same.statement)),
                 QStringLiteral("authorization_same_person"));
    }

    void notConfusedWithOtherSignedMessages()
    {
        // The statement's bytes start with their own tag: a signature over
        // anything core signs for another purpose cannot pass for one.
        QVERIFY(m_signed.statement.message().startsWith("branchsuite authorization v1"));
        QVERIFY(signAuthorization(statement(), QByteArray(10, 'x')).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
