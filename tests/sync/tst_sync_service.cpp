#include "AuditKeying.h"
#include "Database.h"
#include "SealingSetup.h"
#include "SecretStore.h"
#include "SubmissionRepository.h"
#include "SyncService.h"
#include "SyncStatus.h"
#include "CoreHarness.h"
#include "TestFiles.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using branch::SyncService;
using branch::SyncServiceOptions;
using branch::SyncSnapshot;


// The kiosk's background delivery, without a UI: what it reports when it
// cannot deliver, and that it stops promptly with a request on the wire.
class tst_SyncService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void notConfigured_data();
    void notConfigured();
    void nudgeRecountsWhileNotConfigured();
    void stopsWithRequestInFlight();

private:
    SyncServiceOptions options(const QString &name) const;
    bool prepare(const QString &name, bool withCore, bool withCredential, int submissions, bool withCertificate = true);

    QTemporaryDir m_dir;
    // What the kiosk hands the service, by database name.
    QHash<QString, std::shared_ptr<branch::Sealing>> m_sealing;
    QHash<QString, std::shared_ptr<const branch::AuditChainKey>> m_auditKey;
    QHash<QString, QByteArray> m_credential;
    QHash<QString, bool> m_certificate; // the device's certificate and key were handed over too
    QTcpServer m_silent; // accepts connections and never answers
    QList<QTcpSocket *> m_held;
};

void tst_SyncService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    branch::test::CoreRig rig(m_dir.path());
    QVERIFY(rig.makePki());
    QVERIFY(m_silent.listen(QHostAddress::LocalHost));
    connect(&m_silent, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_silent.nextPendingConnection())
            m_held.append(s);
    });
}

SyncServiceOptions tst_SyncService::options(const QString &name) const
{
    SyncServiceOptions o;
    o.databasePath = m_dir.filePath(name + QStringLiteral(".db"));
    if (const auto sealing = m_sealing.value(name))
        o.codec = std::shared_ptr<const branch::PayloadCodec>(sealing, sealing->codec.get());
    o.auditKey = m_auditKey.value(name);
    o.deviceCredential = m_credential.value(name);
    if (m_certificate.value(name)) {
        // Any client certificate and key the TLS stack accepts: the silent
        // server never looks at them.
        o.deviceCertificate = branch::test::readFile(m_dir.filePath(QStringLiteral("pki/proxy.pem")));
        o.deviceKey = branch::test::readFile(m_dir.filePath(QStringLiteral("pki/proxy.key")));
    }
    o.intervalMs = 60000; // only nudges and the first pass run in these tests
    o.requestTimeoutMs = 30000;
    return o;
}

// A kiosk database as the kiosk leaves it: sealed submissions, and maybe an
// enrolled core address and a device credential.
bool tst_SyncService::prepare(const QString &name, bool withCore, bool withCredential, int submissions,
                              bool withCertificate)
{
    m_certificate.insert(name, withCertificate);
    const SyncServiceOptions o = options(name);
    branch::Database db;
    branch::OpenOptions open;
    open.path = o.databasePath;
    if (!db.open(open).ok)
        return false;
    branch::SecretStoreOptions secrets;
    secrets.developmentDirectory = m_dir.filePath(name + QStringLiteral("-secrets"));
    const auto sealing = branch::openSealing(db, secrets);
    if (!sealing.ok())
        return false;
    m_sealing.insert(name, sealing.value);
    const auto auditKey = branch::openAuditKey(db, *sealing.value->secrets, branch::SystemClock(), QStringLiteral("kiosk"));
    if (!auditKey.ok())
        return false;
    m_auditKey.insert(name, auditKey.value);
    if (withCore) {
        branch::CoreSettings core{QStringLiteral("https://127.0.0.1:%1").arg(m_silent.serverPort()),
                                  m_dir.filePath(QStringLiteral("pki/ca.pem"))};
        if (core.save(db).isError())
            return false;
    }
    if (withCredential) {
        if (!sealing.value->secrets->write(QString(branch::SecretName::DeviceCredential), "K001.secret").ok())
            return false;
        m_credential.insert(name, QByteArrayLiteral("K001.secret"));
    }
    const branch::SystemClock clock;
    branch::RandomKeySource keys;
    branch::SubmissionSettings settings;
    settings.kioskCode = QStringLiteral("K001");
    branch::SubmissionRepository repo(db, clock, *sealing.value->codec, keys, settings);
    for (int i = 0; i < submissions; ++i) {
        branch::SubmissionRequest r;
        r.serviceId = QStringLiteral("utility.electricity");
        r.sessionId = QStringLiteral("s%1").arg(i);
        r.orderingKey = QStringLiteral("o%1").arg(i);
        r.fields = QJsonObject{{QStringLiteral("account"), QStringLiteral("0101234568")}};
        if (!repo.submit(r).ok())
            return false;
    }
    return true;
}

