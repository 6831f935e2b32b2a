#include "DevicePem.h"

#include <QTest>

using namespace branch;

// DevicePem: one strict PEM block in, its DER out; anything else is empty.
class TestDevicePem : public QObject
{
    Q_OBJECT

private:
    static QByteArray block(const QByteArray &label, const QByteArray &body, const QByteArray &eol = "\n")
    {
        return "-----BEGIN " + label + "-----" + eol + body + eol + "-----END " + label + "-----" + eol;
    }

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QByteArray>("der"); // empty: refused
        const QByteArray der("\x30\x03\x02\x01\x05", 5);
        const QByteArray b64 = der.toBase64();
        QTest::newRow("LF") << block("CERTIFICATE REQUEST", b64) << der;
        QTest::newRow("CRLF") << block("CERTIFICATE REQUEST", b64, "\r\n") << der;
        QTest::newRow("whitespace around") << "\n  " + block("CERTIFICATE REQUEST", b64) + "\n\n" << der;
        QTest::newRow("wrapped lines") << block("CERTIFICATE REQUEST", b64.left(4) + "\n" + b64.mid(4)) << der;
        QTest::newRow("other label") << block("CERTIFICATE", b64) << QByteArray();
        QTest::newRow("new-style label only") << block("NEW CERTIFICATE REQUEST", b64) << QByteArray();
        QTest::newRow("two blocks") << block("CERTIFICATE REQUEST", b64) + block("CERTIFICATE REQUEST", b64) << QByteArray();
        QTest::newRow("text after END") << block("CERTIFICATE REQUEST", b64) + "junk" << QByteArray();
        QTest::newRow("text before BEGIN") << "junk\n" + block("CERTIFICATE REQUEST", b64) << QByteArray();
        QTest::newRow("header line") << block("CERTIFICATE REQUEST", "Proc-Type: 4,ENCRYPTED\n" + b64) << QByteArray();
        QTest::newRow("BEGIN and body on one line")
            << "-----BEGIN CERTIFICATE REQUEST-----" + b64 + "\n-----END CERTIFICATE REQUEST-----" << QByteArray();
        QTest::newRow("not base64") << block("CERTIFICATE REQUEST", "MAMCAQU*") << QByteArray();
        QTest::newRow("stray bits") << block("CERTIFICATE REQUEST", "MAMCAQV=") << QByteArray(); // "MAMCAQU=" canonical
        QTest::newRow("padding inside") << block("CERTIFICATE REQUEST", "MA==MCAQU=") << QByteArray();
        QTest::newRow("empty body") << block("CERTIFICATE REQUEST", "") << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("over 8 KiB") << block("CERTIFICATE REQUEST", QByteArray(9000, 'A')) << QByteArray();
    }
    void decode()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QByteArray, der);
        QCOMPARE(DevicePem::decode(pem, "CERTIFICATE REQUEST"), der);
    }

    void encodeRoundTrips()
    {
        const QByteArray der(300, '\x5a');
        const QByteArray pem = DevicePem::encode(der, "CERTIFICATE");
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
        QVERIFY(pem.endsWith("-----END CERTIFICATE-----\n"));
        for (const QByteArray &line : pem.split('\n'))
            QVERIFY(line.size() <= 64 || line.startsWith("-----"));
        QCOMPARE(DevicePem::decode(pem, "CERTIFICATE"), der);
    }
};

QTEST_GUILESS_MAIN(TestDevicePem)
#include "tst_device_pem.moc"
