#include "CoreHarness.h"
#include "OutboxRepository.h"
#include "ReferenceSync.h"

#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace branch;

// branchctl against the real branch-core over loopback TLS: enrolment (with
// the kiosk's device certificate), delivery, rejection and staff retry,
// revocation, a kiosk enrolled before certificates, bad server certificates.
class TestSyncEndToEnd : public QObject
{
    Q_OBJECT

private:
    static QJsonObject lastJson(const QByteArray &out)
    {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }

private Q_SLOTS:
    // Thousands of per-submission info lines would drown the figures.
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("branch.*.info=false")); }

    void drainsEverythingExactlyOnce()
    {
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(rig.makePki());
        QVERIFY(rig.startCore());
        QVERIFY(rig.enrol());
        const QStringList keys = test::seedKiosk(rig.kioskDb(), 300, 20);
        QCOMPARE(keys.size(), 300);

        const test::ToolRun run = rig.branchctl(rig.syncArgs({QStringLiteral("--until-empty"), QStringLiteral("--reference")}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = lastJson(run.out);
        QCOMPARE(result.value(QStringLiteral("acknowledged")).toInt(), 300);
        QCOMPARE(result.value(QStringLiteral("online")).toBool(), true);
        QVERIFY(qAbs(result.value(QStringLiteral("clockSkewMs")).toInteger()) < 5000);

        QString error;
        const QHash<QString, int> exported = rig.exportedKeys(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(exported.size(), 300);
        for (const QString &key : keys)
            QCOMPARE(exported.value(key), 1);

        const test::ToolRun status = rig.branchctl(
            {QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--database"), rig.kioskDb(), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject s = lastJson(status.out);
        QCOMPARE(s.value(QStringLiteral("counts")).toObject().value(QStringLiteral("acknowledged")).toInt(), 300);
        QCOMPARE(s.value(QStringLiteral("online")).toBool(), true);
        QVERIFY(!s.value(QStringLiteral("lastSuccess")).toString().isEmpty());

        // Reference data came down with versions and ETags.
        Database db;
        OpenOptions options;
        options.path = rig.kioskDb();
        QVERIFY(db.open(options).ok);
        test::FakeCoreForCopy none;
        ReferenceSync reference(db, none);
        const ReferenceCopy catalog = reference.copy(QStringLiteral("catalog")).value;
        QVERIFY(catalog.version >= 1);
        QVERIFY(catalog.etag.startsWith(QStringLiteral("\"v")));
        QVERIFY(catalog.data.contains("utility.electricity"));

        // A second run has nothing to do and sends nothing.
        const test::ToolRun again = rig.branchctl(rig.syncArgs({QStringLiteral("--until-empty")}));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(lastJson(again.out).value(QStringLiteral("sent")).toInt(), 0);
    }

    void rejectionShownToStaffAndRetriedWithSameKey()
    {
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(rig.makePki());
        QVERIFY(rig.startCore());
        QVERIFY(rig.enrol());
        const QStringList keys = test::seedKiosk(rig.kioskDb(), 2, 1, QStringLiteral("no.such_service"));
        const test::ToolRun run = rig.branchctl(rig.syncArgs({QStringLiteral("--until-empty")}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(lastJson(run.out).value(QStringLiteral("rejected")).toInt(), 2);

        const test::ToolRun list = rig.branchctl({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--state"),
                                                  QStringLiteral("rejected"), QStringLiteral("--database"), rig.kioskDb(),
                                                  QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject entry = lastJson(list.out); // newest first: the last line is the oldest
        QCOMPARE(entry.value(QStringLiteral("key")).toString(), keys.at(0));
        QCOMPARE(entry.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown_service"));
        QVERIFY(entry.value(QStringLiteral("receipt")).toString().contains(QStringLiteral("****")));
        QVERIFY(!list.out.contains("6222")); // no form values
        const QString id = QString::number(entry.value(QStringLiteral("id")).toInteger());

        const test::ToolRun retry = rig.branchctl(
            QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), id, QStringLiteral("--database"), rig.kioskDb()}
            + rig.secretArgs());
        QVERIFY2(retry.exitCode == 0, retry.err.constData());
        const test::ToolRun notRejected = rig.branchctl(
            QStringList{QStringLiteral("outbox"), QStringLiteral("retry"), id, QStringLiteral("--database"), rig.kioskDb()}
            + rig.secretArgs());
        QCOMPARE(notRejected.exitCode, 1);
        const test::ToolRun rerun = rig.branchctl(rig.syncArgs({QStringLiteral("--until-empty")}));
        QCOMPARE(rerun.exitCode, 0);
        // Core answers the same key with its stored result: rejected again, nothing applied.
        QCOMPARE(lastJson(rerun.out).value(QStringLiteral("rejected")).toInt(), 1);
        QString error;
        QVERIFY(rig.exportedKeys(&error).isEmpty());
    }

    void revokedDeviceIsRefused()
    {
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(rig.makePki());
        QVERIFY(rig.startCore());
        QVERIFY(rig.enrol());
        test::seedKiosk(rig.kioskDb(), 5, 5);
        QCOMPARE(rig.core({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("K001")}).exitCode, 0);
        const test::ToolRun run = rig.branchctl(rig.syncArgs({QStringLiteral("--until-empty")}));
        QCOMPARE(run.exitCode, 3);
        const QJsonObject result = lastJson(run.out);
        QCOMPARE(result.value(QStringLiteral("reason")).toString(), QStringLiteral("revoked_device"));
        QCOMPARE(result.value(QStringLiteral("counts")).toObject().value(QStringLiteral("pending")).toInt(), 5);
    }

    // A kiosk enrolled before core asked for device certificates holds a
    // credential only: it is told to enrol again, and once it has, it delivers.
    void kioskWithoutCertificateMustEnrolAgain()
    {
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(rig.makePki());
        QVERIFY(rig.startCore());
        QVERIFY(rig.enrol());
        const QStringList keys = test::seedKiosk(rig.kioskDb(), 4, 4);
        for (const char *name : {"device-certificate.secret", "device-key.secret"})
            QVERIFY(QFile::remove(QDir(rig.secrets()).filePath(QLatin1String(name))));
        const test::ToolRun refused = rig.branchctl(rig.syncArgs({QStringLiteral("--until-empty")}));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("(device_certificate_missing)"), refused.err.constData());
        QVERIFY(refused.err.contains("branchctl device enroll"));

        QVERIFY(rig.enrol());
        const test::ToolRun run = rig.branchctl(rig.syncArgs({QStringLiteral("--until-empty")}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(lastJson(run.out).value(QStringLiteral("acknowledged")).toInt(), keys.size());
    }

    void badCertificateIsRefused_data()
    {
        QTest::addColumn<QString>("pkiOption");
        QTest::addColumn<QString>("cert");
        QTest::newRow("expired") << QStringLiteral("--expired") << QStringLiteral("expired");
        QTest::newRow("other CA") << QStringLiteral("--other-ca") << QStringLiteral("other");
    }

    void badCertificateIsRefused()
    {
        QFETCH(QString, pkiOption);
        QFETCH(QString, cert);
        QTemporaryDir dir;
        test::CoreRig rig(dir.path());
        QVERIFY(rig.makePki({pkiOption}));
        QVERIFY(rig.startCore());
        QVERIFY(rig.enrol()); // with the good certificate
        rig.stopCore();
        QVERIFY(rig.startCore(cert));
        test::seedKiosk(rig.kioskDb(), 3, 3);
        const test::ToolRun run = rig.branchctl(rig.syncArgs({QStringLiteral("--core"), rig.url()}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(lastJson(run.out).value(QStringLiteral("reason")).toString() == QLatin1String("tls_failed"),
                 run.err.constData());
        QString error;
        QVERIFY(rig.exportedKeys(&error).isEmpty());
        QCOMPARE(lastJson(run.out).value(QStringLiteral("acknowledged")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_sync_e2e.moc"
