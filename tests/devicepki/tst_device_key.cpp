#include "DeviceCsr.h"
#include "DeviceKey.h"
#include "DevicePkiReason.h"

#include <QSslKey>
#include <QTest>

using namespace branch;

// DeviceKey: the kiosk's key pair and request at enrolment.
class TestDeviceKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesAFreshP256KeyQtCanPresent()
    {
        const Result<DeviceKeyRequest> a = DeviceKey::generate(QStringLiteral("K001"));
        const Result<DeviceKeyRequest> b = DeviceKey::generate(QStringLiteral("K001"));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value().privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(a.value().privateKeyPem != b.value().privateKeyPem);
        QVERIFY(a.value().csrPem != b.value().csrPem);
        // Qt's TLS backend must be able to load it as the client key.
        const QSslKey key(a.value().privateKeyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        QVERIFY(!key.isNull());
        QCOMPARE(key.length(), 256);
        QVERIFY(DeviceCsr::check(a.value().csrPem, QStringLiteral("K001")).ok());
    }

    void checkCertificateRefusesWhatIsNotOne_data()
    {
        QTest::addColumn<QByteArray>("certificate");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no certificate") << QByteArray() << QString(DevicePkiReason::CertificateMalformed);
        QTest::newRow("a request, not a certificate") << QByteArray("csr") << QString(DevicePkiReason::CertificateMalformed);
    }
    // The positive cases need a CA: tst_device_ca.
    void checkCertificateRefusesWhatIsNotOne()
    {
        QFETCH(QByteArray, certificate);
        QFETCH(QString, reason);
        const Result<DeviceKeyRequest> made = DeviceKey::generate(QStringLiteral("K001"));
        QVERIFY(made.ok());
        if (certificate == "csr")
            certificate = made.value().csrPem;
        QCOMPARE(DeviceKey::checkCertificate(certificate, made.value().privateKeyPem, QStringLiteral("K001")).reason(),
                 reason);
    }
};

QTEST_GUILESS_MAIN(TestDeviceKey)
#include "tst_device_key.moc"
