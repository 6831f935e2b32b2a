#include "DeviceCa.h"
#include "DeviceKey.h"
#include "DevicePem.h"
#include "DevicePkiReason.h"
#include "DevicePkiTestSupport.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// DeviceCa: core's device CA from scripts/dev-pki issues client
// certificates and checks the ones devices present: its own, in date, for
// one device; an expired one, one from another CA and core's own server
// certificate are refused, each with its reason.
class TestDeviceCa : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DeviceCa> m_ca;
    std::unique_ptr<DeviceCa> m_foreign; // another dev-pki's device CA
    // An hour after the CAs were made, in whole seconds as certificates count.
    const QDateTime m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 3600, Qt::UTC);

    QString pki(const QString &file) const { return m_dir.filePath(QStringLiteral("pki/") + file); }

    static std::unique_ptr<DeviceCa> load(const QString &cert, const QString &key)
    {
        Result<std::unique_ptr<DeviceCa>> loaded = DeviceCa::load(test::readFile(cert), test::readFile(key));
        return loaded.ok() ? std::move(loaded.value()) : nullptr;
    }

    // A key pair for `id` and its certificate from `ca`, issued at `at`.
    static std::pair<DeviceKeyRequest, IssuedCertificate> enrol(const DeviceCa &ca, const QString &id,
                                                                const QDateTime &at, int days = 365)
    {
        const Result<DeviceKeyRequest> made = DeviceKey::generate(id);
        if (!made.ok())
            return {};
        const Result<IssuedCertificate> issued = ca.issue(made.value().csrPem, id, at, days);
        if (!issued.ok())
            qWarning("issue: %s", qPrintable(issued.reason()));
        return {made.value(), issued.ok() ? issued.value() : IssuedCertificate{}};
    }

    static QByteArray der(const QByteArray &pem) { return DevicePem::decode(pem, "CERTIFICATE"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::makeDevPki(m_dir.filePath(QStringLiteral("pki"))));
        QVERIFY(test::makeDevPki(m_dir.filePath(QStringLiteral("other"))));
        m_ca = load(pki(QStringLiteral("device-ca.pem")), pki(QStringLiteral("device-ca.key")));
        m_foreign = load(m_dir.filePath(QStringLiteral("other/device-ca.pem")), m_dir.filePath(QStringLiteral("other/device-ca.key")));
        QVERIFY(m_ca && m_foreign);
    }

    void loadRefusesWhatIsNotACa_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("reason");
        QTest::newRow("device CA") << "device-ca.pem" << "device-ca.key" << QString();
        QTest::newRow("key of another CA") << "device-ca.pem" << "ca.key" << QString(DevicePkiReason::CaKeyMismatch);
        QTest::newRow("a server certificate") << "core.pem" << "core.key" << QString(DevicePkiReason::CaInvalid);
        QTest::newRow("no key") << "device-ca.pem" << "missing.key" << QString(DevicePkiReason::CaUnreadable);
        QTest::newRow("key as certificate") << "device-ca.key" << "device-ca.key" << QString(DevicePkiReason::CaUnreadable);
    }
    void loadRefusesWhatIsNotACa()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, reason);
        QCOMPARE(DeviceCa::load(test::readFile(pki(cert)), test::readFile(pki(key))).reason(), reason);
    }

    void issuesAClientCertificateForTheDevice()
    {
        const auto [key, issued] = enrol(*m_ca, QStringLiteral("K001"), m_now, 30);
        QVERIFY(!issued.pem.isEmpty());
        QCOMPARE(issued.notAfter, m_now.addDays(30));
        QCOMPARE(issued.notBefore, m_now.addSecs(-300));
        QCOMPARE(issued.serial.size(), 32);

        const QSslCertificate qt(issued.pem, QSsl::Pem);
        QCOMPARE(qt.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("K001")});
        QCOMPARE(qt.issuerInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("BranchSuite development device CA")});
        QCOMPARE(QString::fromLatin1(qt.serialNumber()).remove(u':'), issued.serial);
        QCOMPARE(qt.expiryDate(), m_now.addDays(30));

        QVERIFY(DeviceKey::checkCertificate(issued.pem, key.privateKeyPem, QStringLiteral("K001")).ok());
        const Result<DeviceCertificate> verified = m_ca->verify(der(issued.pem), m_now.addDays(1));
        QVERIFY2(verified.ok(), qPrintable(verified.reason() + u' ' + verified.error().detail));
        QCOMPARE(verified.value().deviceId, QStringLiteral("K001"));
        QCOMPARE(verified.value().serial, issued.serial);
        QCOMPARE(verified.value().notAfter, issued.notAfter);

        // Every certificate its own serial.
        QVERIFY(enrol(*m_ca, QStringLiteral("K001"), m_now).second.serial != issued.serial);
    }

    void issueRefusesABadRequest()
    {
        const Result<DeviceKeyRequest> made = DeviceKey::generate(QStringLiteral("K002"));
        QVERIFY(made.ok());
        QCOMPARE(m_ca->issue(made.value().csrPem, QStringLiteral("K001"), m_now).reason(),
                 QString(DevicePkiReason::CsrSubjectMismatch));
        QCOMPARE(m_ca->issue(test::csrFixture(QStringLiteral("rsa2048.csr")), QStringLiteral("K001"), m_now).reason(),
                 QString(DevicePkiReason::CsrKeyType));
        QCOMPARE(m_ca->issue("garbage", QStringLiteral("K001"), m_now).reason(), QString(DevicePkiReason::CsrMalformed));
    }

    void verifyRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expired") << "expired" << QString(DevicePkiReason::CertificateExpired);
        QTest::newRow("not yet valid") << "future" << QString(DevicePkiReason::CertificateNotYetValid);
        QTest::newRow("another device CA") << "foreign" << QString(DevicePkiReason::CertificateUntrusted);
        QTest::newRow("core's server certificate") << "server" << QString(DevicePkiReason::CertificateUntrusted);
        QTest::newRow("the device CA itself") << "ca" << QString(DevicePkiReason::CertificateUntrusted);
        QTest::newRow("none") << "none" << QString(DevicePkiReason::CertificateMissing);
        QTest::newRow("garbage") << "garbage" << QString(DevicePkiReason::CertificateMalformed);
    }
    void verifyRefuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QByteArray presented;
        if (kind == u"expired")
            presented = der(enrol(*m_ca, QStringLiteral("K001"), m_now.addDays(-10), 1).second.pem);
        else if (kind == u"future")
            presented = der(enrol(*m_ca, QStringLiteral("K001"), m_now.addSecs(3600)).second.pem);
        else if (kind == u"foreign")
            presented = der(enrol(*m_foreign, QStringLiteral("K001"), m_now).second.pem);
        else if (kind == u"server")
            presented = der(test::readFile(pki(QStringLiteral("core.pem"))));
        else if (kind == u"ca")
            presented = der(test::readFile(pki(QStringLiteral("device-ca.pem"))));
        else if (kind == u"garbage")
            presented = QByteArray(300, '\x30');
        QVERIFY(kind == u"none" || !presented.isEmpty());
        QCOMPARE(m_ca->verify(presented, m_now).reason(), reason);
    }

    void keyCheckAtTheKiosk()
    {
        const auto [key, issued] = enrol(*m_ca, QStringLiteral("K001"), m_now);
        const auto [otherKey, otherIssued] = enrol(*m_ca, QStringLiteral("K002"), m_now);
        QVERIFY(DeviceKey::checkCertificate(issued.pem, key.privateKeyPem, QStringLiteral("K001")).ok());
        QCOMPARE(DeviceKey::checkCertificate(issued.pem, otherKey.privateKeyPem, QStringLiteral("K001")).reason(),
                 QString(DevicePkiReason::CertificateKeyMismatch));
        QCOMPARE(DeviceKey::checkCertificate(otherIssued.pem, otherKey.privateKeyPem, QStringLiteral("K001")).reason(),
                 QString(DevicePkiReason::CertificateSubject));
        QCOMPARE(DeviceKey::checkCertificate(issued.pem, "not a key", QStringLiteral("K001")).reason(),
                 QString(DevicePkiReason::KeyInvalid));
    }
};

QTEST_GUILESS_MAIN(TestDeviceCa)
#include "tst_device_ca.moc"
