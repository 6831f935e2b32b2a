// Mutual TLS for devices (issue 10) against the real branch-core on
// loopback: every request but enrolment needs the device's credential and
// its certificate from core's device CA, and every way of getting one of
// them wrong gets the same 401 bad_credential. The kiosk side is the real
// one: branchctl enrols, HttpsCoreClient presents what enrolment stored.
#include "CoreHarness.h"
#include "DeviceCa.h"
#include "DeviceKey.h"
#include "DeviceSecrets.h"
#include "DevelopmentSecretStore.h"
#include "HttpsCoreClient.h"
#include "RawTlsClient.h"
#include "TestFiles.h"

#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace branch;
using coretest::RawResponse;
using coretest::RawTlsClient;
using test::readFile;

class TestCoreMtls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CoreRig> m_rig;

    QString kioskDb(const QString &id) const { return m_dir.filePath(id + QStringLiteral(".db")); }
    QString secretsDir(const QString &id) const { return m_dir.filePath(id + QStringLiteral("-secrets")); }

    // A kiosk of its own: its database and development secret directory.
    bool enrol(test::CoreRig &rig, const QString &id)
    {
        return rig.enrol(id, kioskDb(id), {QStringLiteral("--dev-insecure-secrets"), secretsDir(id)});
    }

    DeviceSecrets secretsOf(const QString &id) const
    {
        DevelopmentSecretStore store(secretsDir(id));
        const Result<DeviceSecrets, SecurityError> read = DeviceSecrets::read(store);
        return read.ok() ? read.value() : DeviceSecrets{};
    }

    // What core answers a reference request made with these.
    static ReferenceReply ask(const test::CoreRig &rig, const QByteArray &credential, const QByteArray &certificate,
                              const QByteArray &key)
    {
        CoreEndpoint endpoint;
        endpoint.baseUrl = QUrl(rig.url());
        endpoint.caFile = rig.ca();
        endpoint.credential = credential;
        endpoint.clientCertificate = certificate;
        endpoint.clientKey = key;
        QString error;
        const auto client = HttpsCoreClient::create(endpoint, &error);
        if (!client) {
            ReferenceReply refused;
            refused.reason = error;
            return refused;
        }
        return client->fetchReference(QStringLiteral("catalog"), {});
    }
    ReferenceReply ask(const QByteArray &credential, const QByteArray &certificate, const QByteArray &key) const
    {
        return ask(*m_rig, credential, certificate, key);
    }

    static QString outcome(const ReferenceReply &reply)
    {
        return reply.ok() ? QStringLiteral("ok") : reply.reason;
    }

    // A raw request on a connection that presents `certificate` (may be none).
    RawResponse raw(const QByteArray &request, const QByteArray &certificate = {}, const QByteArray &key = {},
                    const char *from = "127.0.0.1") const
    {
        RawTlsClient client(QSslCertificate::fromPath(m_rig->ca()), QSslCertificate(certificate, QSsl::Pem),
                            QSslKey(key, QSsl::Ec));
        if (!client.connect(m_rig->port(), QHostAddress(QString::fromLatin1(from))) || !client.write(request))
            return {};
        return client.read();
    }

    static QByteArray get(const QByteArray &credential, const QByteArray &extraHeaders = {})
    {
        return "GET /v1/time HTTP/1.1\r\nHost: core\r\nAuthorization: Bearer " + credential + "\r\n" + extraHeaders
            + "Connection: close\r\n\r\n";
    }

    static QString error(const RawResponse &r)
    {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false\nbranch.security.warning=false"));
        QVERIFY(m_dir.isValid());
        m_rig = std::make_unique<test::CoreRig>(m_dir.path());
        QVERIFY(m_rig->makePki());
        // Core also trusts a proxy (nginx in a fleet) that presents proxy.pem.
        QVERIFY(m_rig->startCore(QStringLiteral("core"),
                                 {QStringLiteral("--trusted-proxy"), m_rig->path(QStringLiteral("pki/proxy.pem"))}));
        QVERIFY(enrol(*m_rig, QStringLiteral("K001")));
        QVERIFY(enrol(*m_rig, QStringLiteral("K002")));
    }

    // Enrolment stored all three in the SecretStore, the key nowhere else,
    // and with them the kiosk is served.
    void enrolledDeviceIsServed()
    {
        const DeviceSecrets k1 = secretsOf(QStringLiteral("K001"));
        QVERIFY(k1.credential.startsWith("K001."));
        QCOMPARE(QSslCertificate(k1.certificate).subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("K001")});
        QVERIFY(k1.privateKey.startsWith("-----BEGIN PRIVATE KEY-----"));
        const QByteArray keyBody = k1.privateKey.split('\n').value(1);
        QVERIFY(keyBody.size() > 40);
        for (const QString &file : {kioskDb(QStringLiteral("K001")), kioskDb(QStringLiteral("K001")) + QStringLiteral("-wal")})
            QVERIFY(!readFile(file).contains(keyBody));
        QCOMPARE(outcome(ask(k1.credential, k1.certificate, k1.privateKey)), QStringLiteral("ok"));
    }

    // The finding: the credential was a bearer token, so a stolen one worked
    // from anywhere. Without the device's key it is now worth nothing.
    void stolenCredentialAloneIsRefused()
    {
        const DeviceSecrets k1 = secretsOf(QStringLiteral("K001"));
        const ReferenceReply reply = ask(k1.credential, {}, {});
        QCOMPARE(reply.status, ReplyStatus::Unauthorized);
        QCOMPARE(reply.reason, QStringLiteral("bad_credential"));
        // Nor with a certificate of the right name whose key it lacks: the
        // handshake needs the key (proxy.pem's is no device's).
        const ReferenceReply other = ask(k1.credential, readFile(m_rig->path(QStringLiteral("pki/proxy.pem"))),
                                         readFile(m_rig->path(QStringLiteral("pki/proxy.key"))));
        QCOMPARE(other.reason, QStringLiteral("bad_credential"));
    }

    void certificateOfAnotherDeviceIsRefused_data()
    {
        QTest::addColumn<QString>("certificateOf");
        QTest::addColumn<QString>("credentialOf");
        QTest::newRow("K001's certificate, K002's credential") << "K001" << "K002";
        QTest::newRow("K002's certificate, K001's credential") << "K002" << "K001";
    }
    void certificateOfAnotherDeviceIsRefused()
    {
        QFETCH(QString, certificateOf);
        QFETCH(QString, credentialOf);
        const DeviceSecrets holder = secretsOf(certificateOf);
        const ReferenceReply reply = ask(secretsOf(credentialOf).credential, holder.certificate, holder.privateKey);
        QCOMPARE(reply.status, ReplyStatus::Unauthorized);
        QCOMPARE(reply.reason, QStringLiteral("bad_credential"));
    }

    // A certificate for K001, made just like core's, by another device CA.
    void foreignCaCertificateIsRefused()
    {
        QVERIFY(test::runProcess(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/scripts/dev-pki"),
                                 {m_dir.filePath(QStringLiteral("foreign"))})
                    .exitCode == 0);
        Result<std::unique_ptr<DeviceCa>> foreign =
            DeviceCa::load(readFile(m_dir.filePath(QStringLiteral("foreign/device-ca.pem"))),
                           readFile(m_dir.filePath(QStringLiteral("foreign/device-ca.key"))));
        QVERIFY(foreign.ok());
        const Result<DeviceKeyRequest> key = DeviceKey::generate(QStringLiteral("K001"));
        QVERIFY(key.ok());
        const Result<IssuedCertificate> issued =
            foreign.value()->issue(key.value().csrPem, QStringLiteral("K001"), QDateTime::currentDateTimeUtc());
        QVERIFY(issued.ok());
        const ReferenceReply reply =
            ask(secretsOf(QStringLiteral("K001")).credential, issued.value().pem, key.value().privateKeyPem);
        QCOMPARE(reply.status, ReplyStatus::Unauthorized);
        QCOMPARE(reply.reason, QStringLiteral("bad_credential"));
    }

    // Only a connection that presents the pinned proxy certificate may name
    // the device's certificate in X-Client-Certificate; anyone else who sends
    // the header is judged by their own handshake.
    void certificateHeaderTrustedFromTheProxyOnly()
    {
        const DeviceSecrets k1 = secretsOf(QStringLiteral("K001"));
        const DeviceSecrets k2 = secretsOf(QStringLiteral("K002"));
        const QByteArray proxyCert = readFile(m_rig->path(QStringLiteral("pki/proxy.pem")));
        const QByteArray proxyKey = readFile(m_rig->path(QStringLiteral("pki/proxy.key")));
        auto header = [](const QByteArray &pem) { return "X-Client-Certificate: " + pem.toPercentEncoding() + "\r\n"; };

        QCOMPARE(raw(get(k1.credential, header(k1.certificate)), proxyCert, proxyKey).status, 200);
        const RawResponse forged = raw(get(k1.credential, header(k1.certificate)));
        QCOMPARE(forged.status, 401);
        QCOMPARE(error(forged), QStringLiteral("bad_credential"));
        // A device's own handshake decides, whatever header it adds.
        QCOMPARE(raw(get(k2.credential, header(k1.certificate)), k2.certificate, k2.privateKey).status, 200);
        QCOMPARE(raw(get(k1.credential, header(k1.certificate)), k2.certificate, k2.privateKey).status, 401);
        // From the proxy: the header's certificate must still match the credential.
        QCOMPARE(raw(get(k1.credential, header(k2.certificate)), proxyCert, proxyKey).status, 401);
        QCOMPARE(raw(get(k1.credential), proxyCert, proxyKey).status, 401);
        QCOMPARE(raw(get(k1.credential, "X-Client-Certificate: garbage\r\n"), proxyCert, proxyKey).status, 401);
    }

    void badCertificateRequestIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QByteArray>("csr");
        QTest::addColumn<QString>("reason");
        const Result<DeviceKeyRequest> other = DeviceKey::generate(QStringLiteral("K009"));
        QVERIFY(other.ok());
        QTest::newRow("subject of another device") << other.value().csrPem << QStringLiteral("csr_subject_mismatch");
        // The fixtures name K001: their key type is checked before their subject.
        QTest::newRow("RSA key") << readFile(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/tests/data/devicepki/rsa2048.csr"))
                                 << QStringLiteral("csr_key_type");
        QTest::newRow("P-384 key") << readFile(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/tests/data/devicepki/p384.csr"))
                                   << QStringLiteral("csr_key_type");
        QTest::newRow("garbage") << QByteArray("-----BEGIN CERTIFICATE REQUEST-----\nnot a request\n") << QStringLiteral("csr_malformed");
        QTest::newRow("none") << QByteArray() << QStringLiteral("csr_missing");
    }
    // A refused request does not spend the code: the good one then enrols.
    void badCertificateRequestIsRefusedWithItsReason()
    {
        QFETCH(QByteArray, csr);
        QFETCH(QString, reason);
        const test::ToolRun added = m_rig->core({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("K003"), QStringLiteral("--json")});
        const QString code = QJsonDocument::fromJson(added.out).object().value(QStringLiteral("enrolmentCode")).toString();
        QVERIFY(!code.isEmpty());
        auto enrolment = [&code](const QByteArray &request) {
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), QStringLiteral("K003")},
                                                              {QStringLiteral("enrolmentCode"), code},
                                                              {QStringLiteral("csr"), QString::fromLatin1(request)}})
                                        .toJson(QJsonDocument::Compact);
            return "POST /v1/devices/enroll HTTP/1.1\r\nHost: core\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        };
        // Five enrolment tries a minute per address: each row from its own.
        static int row = 0;
        const QByteArray from = "127.0.3." + QByteArray::number(++row * 2);
        const RawResponse refused = raw(enrolment(csr), {}, {}, from.constData());
        QCOMPARE(refused.status, 400);
        QCOMPARE(QJsonDocument::fromJson(refused.body).object().value(QStringLiteral("reason")).toString(), reason);
        const Result<DeviceKeyRequest> good = DeviceKey::generate(QStringLiteral("K003"));
        QVERIFY(good.ok());
        const QByteArray from2 = "127.0.3." + QByteArray::number(row * 2 + 1);
        const RawResponse enrolled = raw(enrolment(good.value().csrPem), {}, {}, from2.constData());
        QCOMPARE(enrolled.status, 201);
    }

    // Revocation covers the credential and the certificate; enrolling again
    // issues both anew, and the old ones stay refused.
    void revokedDeviceIsRefusedEitherWay()
    {
        QVERIFY(enrol(*m_rig, QStringLiteral("K004")));
        const DeviceSecrets before = secretsOf(QStringLiteral("K004"));
        QCOMPARE(outcome(ask(before.credential, before.certificate, before.privateKey)), QStringLiteral("ok"));
        QCOMPARE(m_rig->core({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("K004")}).exitCode, 0);

        // Only the holder of both learns it is revoked; anyone else, nothing.
        QCOMPARE(outcome(ask(before.credential, before.certificate, before.privateKey)), QStringLiteral("revoked_device"));
        QCOMPARE(outcome(ask(before.credential, {}, {})), QStringLiteral("bad_credential"));

        QVERIFY(enrol(*m_rig, QStringLiteral("K004")));
        const DeviceSecrets after = secretsOf(QStringLiteral("K004"));
        QVERIFY(after.certificate != before.certificate);
        QCOMPARE(outcome(ask(after.credential, after.certificate, after.privateKey)), QStringLiteral("ok"));
        QCOMPARE(outcome(ask(after.credential, before.certificate, before.privateKey)), QStringLiteral("bad_credential"));
        QCOMPARE(outcome(ask(before.credential, before.certificate, before.privateKey)), QStringLiteral("bad_credential"));
        QCOMPARE(outcome(ask(before.credential, after.certificate, after.privateKey)), QStringLiteral("bad_credential"));
    }

    // A certificate issued while core's clock stood two days back, valid for
    // one day: expired once core's clock is right again.
    void expiredCertificateIsRefused()
    {
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(rig.makePki());
        QVERIFY(rig.startCore(QStringLiteral("core"), {QStringLiteral("--clock-offset-seconds"), QStringLiteral("-172800"),
                                                       QStringLiteral("--device-cert-days"), QStringLiteral("1")}));
        QVERIFY(rig.enrol(QStringLiteral("K001"), rig.kioskDb(), {QStringLiteral("--dev-insecure-secrets"), rig.secrets()}));
        rig.stopCore();
        QVERIFY(rig.startCore());
        DevelopmentSecretStore store(rig.secrets());
        const Result<DeviceSecrets, SecurityError> k1 = DeviceSecrets::read(store);
        QVERIFY(k1.ok());
        QVERIFY(QSslCertificate(k1.value().certificate).expiryDate() < QDateTime::currentDateTimeUtc());
        QCOMPARE(outcome(ask(rig, k1.value().credential, k1.value().certificate, k1.value().privateKey)),
                 QStringLiteral("bad_credential"));
        // Core's log says which it was.
        QVERIFY(rig.stopCore().contains("credential of device K001 with certificate_expired"));
    }

    // Every refusal above named its cause in core's log, never a secret.
    void logSaysWhichButNoSecret()
    {
        const QByteArray log = m_rig->stopCore();
        QVERIFY(log.contains("credential of device K001 with certificate_missing"));
        QVERIFY(log.contains("certificate of device K001 with the credential of device K002"));
        QVERIFY(log.contains("credential of device K001 with certificate_untrusted"));
        QVERIFY(log.contains("certificate request refused for device K003: csr_key_type"));
        QVERIFY(log.contains("revoked certificate"));
        const DeviceSecrets k1 = secretsOf(QStringLiteral("K001"));
        QVERIFY(!log.contains(k1.credential.mid(5)));
        QVERIFY(!log.contains("PRIVATE KEY"));
    }
};

QTEST_GUILESS_MAIN(TestCoreMtls)
#include "tst_core_mtls.moc"
