#include "AuditKeying.h"
#include "CoreHarness.h"
#include "DeviceSecrets.h"
#include "KeychainSecretStore.h"
#include "SealingSetup.h"
#include "SecretStore.h"
#include "SyncService.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace branch;

// A kiosk as it is deployed: no development secrets anywhere. branchctl
// enrols the device into the real keychain (scripts/with-keychain): its
// credential, and its client certificate with the key it made. The
// submissions are sealed under a key-encryption key from it, and the
// background sync worker delivers them to the real branch-core with what
// this (the owning) thread read from the keychain. The worker used to open
// the keychain itself, and QtKeychain crashed on its thread.
class TestSyncKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        KeychainSecretStore store;
        const SecretResult probed = store.probe();
        QVERIFY2(probed.ok(), qPrintable(QStringLiteral("no keychain (%1); run through scripts/with-keychain")
                                             .arg(probed.reason())));
    }

    void deliversWithSecretsInTheKeychain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::CoreRig rig(dir.path());
        rig.useKeychain();
        QVERIFY(rig.makePki());
        QVERIFY(rig.startCore());
        QVERIFY(rig.enrol());

        QStringList keys;
        std::shared_ptr<Sealing> kept; // handed to the service, as the kiosk does
        std::shared_ptr<const AuditChainKey> auditKey;
        DeviceSecrets device;
        {
            Database db;
            OpenOptions open;
            open.path = rig.kioskDb();
            QVERIFY(db.open(open).ok);
            const auto sealing = openSealing(db, SecretStoreOptions{});
            QVERIFY2(sealing.ok(), qPrintable(sealing.error.reason));
            QCOMPARE(sealing.value->secrets->backend(), QStringLiteral("keychain"));
            // Enrolment put the credential, the certificate and its key in the keychain.
            const Result<DeviceSecrets, SecurityError> enrolled = DeviceSecrets::read(*sealing.value->secrets);
            QVERIFY2(enrolled.ok(), qPrintable(enrolled.reason()));
            device = enrolled.value();
            QVERIFY(device.privateKey.startsWith("-----BEGIN PRIVATE KEY-----"));
            kept = sealing.value;
            const auto opened = openAuditKey(db, *sealing.value->secrets, SystemClock(), QStringLiteral("kiosk"));
            QVERIFY2(opened.ok(), qPrintable(opened.error.reason));
            auditKey = opened.value;
            const SystemClock clock;
            RandomKeySource keySource;
            SubmissionSettings settings;
            settings.kioskCode = QStringLiteral("K001");
            SubmissionRepository repo(db, clock, *sealing.value->codec, keySource, settings);
            for (int i = 0; i < 3; ++i) {
                SubmissionRequest r;
                r.serviceId = QStringLiteral("utility.electricity");
                r.sessionId = QStringLiteral("visit-%1").arg(i);
                r.fields = QJsonObject{{QStringLiteral("account_holder"), QStringLiteral("李四")}};
                const auto stored = repo.submit(r);
                QVERIFY2(stored.ok(), qPrintable(stored.error.reason));
                keys.append(stored.value.idempotencyKey);
            }
        }

        SyncServiceOptions options;
        options.databasePath = rig.kioskDb();
        options.codec = std::shared_ptr<const PayloadCodec>(kept, kept->codec.get());
        options.auditKey = auditKey;
        options.deviceCredential = device.credential;
        options.deviceCertificate = device.certificate;
        options.deviceKey = device.privateKey;
        options.intervalMs = 1000;
        SyncService service(options);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(service.snapshot().counts.acknowledged, 3, 30000);
        QVERIFY(service.snapshot().configured);
        QVERIFY(service.snapshot().online);
        // The worker anchored the audit log (three outcomes) and hands core's
        // key to this thread to pin, as the kiosk does.
        QTRY_VERIFY_WITH_TIMEOUT(!service.snapshot().coreAnchorKey.isEmpty(), 30000);
        service.stop();
        const test::ToolRun anchors = rig.core({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--device"),
                                                QStringLiteral("K001"), QStringLiteral("--json")});
        QVERIFY2(anchors.exitCode == 0, anchors.out.constData());
        QCOMPARE(QJsonDocument::fromJson(anchors.out).object().value(QStringLiteral("sequence")).toInt(), 3);

        QString error;
        const QHash<QString, int> exported = rig.exportedKeys(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &key : std::as_const(keys))
            QCOMPARE(exported.value(key), 1);
        // Nothing fell back to files.
        QVERIFY(!QFileInfo::exists(rig.secrets()));
    }
};

QTEST_GUILESS_MAIN(TestSyncKeychain)
#include "tst_sync_keychain.moc"
