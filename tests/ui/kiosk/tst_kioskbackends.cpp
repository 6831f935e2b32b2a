#include "BillerDirectory.h"
#include "CameraSource.h"
#include "Clock.h"
#include "CommandLine.h"
#include "IdempotencyKeySource.h"
#include "KioskBackends.h"

#include <QTemporaryFile>
#include <QTest>

using branch::KioskBackends;

// The real backends main() hands to the kiosk, as the command line asks.
class tst_KioskBackends : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standardHasEveryPart();
    void commandLineChoosesCoreAndSecrets();
    void deliveryIntervalIsAtLeastASecond();
    void cameraAsTheCommandLineSays();
};

void tst_KioskBackends::standardHasEveryPart()
{
    const KioskBackends backends = KioskBackends::standard(branch::KioskOptions{});
    QVERIFY(backends.clock);
    QVERIFY(backends.clock->now().isValid());
    QVERIFY(backends.keys);
    QCOMPARE(backends.keys->next().size(), 32);
    QVERIFY(backends.billers);
    QVERIFY(!backends.billers->billers().isEmpty());
    QVERIFY(backends.secrets.developmentDirectory.isEmpty());
    QVERIFY(backends.core.url.isEmpty());
    // The idle watcher uses the machine's steady clock unless a test gives one.
    QVERIFY(!backends.idleTime);
}

void tst_KioskBackends::commandLineChoosesCoreAndSecrets()
{
    QTemporaryFile ca;
    QVERIFY(ca.open());
    const branch::CommandLine cli = branch::CommandLine::parse(
        {QStringLiteral("branchsuite"), QStringLiteral("--core"), QStringLiteral("https://core.example:8443"),
         QStringLiteral("--ca"), ca.fileName(), QStringLiteral("--dev-insecure-secrets"),
         QStringLiteral("/tmp/secrets")});
    QCOMPARE(cli.status(), branch::CommandLine::Status::Ok);
    const KioskBackends backends = KioskBackends::standard(cli.options());
    QCOMPARE(backends.core.url, QUrl(QStringLiteral("https://core.example:8443")));
    QCOMPARE(backends.core.caFile, ca.fileName());
    QCOMPARE(backends.secrets.developmentDirectory, QStringLiteral("/tmp/secrets"));
    QCOMPARE(backends.core.intervalMs, 15'000);
}

void tst_KioskBackends::deliveryIntervalIsAtLeastASecond()
{
    branch::KioskOptions options;
    options.syncIntervalSeconds = 0;
    QCOMPARE(KioskBackends::standard(options).core.intervalMs, 1000);
}

// --camera none gives no camera; a folder gives a player that is not yet
// running (the scan screen starts it).
void tst_KioskBackends::cameraAsTheCommandLineSays()
{
    branch::KioskOptions options;
    options.camera = QStringLiteral("none");
    QVERIFY(!KioskBackends::standard(options).camera);
    options.camera = QStringLiteral("/tmp");
    const KioskBackends backends = KioskBackends::standard(options);
    QVERIFY(backends.camera);
    QVERIFY(!backends.camera->isRunning());
    QVERIFY(backends.camera->description().contains(QStringLiteral("/tmp")));
}

QTEST_GUILESS_MAIN(tst_KioskBackends)
#include "tst_kioskbackends.moc"
