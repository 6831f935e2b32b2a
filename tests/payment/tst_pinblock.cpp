#include "PaymentReason.h"
#include "PinBlock.h"
#include "PinCipher.h"

#include <QTest>

using namespace branch;

namespace {
QByteArray xorHex(const char *a, const char *b)
{
    const QByteArray x = QByteArray::fromHex(a);
    const QByteArray y = QByteArray::fromHex(b);
    QByteArray out(x.size(), '\0');
    for (qsizetype i = 0; i < x.size(); ++i)
        out[i] = char(x.at(i) ^ y.at(i));
    return out;
}
} // namespace

// ISO 9564-1 formats 0 and 4: building, parsing, and every refusal of the
// verifying side.
class TestPinBlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Format 0 examples worked by hand: PIN field 0 N P..P F..F XOR PAN field
    // 0000 + the 12 PAN digits left of the check digit. The first is the
    // example of the EFTlab and Wikipedia pages on PIN block formats.
    void iso0Vectors_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QByteArray>("pan");
        QTest::addColumn<QByteArray>("block");
        QTest::newRow("published 43219876543210987") << QByteArray("1234") << QByteArray("43219876543210987")
                                                     << QByteArray("0412AC89ABCDEF67");
        QTest::newRow("1234 / 4111111111111111") << QByteArray("1234") << QByteArray("4111111111111111")
                                                 << QByteArray("041225EEEEEEEEEE");
        QTest::newRow("12 digits") << QByteArray("123456789012") << QByteArray("4111111111111111")
                                   << QByteArray("0C122547698103EE");
        QTest::newRow("PAN of 13") << QByteArray("0000") << QByteArray("1234567890123")
                                   << QByteArray("040012CBA9876FED");
    }

    void iso0Vectors()
    {
        QFETCH(QByteArray, pin);
        QFETCH(QByteArray, pan);
        QFETCH(QByteArray, block);
        const Result<QByteArray> built = PinBlock::buildIso0(pin, pan);
        QVERIFY2(built.ok(), qPrintable(built.reason()));
        QCOMPARE(built.value().toHex().toUpper(), block);
        const Result<QByteArray> parsed = PinBlock::parseIso0(QByteArray::fromHex(block), pan);
        QVERIFY2(parsed.ok(), qPrintable(parsed.reason()));
        QCOMPARE(parsed.value(), pin);
    }

    // Blocks a verifying side must refuse: the PIN field is written out in
    // hex and bound to PAN 4111111111111111 (PAN field 0000111111111111).
    void iso0Refusals_data()
    {
        QTest::addColumn<QByteArray>("block");
        QTest::addColumn<QString>("reason");
        const char *panField = "0000111111111111";
        QTest::newRow("format 1 nibble") << xorHex("141234FFFFFFFFFF", panField)
                                         << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("length 3") << xorHex("03123FFFFFFFFFFF", panField) << QString(PaymentReason::PinLengthInvalid);
        QTest::newRow("length 13") << xorHex("0D1234567890123F", panField) << QString(PaymentReason::PinLengthInvalid);
        QTest::newRow("length 0") << xorHex("00FFFFFFFFFFFFFF", panField) << QString(PaymentReason::PinLengthInvalid);
        QTest::newRow("PIN nibble A") << xorHex("04123AFFFFFFFFFF", panField)
                                      << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("fill E") << xorHex("041234FFFFFFFFFE", panField) << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("fill digit") << xorHex("0412340FFFFFFFFF", panField)
                                    << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("7 bytes") << QByteArray::fromHex("041225EEEEEEEE") << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("9 bytes") << QByteArray::fromHex("041225EEEEEEEEEE00")
                                 << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("empty") << QByteArray() << QString(PaymentReason::PinBlockMalformed);
    }

    void iso0Refusals()
    {
        QFETCH(QByteArray, block);
        QFETCH(QString, reason);
        QCOMPARE(PinBlock::parseIso0(block, "4111111111111111").reason(), reason);
    }

    void buildRefusals_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QByteArray>("pan");
        QTest::addColumn<QString>("reason");
        QTest::newRow("PIN of 3") << QByteArray("123") << QByteArray("4111111111111111")
                                  << QString(PaymentReason::PinLengthInvalid);
        QTest::newRow("PIN of 13") << QByteArray("1234567890123") << QByteArray("4111111111111111")
                                   << QString(PaymentReason::PinLengthInvalid);
        QTest::newRow("letter in PIN") << QByteArray("12a4") << QByteArray("4111111111111111")
                                       << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("PAN of 12") << QByteArray("1234") << QByteArray("411111111111")
                                   << QString(PaymentReason::PanInvalid);
        QTest::newRow("PAN of 20") << QByteArray("1234") << QByteArray("41111111111111111111")
                                   << QString(PaymentReason::PanInvalid);
        QTest::newRow("PAN with space") << QByteArray("1234") << QByteArray("4111 1111111111111")
                                        << QString(PaymentReason::PanInvalid);
    }

    void buildRefusals()
    {
        QFETCH(QByteArray, pin);
        QFETCH(QByteArray, pan);
        QFETCH(QString, reason);
        QCOMPARE(PinBlock::buildIso0(pin, pan).reason(), reason);
        if (pan.size() != 12) // format 4 takes 12-digit PANs
            QCOMPARE(PinBlock::encryptIso4(pin, pan, QByteArray(16, 'k'), QByteArray(8, 'r')).reason(), reason);
    }

    // Format 4 vectors computed with python's cryptography package from the
    // standard's description (tests/payment/README note in docs/payment.md).
    void iso4Vectors_data()
    {
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QByteArray>("pan");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("random");
        QTest::addColumn<QByteArray>("block");
        QTest::newRow("AES-128, development key")
            << QByteArray("1234") << QByteArray("6222020000000015")
            << QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0") << QByteArray::fromHex("0123456789abcdef")
            << QByteArray("385E6B6FEE92BA8B772993B1A7DDC202");
        QTest::newRow("AES-256, 12 digits, PAN of 19")
            << QByteArray("123456789012") << QByteArray("6222020000000000015")
            << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
            << QByteArray::fromHex("fedcba9876543210") << QByteArray("96C65F1F6D7D4BD25D00D6DFEE604062");
    }

    void iso4Vectors()
    {
        QFETCH(QByteArray, pin);
        QFETCH(QByteArray, pan);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, random);
        QFETCH(QByteArray, block);
        const Result<QByteArray> built = PinBlock::encryptIso4(pin, pan, key, random);
        QVERIFY2(built.ok(), qPrintable(built.reason()));
        QCOMPARE(built.value().toHex().toUpper(), block);
        const Result<QByteArray> parsed = PinBlock::decryptIso4(QByteArray::fromHex(block), pan, key);
        QVERIFY2(parsed.ok(), qPrintable(parsed.reason()));
        QCOMPARE(parsed.value(), pin);
        QVERIFY(PinBlock::verifyIso4(QByteArray::fromHex(block), pan, key, pin).ok());
    }

    // The layout, undone by hand with the bare cipher: the PAN field is
    // M=4 then the 16 digits; the PIN field 4 4 1234 A..A then the random half.
    void iso4Layout()
    {
        const QByteArray key = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const QByteArray block =
            PinBlock::encryptIso4("1234", "4111111111111111", key, QByteArray::fromHex("0011223344556677")).value();
        const QByteArray intermediate = PinCipher::decryptBlock(key, block).value();
        const QByteArray panField = QByteArray::fromHex("44111111111111111000000000000000");
        QByteArray a(16, '\0');
        for (int i = 0; i < 16; ++i)
            a[i] = char(intermediate.at(i) ^ panField.at(i));
        QCOMPARE(PinCipher::decryptBlock(key, a).value().toHex(), QByteArray("441234aaaaaaaaaa0011223344556677"));
    }

    void iso4Refusals_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("reason");
        const QByteArray random = QByteArray::fromHex("0011223344556677");
        QTest::newRow("valid") << QByteArray::fromHex("441234AAAAAAAAAA") + random << QString();
        QTest::newRow("format 0 nibble") << QByteArray::fromHex("041234AAAAAAAAAA") + random
                                         << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("length 3") << QByteArray::fromHex("43123AAAAAAAAAAA") + random
                                  << QString(PaymentReason::PinLengthInvalid);
        QTest::newRow("length 13") << QByteArray::fromHex("4D1234567890123A") + random
                                   << QString(PaymentReason::PinLengthInvalid);
        QTest::newRow("PIN nibble B") << QByteArray::fromHex("44123BAAAAAAAAAA") + random
                                      << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("fill F") << QByteArray::fromHex("441234AAAAAAAAAF") + random
                                << QString(PaymentReason::PinBlockMalformed);
        QTest::newRow("15 bytes") << QByteArray::fromHex("441234AAAAAAAAAA") + random.first(7)
                                  << QString(PaymentReason::PinBlockMalformed);
    }

    void iso4Refusals()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, reason);
        QCOMPARE(PinBlock::parseIso4Field(field).reason(), reason);
    }

    // The bank's check: the right PIN passes; a wrong one, a different card
    // (the block is bound to its PAN) or another key does not.
    void verify_data()
    {
        QTest::addColumn<QByteArray>("pan");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QStringList>("reasons");
        const QByteArray key = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        QTest::newRow("right PIN") << QByteArray("6222020000000015") << key << QByteArray("1234") << QStringList{QString()};
        QTest::newRow("wrong PIN") << QByteArray("6222020000000015") << key << QByteArray("1235")
                                   << QStringList{PaymentReason::WrongPin};
        QTest::newRow("longer PIN") << QByteArray("6222020000000015") << key << QByteArray("12345")
                                    << QStringList{PaymentReason::WrongPin};
        // Another PAN or key turns the field into noise: a malformed field,
        // or (one time in many) a well-formed wrong PIN.
        const QStringList noise{PaymentReason::PinBlockMalformed, PaymentReason::PinLengthInvalid,
                                PaymentReason::WrongPin};
        QTest::newRow("other card") << QByteArray("6222020000000023") << key << QByteArray("1234") << noise;
        QTest::newRow("other key") << QByteArray("6222020000000015") << QByteArray(16, 'x') << QByteArray("1234")
                                   << noise;
    }

    void verify()
    {
        QFETCH(QByteArray, pan);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, expected);
        QFETCH(QStringList, reasons);
        const QByteArray block = QByteArray::fromHex("385E6B6FEE92BA8B772993B1A7DDC202");
        const QString reason = PinBlock::verifyIso4(block, pan, key, expected).reason();
        QVERIFY2(reasons.contains(reason), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestPinBlock)
#include "tst_pinblock.moc"
