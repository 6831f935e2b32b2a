#include "DeviceCsr.h"
#include "DeviceKey.h"
#include "DevicePem.h"
#include "DevicePkiReason.h"
#include "DevicePkiTestSupport.h"

#include <QTest>

using namespace branch;

// DeviceCsr: what core accepts at enrolment. Each refusal has its own
// reason, in the order the checks run. The requests come from OpenSSL's
// command line (tests/data/devicepki), so they are not only our own.
class TestDeviceCsr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<QString>("reason"); // empty: accepted
        const QString k001 = QStringLiteral("K001");
        const QByteArray good = test::csrFixture(QStringLiteral("good-p256.csr"));
        QVERIFY(!good.isEmpty());
        const QByteArray der = DevicePem::decode(good, "CERTIFICATE REQUEST");
        QVERIFY(!der.isEmpty());

        QTest::newRow("P-256, CN=K001") << good << k001 << QString();
        QTest::newRow("another device's id") << good << QStringLiteral("K002") << QString(DevicePkiReason::CsrSubjectMismatch);
        QTest::newRow("empty") << QByteArray() << k001 << QString(DevicePkiReason::CsrMissing);
        QTest::newRow("blank") << QByteArray(" \n") << k001 << QString(DevicePkiReason::CsrMissing);
        QTest::newRow("garbage") << QByteArray("hello, core") << k001 << QString(DevicePkiReason::CsrMalformed);
        QTest::newRow("random DER") << DevicePem::encode(QByteArray(200, '\x30'), "CERTIFICATE REQUEST") << k001
                                    << QString(DevicePkiReason::CsrMalformed);
        QTest::newRow("truncated") << DevicePem::encode(der.left(der.size() - 10), "CERTIFICATE REQUEST") << k001
                                   << QString(DevicePkiReason::CsrMalformed);
        QTest::newRow("bytes after the request") << DevicePem::encode(der + QByteArray(2, '\0'), "CERTIFICATE REQUEST")
                                                 << k001 << QString(DevicePkiReason::CsrMalformed);
        QTest::newRow("labelled a certificate") << DevicePem::encode(der, "CERTIFICATE") << k001
                                                << QString(DevicePkiReason::CsrMalformed);
        QTest::newRow("two requests") << good + good << k001 << QString(DevicePkiReason::CsrMalformed);
        QTest::newRow("P-384") << test::csrFixture(QStringLiteral("p384.csr")) << k001 << QString(DevicePkiReason::CsrKeyType);
        QTest::newRow("RSA-2048") << test::csrFixture(QStringLiteral("rsa2048.csr")) << k001 << QString(DevicePkiReason::CsrKeyType);
        QTest::newRow("Ed25519") << test::csrFixture(QStringLiteral("ed25519.csr")) << k001 << QString(DevicePkiReason::CsrKeyType);
        QTest::newRow("P-256 as explicit parameters") << test::csrFixture(QStringLiteral("explicit-curve.csr")) << k001
                                                      << QString(DevicePkiReason::CsrKeyType);
        QTest::newRow("CN=K002") << test::csrFixture(QStringLiteral("wrong-subject.csr")) << k001
                                 << QString(DevicePkiReason::CsrSubjectMismatch);
        QTest::newRow("O=Bank, CN=K001") << test::csrFixture(QStringLiteral("extra-rdn.csr")) << k001
                                         << QString(DevicePkiReason::CsrSubjectMismatch);
        QTest::newRow("asks for CA:TRUE") << test::csrFixture(QStringLiteral("attributes.csr")) << k001
                                          << QString(DevicePkiReason::CsrAttributes);
        QTest::newRow("ECDSA with SHA-1") << test::csrFixture(QStringLiteral("sha1.csr")) << k001
                                          << QString(DevicePkiReason::CsrSignatureInvalid);
        QTest::newRow("signature changed") << test::csrFixture(QStringLiteral("bad-signature.csr")) << k001
                                           << QString(DevicePkiReason::CsrSignatureInvalid);
    }
    void check()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, deviceId);
        QFETCH(QString, reason);
        const Result<void> checked = DeviceCsr::check(pem, deviceId);
        QCOMPARE(checked.reason(), reason);
    }

    // The kiosk's own requests pass, for each device id they name.
    void generatedRequestsPass()
    {
        for (const QString &id : {QStringLiteral("K001"), QStringLiteral("KIOSK01"), QStringLiteral("AB123456789Z")}) {
            const Result<DeviceKeyRequest> made = DeviceKey::generate(id);
            QVERIFY(made.ok());
            QVERIFY(DeviceCsr::check(made.value().csrPem, id).ok());
            QCOMPARE(DeviceCsr::check(made.value().csrPem, QStringLiteral("OTHER")).reason(),
                     QString(DevicePkiReason::CsrSubjectMismatch));
        }
    }
};

QTEST_GUILESS_MAIN(TestDeviceCsr)
#include "tst_device_csr.moc"
