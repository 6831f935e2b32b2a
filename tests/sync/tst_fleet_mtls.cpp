#include "DeviceCa.h"
#include "DeviceKey.h"
#include "DeviceSecrets.h"
#include "DevelopmentSecretStore.h"
#include "FleetHarness.h"
#include "HttpsCoreClient.h"
#include "RawTlsClient.h"
#include "TestFiles.h"

#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace branch;
using coretest::RawResponse;
using coretest::RawTlsClient;
using test::readFile;

// Mutual TLS through the fleet (scripts/fleet): nginx terminates the
// device's TLS, checks its certificate against the device CA, and passes it
// to the cores in a header only nginx can set. A kiosk enrolled through
// nginx delivers; a credential without its certificate, a header a client
// forged, and a certificate nginx refuses (expired, another CA) all get the
// same 401 bad_credential as at a core.
class TestFleetMtls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::Fleet> m_fleet;
    test::FleetKiosk m_kiosk;

    DeviceSecrets secrets() const
    {
        DevelopmentSecretStore store(m_kiosk.secrets);
        const Result<DeviceSecrets, SecurityError> read = DeviceSecrets::read(store);
        return read.ok() ? read.value() : DeviceSecrets{};
    }

    // What the fleet answers GET /v1/time with these, on a connection that
    // presents `certificate` (may be none).
    RawResponse ask(const QByteArray &credential, const QByteArray &certificate, const QByteArray &key,
                    const QByteArray &extraHeaders = {}) const
    {
        RawTlsClient client(QSslCertificate::fromPath(m_fleet->ca()), QSslCertificate(certificate, QSsl::Pem),
                            QSslKey(key, QSsl::Ec));
        const quint16 port = quint16(QUrl(m_fleet->url()).port());
        if (!client.connect(port)
            || !client.write("GET /v1/time HTTP/1.1\r\nHost: core\r\nAuthorization: Bearer " + credential + "\r\n"
                             + extraHeaders + "Connection: close\r\n\r\n"))
            return {};
        return client.read();
    }

    static QString error(const RawResponse &r)
    {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString();
    }

    // A K101 certificate from the fleet's device CA, valid `days` from `issuedAt`.
    std::pair<QByteArray, QByteArray> issue(const QString &caDir, const QDateTime &issuedAt, int days) const
    {
        Result<std::unique_ptr<DeviceCa>> ca = DeviceCa::load(readFile(caDir + QStringLiteral("/device-ca.pem")),
                                                             readFile(caDir + QStringLiteral("/device-ca.key")));
        const Result<DeviceKeyRequest> key = DeviceKey::generate(QStringLiteral("K101"));
        if (!ca.ok() || !key.ok())
            return {};
        const Result<IssuedCertificate> issued = ca.value()->issue(key.value().csrPem, QStringLiteral("K101"), issuedAt, days);
        return issued.ok() ? std::pair{issued.value().pem, key.value().privateKeyPem} : std::pair<QByteArray, QByteArray>{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false\nbranch.security.warning=false"));
        QVERIFY(m_dir.isValid());
        m_fleet = std::make_unique<test::Fleet>(m_dir.path());
        QVERIFY(m_fleet->start(2));
        QVERIFY(m_kiosk.setUp(*m_fleet, QStringLiteral("K101"), 40));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    // Enrolled through nginx, the kiosk delivers through nginx with its
    // certificate: nginx passed it on, and the core believed nginx.
    void enrolledKioskDeliversThroughNginx()
    {
        const test::ToolRun run = test::runProcess(test::binary(QStringLiteral("branchctl")),
                                                   m_kiosk.relayArgs({QStringLiteral("--core"), m_fleet->url()}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_kiosk.outboxCounts().value(OutboxState::Acknowledged), qint64(40));
        const DeviceSecrets k = secrets();
        QCOMPARE(ask(k.credential, k.certificate, k.privateKey).status, 200);
    }

    void refusedAtTheEdgeOrAtTheCore_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("credential without certificate") << "stolen";
        QTest::newRow("certificate header forged by the client") << "forged";
        QTest::newRow("expired certificate") << "expired";
        QTest::newRow("certificate of another device CA") << "foreign";
    }
    void refusedAtTheEdgeOrAtTheCore()
    {
        QFETCH(QString, kind);
        const DeviceSecrets k = secrets();
        RawResponse r;
        if (kind == u"stolen") {
            r = ask(k.credential, {}, {});
        } else if (kind == u"forged") {
            r = ask(k.credential, {}, {}, "X-Client-Certificate: " + k.certificate.toPercentEncoding() + "\r\n");
        } else if (kind == u"expired") {
            const auto [certificate, key] = issue(m_fleet->path(QStringLiteral("fleet/pki")),
                                                  QDateTime::currentDateTimeUtc().addDays(-10), 1);
            QVERIFY(!certificate.isEmpty());
            r = ask(k.credential, certificate, key);
        } else {
            QVERIFY(test::runProcess(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/scripts/dev-pki"),
                                     {m_dir.filePath(QStringLiteral("foreign"))})
                        .exitCode == 0);
            const auto [certificate, key] = issue(m_dir.filePath(QStringLiteral("foreign")), QDateTime::currentDateTimeUtc(), 30);
            QVERIFY(!certificate.isEmpty());
            r = ask(k.credential, certificate, key);
        }
        QCOMPARE(r.status, 401);
        QCOMPARE(error(r), QStringLiteral("bad_credential"));
    }
};

QTEST_GUILESS_MAIN(TestFleetMtls)
#include "tst_fleet_mtls.moc"
