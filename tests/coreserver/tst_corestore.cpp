// CoreStore on SQLite and on a real PostgreSQL 15 (started by the ctest
// fixture): idempotent apply, replay, conflict, the lost race, retention
// purge, enrolment and revocation with device certificates. Each row of
// every test runs on both.
#include "CoreRules.h"
#include "CoreStores.h"
#include "CoreTestData.h"
#include "Credentials.h"
#include "PostgresCoreStore.h"
#include "SqliteCoreStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;
using namespace coretest;

class TestCoreStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_conninfo;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();
    const CoreRules m_rules{{QStringLiteral("utility.water"), QStringLiteral("utility.electricity")}};

    std::unique_ptr<CoreStore> makeStore(const QString &backend, int sqliteBusyMs = 5000)
    {
        return openStore(backend, m_dir.filePath(QStringLiteral("core.db")), m_conninfo, sqliteBusyMs);
    }

    TransactionDecider decider(const QString &device, const QDateTime &now) const
    {
        return [this, device, now](const CoreTransaction &t) { return m_rules.decide(device, t, now); };
    }

    QList<CoreResult> apply(CoreStore &store, const QString &device, const QList<QJsonObject> &objects,
                            const QDateTime &now)
    {
        QList<CoreTransaction> batch;
        for (const QJsonObject &o : objects)
            batch.append(tx(ofDevice(o, device)));
        QList<CoreResult> results;
        const CoreStoreStatus status = store.applyBatch(device, batch, now, decider(device, now), &results);
        if (!status.ok())
            qWarning("applyBatch failed: %s", qPrintable(status.detail));
        return results;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_conninfo = branch::test::fixtureConninfo(&error);
        QVERIFY2(!m_conninfo.isEmpty(), qPrintable(error));
    }

    void backends_data() { backendRows(); }

    void applyThenReplay_data() { backends_data(); }
    void applyThenReplay()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString device = randomDevice();
        const QList<QJsonObject> batch = {txObject(randomKey(), 1), txObject(randomKey(), 2, QStringLiteral("no.such"))};

        const QList<CoreResult> first = apply(*store, device, batch, m_now);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).outcome, QStringLiteral("applied"));
        QVERIFY(!first.at(0).replayed);
        QVERIFY(first.at(0).coreRef.startsWith(u"CR"));
        QCOMPARE(first.at(1).outcome, QStringLiteral("rejected"));
        QCOMPARE(first.at(1).reason, QStringLiteral("unknown_service"));

        const QList<CoreResult> again = apply(*store, device, batch, m_now.addSecs(60));
        QCOMPARE(again.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(again.at(i).replayed);
            QCOMPARE(again.at(i).outcome, first.at(i).outcome);
            QCOMPARE(again.at(i).coreRef, first.at(i).coreRef);
            QCOMPARE(again.at(i).appliedAt, first.at(i).appliedAt);
        }

        CoreStoreStatus status;
        const auto stored = store->transactionResult(device, first.at(0).key, &status);
        QVERIFY(status.ok());
        QVERIFY(stored);
        QCOMPARE(stored->coreRef, first.at(0).coreRef);
        QVERIFY(!store->transactionResult(device, randomKey(), &status));
        QVERIFY(status.ok());
    }

    void conflictAppliesNothing_data() { backends_data(); }
    void conflictAppliesNothing()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString device = randomDevice();
        const QString key = randomKey();
        QCOMPARE(apply(*store, device, {txObject(key, 1, QStringLiteral("utility.water"), 100)}, m_now)
                     .value(0).outcome, QStringLiteral("applied"));

        const CoreResult other = apply(*store, device, {txObject(key, 1, QStringLiteral("utility.water"), 999)}, m_now).value(0);
        QCOMPARE(other.outcome, QStringLiteral("conflict"));
        QCOMPARE(other.reason, QStringLiteral("key_reused_with_different_body"));
        QVERIFY(!other.replayed);

        int rows = 0;
        qint64 fen = -1;
        QVERIFY(store->exportApplied([&](const ExportRow &row) {
                    if (row.deviceId == device) {
                        ++rows;
                        fen = row.amountFen.value_or(-1);
                    }
                }).ok());
        QCOMPARE(rows, 1);
        QCOMPARE(fen, 100);
    }

    // A kiosk that lost its database may send a receipt number again under a
    // new key. Only an applied number is held: one core rejected is free.
    void receiptNumberTakenByAnotherKey_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("firstService");
        QTest::addColumn<QString>("secondOutcome");
        QTest::addColumn<QString>("secondReason");
        for (const char *backend : {"sqlite", "postgresql"}) {
            const QString b = QString::fromLatin1(backend);
            QTest::addRow("%s: held", backend) << b << QStringLiteral("utility.water") << QStringLiteral("rejected")
                                               << QStringLiteral("receipt_number_taken");
            QTest::addRow("%s: first was rejected", backend)
                << b << QStringLiteral("no.such") << QStringLiteral("applied") << QString();
        }
    }
    void receiptNumberTakenByAnotherKey()
    {
        QFETCH(QString, backend);
        QFETCH(QString, firstService);
        QFETCH(QString, secondOutcome);
        QFETCH(QString, secondReason);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString device = randomDevice();
        const QJsonObject first = txObject(randomKey(), 15, firstService, 100);
        const QJsonObject second = txObject(randomKey(), 15, QStringLiteral("utility.water"), 200);
        const CoreResult a = apply(*store, device, {first}, m_now).value(0);
        const CoreResult b = apply(*store, device, {second}, m_now).value(0);
        QCOMPARE(b.outcome, secondOutcome);
        QCOMPARE(b.reason, secondReason);
        QVERIFY(!b.replayed);
        if (!secondReason.isEmpty())
            QVERIFY(!b.message.isEmpty());

        // Each key again is its own replay, the refusal included.
        const QList<CoreResult> again = apply(*store, device, {first, second}, m_now.addSecs(60));
        QCOMPARE(again.size(), 2);
        QVERIFY(again.at(0).replayed && again.at(1).replayed);
        QCOMPARE(again.at(0).outcome, a.outcome);
        QCOMPARE(again.at(1).outcome, b.outcome);
        QCOMPARE(again.at(1).reason, secondReason);

        QStringList applied;
        QVERIFY(store->exportApplied([&](const ExportRow &row) {
                    if (row.deviceId == device)
                        applied.append(row.key);
                }).ok());
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.at(0), (a.isApplied() ? a : b).key);
    }

    void keysBelongToTheirDevice_data() { backends_data(); }
    void keysBelongToTheirDevice()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QJsonObject object = txObject(randomKey(), 1);
        const CoreResult a = apply(*store, randomDevice(), {object}, m_now).value(0);
        const CoreResult b = apply(*store, randomDevice(), {object}, m_now).value(0);
        QCOMPARE(a.outcome, QStringLiteral("applied"));
        QCOMPARE(b.outcome, QStringLiteral("applied"));
        QVERIFY(!b.replayed);
        QVERIFY(a.coreRef != b.coreRef);
    }

    // A second connection inserts the key between our look-up and our insert.
    // PostgreSQL lets it commit, and we must return its stored result as a
    // replay; SQLite's write lock makes the intruder wait and fail instead.
    void lostRaceReturnsStoredResult_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<bool>("intruderWins");
        QTest::newRow("sqlite") << QStringLiteral("sqlite") << false;
        QTest::newRow("postgresql") << QStringLiteral("postgresql") << true;
    }
    void lostRaceReturnsStoredResult()
    {
        QFETCH(QString, backend);
        QFETCH(bool, intruderWins);
        auto store = makeStore(backend);
        auto intruder = makeStore(backend, 100);
        QVERIFY(store && intruder);
        const QString device = randomDevice();
        const CoreTransaction t = tx(ofDevice(txObject(randomKey(), 7), device));

        QList<CoreResult> intruderResults;
        CoreStoreStatus intruderStatus;
        const TransactionDecider racing = [&](const CoreTransaction &mine) {
            intruderStatus = intruder->applyBatch(device, {t}, m_now.addSecs(1), decider(device, m_now.addSecs(1)),
                                                  &intruderResults);
            return m_rules.decide(device, mine, m_now);
        };
        QList<CoreResult> results;
        QVERIFY(store->applyBatch(device, {t}, m_now, racing, &results).ok());
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).outcome, QStringLiteral("applied"));
        QCOMPARE(intruderStatus.ok(), intruderWins);
        if (intruderWins) {
            QVERIFY(results.at(0).replayed);
            QCOMPARE(results.at(0).appliedAt, intruderResults.at(0).appliedAt);
        } else {
            QVERIFY(!results.at(0).replayed);
            QCOMPARE(intruderStatus.reason, QStringLiteral("unavailable"));
        }
        CoreStoreStatus status;
        QCOMPARE(store->transactionResult(device, t.key, &status)->appliedAt, results.at(0).appliedAt);
    }

    void purgeKeepsSevenDays_data() { backends_data(); }
    void purgeKeepsSevenDays()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString device = randomDevice();
        const QDateTime t0 = m_now.addDays(-400); // older than every other test's rows
        const QString key = apply(*store, device, {txObject(randomKey(), 1)}, t0).value(0).key;
        QVERIFY(!key.isEmpty());
        CoreStoreStatus status;
        qint64 removed = -1;

        // Asking for one day still keeps seven.
        QVERIFY(store->purge(t0.addDays(6), 1, &removed).ok());
        QVERIFY(store->transactionResult(device, key, &status));
        QVERIFY(store->purge(t0.addDays(9), 10, &removed).ok());
        QVERIFY(store->transactionResult(device, key, &status));

        QVERIFY(store->purge(t0.addDays(8), 1, &removed).ok());
        QVERIFY(removed >= 1);
        QVERIFY(!store->transactionResult(device, key, &status));
        QVERIFY(status.ok());
    }

    static DeviceCertificateRecord certificate(const QString &device, const QDateTime &now)
    {
        return {randomKey(), device, now.addDays(365), false};
    }

    void enrolAndRevoke_data() { backends_data(); }
    void enrolAndRevoke()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString device = randomDevice();
        const QByteArray code = Credentials::sha256Hex(QStringLiteral("CODE-%1").arg(device));
        const QByteArray secret = Credentials::sha256Hex(QStringLiteral("secret"));
        const DeviceCertificateRecord issued = certificate(device, m_now);
        QVERIFY(store->addDevice(device, code, m_now.addDays(1), m_now).ok());

        CoreStoreStatus status;
        QVERIFY(store->device(device, &status)->secretSha256.isEmpty());
        QCOMPARE(store->enrolDevice(device, Credentials::sha256Hex(QStringLiteral("wrong")), secret, issued, m_now).reason,
                 QStringLiteral("bad_enrolment_code"));
        QCOMPARE(store->enrolDevice(randomDevice(), code, secret, issued, m_now).reason, QStringLiteral("bad_enrolment_code"));
        QCOMPARE(store->enrolDevice(device, code, secret, issued, m_now.addDays(2)).reason, QStringLiteral("bad_enrolment_code"));
        // A refused enrolment records no certificate.
        QVERIFY(!store->deviceCertificate(issued.serial, &status));
        QVERIFY(status.ok());
        QVERIFY(store->enrolDevice(device, code, secret, issued, m_now).ok());
        QCOMPARE(store->enrolDevice(device, code, secret, certificate(device, m_now), m_now).reason,
                 QStringLiteral("bad_enrolment_code"));

        std::optional<DeviceRecord> record = store->device(device, &status);
        QVERIFY(record);
        QCOMPARE(record->secretSha256, secret);
        QVERIFY(!record->revoked);
        std::optional<DeviceCertificateRecord> held = store->deviceCertificate(issued.serial, &status);
        QVERIFY(held);
        QCOMPARE(held->deviceId, device);
        QCOMPARE(held->notAfter, issued.notAfter);
        QVERIFY(!held->revoked);

        QVERIFY(store->revokeDevice(device, m_now).ok());
        QVERIFY(store->device(device, &status)->revoked);
        QVERIFY(store->deviceCertificate(issued.serial, &status)->revoked); // revocation covers the certificate
        QCOMPARE(store->revokeDevice(randomDevice(), m_now).reason, QStringLiteral("unknown_device"));
        QVERIFY(!store->device(randomDevice(), &status));
        QVERIFY(status.ok());
    }

    // Enrolling again lifts a revocation with a new certificate; every
    // earlier certificate of the device stays refused.
    void enrolAgainSupersedesCertificates_data() { backends_data(); }
    void enrolAgainSupersedesCertificates()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString device = randomDevice();
        const QString other = randomDevice();
        QList<DeviceCertificateRecord> issued;
        for (const QString &id : {device, other, device, device}) {
            const QByteArray code = Credentials::sha256Hex(randomKey());
            QVERIFY(store->addDevice(id, code, m_now.addDays(1), m_now).ok());
            issued.append(certificate(id, m_now));
            QVERIFY(store->enrolDevice(id, code, Credentials::sha256Hex(randomKey()), issued.last(), m_now).ok());
            if (issued.size() == 3)
                QVERIFY(store->revokeDevice(device, m_now).ok());
        }
        CoreStoreStatus status;
        QVERIFY(store->deviceCertificate(issued.at(0).serial, &status)->revoked);
        QVERIFY(!store->deviceCertificate(issued.at(1).serial, &status)->revoked); // another device's
        QVERIFY(store->deviceCertificate(issued.at(2).serial, &status)->revoked);
        QVERIFY(!store->deviceCertificate(issued.at(3).serial, &status)->revoked);
        QVERIFY(!store->device(device, &status)->revoked);
    }

    void referenceVersionMovesOnChange_data() { backends_data(); }
    void referenceVersionMovesOnChange()
    {
        QFETCH(QString, backend);
        auto store = makeStore(backend);
        QVERIFY(store);
        const QString name = QStringLiteral("test-%1").arg(randomDevice());
        qint64 version = 0;
        QVERIFY(store->seedReference(name, QJsonObject{{QStringLiteral("a"), 1}}, m_now, &version).ok());
        QCOMPARE(version, 1);
        QVERIFY(store->seedReference(name, QJsonObject{{QStringLiteral("a"), 1}}, m_now, &version).ok());
        QCOMPARE(version, 1);
        QVERIFY(store->seedReference(name, QJsonArray{1, 2}, m_now, &version).ok());
        QCOMPARE(version, 2);
        CoreStoreStatus status;
        const auto entry = store->reference(name, &status);
        QVERIFY(entry);
        QCOMPARE(entry->version, 2);
        QCOMPARE(entry->data, QJsonValue(QJsonArray{1, 2}));
    }

    void unreachableServerIsUnavailable()
    {
        PostgresCoreStore store(QStringLiteral("host=%1 port=1 dbname=core user=postgres connect_timeout=2")
                                    .arg(m_dir.path()));
        QCOMPARE(store.open().reason, QStringLiteral("unavailable"));
        CoreStoreStatus status;
        QVERIFY(!store.device(QStringLiteral("K001"), &status));
        QCOMPARE(status.reason, QStringLiteral("unavailable"));
    }
};

QTEST_GUILESS_MAIN(TestCoreStore)
#include "tst_corestore.moc"
