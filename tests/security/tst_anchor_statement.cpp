// The audit anchor's contract shared by the kiosk and core: the chain's
// link, the statement core signs (Ed25519, libsodium), and the audit chain
// key's SecretStore form.
#include "AnchorStatement.h"
#include "AuditChainKey.h"
#include "SecureKey.h"

#include <QCryptographicHash>
#include <QTest>

using namespace branch;

class TestAnchorStatement : public QObject
{
    Q_OBJECT

private:
    static AnchorStatement statement()
    {
        return {QStringLiteral("K001"), 42, QString(64, u'a'), QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC)};
    }

private Q_SLOTS:
    void linkIsVersionedSha256()
    {
        const QByteArray mac(32, '\x11');
        QByteArray input("\x02", 1);
        input += AuditChain::genesis() + mac;
        QCOMPARE(AuditChain::link(AuditChain::genesis(), mac), QCryptographicHash::hash(input, QCryptographicHash::Sha256));
        const QByteArray two = mac + QByteArray(32, '\x22');
        QCOMPARE(AuditChain::fold(AuditChain::genesis(), two),
                 AuditChain::link(AuditChain::link(AuditChain::genesis(), mac), QByteArray(32, '\x22')));
        QVERIFY(AuditChain::isHexHash(QString(64, u'f')));
        QVERIFY(!AuditChain::isHexHash(QString(64, u'F')));
        QVERIFY(!AuditChain::isHexHash(QString(63, u'0')));
    }

    void signedStatementVerifies()
    {
        const auto signer = AnchorSigner::generate();
        QVERIFY(signer);
        const SignedAnchor anchor = signer->sign(statement());
        QVERIFY(anchor.verify());
        QCOMPARE(anchor.publicKey, signer->publicKey());
        // The same key from its stored secret half.
        const auto reloaded = AnchorSigner::fromSecretKey(signer->secretKey());
        QVERIFY(reloaded);
        QCOMPARE(reloaded->publicKey(), signer->publicKey());
        QVERIFY(!AnchorSigner::fromSecretKey(QByteArray(10, 'x')));
    }

    void changedStatementDoesNotVerify_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("device") << 0;
        QTest::newRow("sequence") << 1;
        QTest::newRow("head") << 2;
        QTest::newRow("time") << 3;
        QTest::newRow("other key") << 4;
    }

    void changedStatementDoesNotVerify()
    {
        QFETCH(int, field);
        SignedAnchor anchor = AnchorSigner::generate()->sign(statement());
        switch (field) {
        case 0: anchor.statement.deviceId = QStringLiteral("K002"); break;
        case 1: anchor.statement.sequence = 41; break;
        case 2: anchor.statement.head = QString(64, u'b'); break;
        case 3: anchor.statement.anchoredAt = anchor.statement.anchoredAt.addMSecs(1); break;
        default: anchor.publicKey = AnchorSigner::generate()->publicKey(); break;
        }
        QVERIFY(!anchor.verify());
    }

    void chainKeyRoundTrips()
    {
        const auto key = AuditChainKey::generate(501);
        QVERIFY(key);
        QByteArray stored = key->encode();
        QCOMPARE(stored.size(), 44);
        QVERIFY(stored.startsWith("BAK1"));
        const auto back = AuditChainKey::decode(stored);
        QVERIFY(stored.isEmpty()); // scrubbed
        QVERIFY(back);
        QCOMPARE(back->keyedFrom(), 501);
        QCOMPARE(back->mac("row"), key->mac("row"));
        QVERIFY(back->mac("row") != AuditChainKey::generate(501)->mac("row"));
        QVERIFY(!AuditChainKey::generate(0));
    }

    void malformedChainKeyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("secret");
        const QByteArray good = AuditChainKey::generate(1)->encode();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << good.chopped(1);
        QTest::newRow("long") << good + 'x';
        QTest::newRow("KEK magic") << QByteArray("BK1x") + good.mid(4);
        QTest::newRow("keyed from 0") << good.left(4) + QByteArray(8, '\0') + good.mid(12);
    }

    void malformedChainKeyIsRefused()
    {
        QFETCH(QByteArray, secret);
        QVERIFY(!AuditChainKey::decode(secret));
    }
};

QTEST_GUILESS_MAIN(TestAnchorStatement)
#include "tst_anchor_statement.moc"
