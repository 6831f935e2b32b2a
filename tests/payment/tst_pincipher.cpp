#include "PaymentReason.h"
#include "PinCipher.h"

#include <QTest>

using namespace branch;

// The AES block primitive of ISO-4, against FIPS-197's appendix C examples.
class TestPinCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("cipher");
        const QByteArray plain = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QTest::newRow("AES-128 (C.1)") << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f") << plain
                                      << QByteArray::fromHex("69c4e0d86a7b0430d8cdb78070b4c55a");
        QTest::newRow("AES-256 (C.3)")
            << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f") << plain
            << QByteArray::fromHex("8ea2b7ca516745bfeafc49904b496089");
    }

    void knownAnswers()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, cipher);
        const Result<QByteArray> encrypted = PinCipher::encryptBlock(key, plain);
        QVERIFY(encrypted.ok());
        QCOMPARE(encrypted.value(), cipher);
        const Result<QByteArray> decrypted = PinCipher::decryptBlock(key, cipher);
        QVERIFY(decrypted.ok());
        QCOMPARE(decrypted.value(), plain);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("block");
        QTest::addColumn<QString>("reason");
        const QByteArray key(16, 'k');
        const QByteArray block(16, 'b');
        QTest::newRow("no key") << QByteArray() << block << QString(PaymentReason::PinKeyInvalid);
        QTest::newRow("AES-192 key") << QByteArray(24, 'k') << block << QString(PaymentReason::PinKeyInvalid);
        QTest::newRow("15-byte key") << QByteArray(15, 'k') << block << QString(PaymentReason::PinKeyInvalid);
        QTest::newRow("short block") << key << QByteArray(15, 'b') << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("two blocks") << key << QByteArray(32, 'b') << QString(PaymentReason::PinBlockMalformed);
    }

    void refusals()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, block);
        QFETCH(QString, reason);
        QCOMPARE(PinCipher::encryptBlock(key, block).reason(), reason);
        QCOMPARE(PinCipher::decryptBlock(key, block).reason(), reason);
    }
};

QTEST_GUILESS_MAIN(TestPinCipher)
#include "tst_pincipher.moc"