void tst_SyncService::notConfigured_data()
{
    QTest::addColumn<bool>("withCore");
    QTest::addColumn<bool>("withCredential");
    QTest::addColumn<bool>("withCertificate");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no core") << false << true << true << QStringLiteral("core_not_configured");
    QTest::newRow("no credential") << true << false << false << QStringLiteral("no_device_credential");
    // Enrolled before core asked for device certificates: staff must enrol again.
    QTest::newRow("no certificate") << true << true << false << QStringLiteral("device_certificate_missing");
}

void tst_SyncService::notConfigured()
{
    QFETCH(bool, withCore);
    QFETCH(bool, withCredential);
    QFETCH(bool, withCertificate);
    QFETCH(QString, reason);
    const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
    QVERIFY(prepare(name, withCore, withCredential, 2, withCertificate));
    SyncService service(options(name));
    QSignalSpy published(&service, &SyncService::snapshotChanged);
    service.start();
    QVERIFY(published.wait(10000));
    const SyncSnapshot s = published.constLast().constFirst().value<SyncSnapshot>();
    QCOMPARE(s.configured, false);
    QCOMPARE(s.online, false);
    QCOMPARE(s.reason, reason);
    QCOMPARE(s.counts.pending, 2);
    QCOMPARE(service.snapshot(), s);
    service.stop();
    QVERIFY(!service.isRunning());
}

void tst_SyncService::nudgeRecountsWhileNotConfigured()
{
    QVERIFY(prepare(QStringLiteral("recount"), false, false, 1));
    SyncService service(options(QStringLiteral("recount")));
    service.start();
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().counts.pending, 1, 10000);
    QVERIFY(prepare(QStringLiteral("recount"), false, false, 1)); // another submission
    service.nudge();
    QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().counts.pending, 2, 5000);
}

void tst_SyncService::stopsWithRequestInFlight()
{
    QVERIFY(prepare(QStringLiteral("inflight"), true, true, 3));
    auto service = std::make_unique<SyncService>(options(QStringLiteral("inflight")));
    service->start();
    // The worker's TLS handshake reaches the silent server and waits there.
    QTRY_VERIFY_WITH_TIMEOUT(!m_held.isEmpty(), 10000);
    // A stop that waited for the silent server would hang here, and the
    // test's timeout would fail it; how long a stop takes is no assert.
    service.reset();

    // Nothing was lost: every entry is still there, waiting or in doubt.
    branch::Database db;
    branch::OpenOptions open;
    open.path = options(QStringLiteral("inflight")).databasePath;
    QVERIFY(db.open(open).ok);
    const auto counts = branch::OutboxRepository(db).countByState();
    QVERIFY(counts.ok());
    QCOMPARE(counts.value.value(branch::OutboxState::Pending) + counts.value.value(branch::OutboxState::Sent), 3);
}

QTEST_GUILESS_MAIN(tst_SyncService)
#include "tst_sync_service.moc"
