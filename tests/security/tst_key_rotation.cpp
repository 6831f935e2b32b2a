#include "../store/StoreTestUtil.h"
#include "Aead.h"
#include "KeyRing.h"
#include "KeyRotation.h"
#include "PayloadCodec.h"
#include "SealedPayloadCodec.h"
#include "SecurityTestSupport.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// Data key and KEK rotation keep every submission readable and end with the
// old keys destroyed; interrupted KEK rotations are finished on the next open.
class TestKeyRotation : public QObject
{
    Q_OBJECT

private:
    // Every submission still reads back as first written.
    static void verifyAll(Database &db, const std::shared_ptr<const KeyRing> &ring, const QStringList &numbers,
                          int firstN)
    {
        const test::FakeClock clock{test::pinnedTime()};
        RandomKeySource keys;
        const SealedPayloadCodec codec(ring);
        SubmissionRepository repo(db, clock, codec, keys, test::kioskSettings());
        for (int i = 0; i < numbers.size(); ++i) {
            const auto found = repo.find(numbers.at(i));
            QVERIFY2(found.ok(), qPrintable(found.error.detail));
            QVERIFY(found.value.has_value());
            const SubmissionRequest expected = test::customerRequest(firstN + i);
            QCOMPARE(found.value->fields, expected.fields);
            QCOMPARE(found.value->signaturePng, expected.signaturePng);
            QCOMPARE(found.value->signatureStrokes, expected.signatureStrokes);
        }
    }

private Q_SLOTS:
    void dataKeyRotationPreservesData_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::newRow("one row per batch") << 1;
        QTest::newRow("uneven batches") << 7;
        QTest::newRow("one batch") << 1000;
    }

    void dataKeyRotationPreservesData()
    {
        QFETCH(int, batchSize);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.db"));
        Database db;
        QVERIFY(test::openDatabase(db, path));
        test::MemorySecretStore secrets;
        const PlainPayloadCodec plain;
        // Rows written before sealing existed, then sealed ones.
        const QStringList plainRows = test::submitMany(db, plain, 0, 10);
        auto ring = KeyRing::open(db, secrets).value;
        QVERIFY(ring);
        const SealedPayloadCodec sealed(ring);
        const QStringList sealedRows = test::submitMany(db, sealed, 10, 15);
        QCOMPARE(plainRows.size() + sealedRows.size(), 25);

        KeyRotation rotation(db, secrets, ring);
        rotation.setBatchSize(batchSize);
        QList<qint64> progress;
        rotation.setProgress([&progress](qint64 done) { progress << done; });
        const auto done = rotation.rotateDataKey();
        QVERIFY2(done.ok(), qPrintable(done.error.detail));
        QCOMPARE(done.value.keyId, 2u);
        QCOMPARE(done.value.retiredKeys, QList<quint32>{1});
        QCOMPARE(done.value.rowsResealed, 25);
        QCOMPARE(done.value.batches, (25 + batchSize - 1) / batchSize);
        QCOMPARE(progress.size(), done.value.batches);
        QVERIFY(!done.value.resumed);

        test::RawConnection raw(path);
        QCOMPARE(raw.rows(QStringLiteral("SELECT key_id, state, wrapped IS NULL FROM data_keys ORDER BY key_id")),
                 (QStringList{QStringLiteral("1|retired|1"), QStringLiteral("2|active|0")}));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE payload_codec = 'sealed-v1' "
                                           "AND hex(substr(payload, 1, 5)) = '0200000002'")).toInt(), 25);
        verifyAll(db, ring, plainRows + sealedRows, 0);
        // A fresh process sees the same thing.
        auto reopened = KeyRing::open(db, secrets);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value->keyIds(), QList<quint32>{2});
        verifyAll(db, reopened.value, plainRows + sealedRows, 0);
    }

    void retiredKeyCannotWriteAnyMore()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(test::openDatabase(db, dir.filePath(QStringLiteral("kiosk.db"))));
        test::MemorySecretStore secrets;
        auto ring = KeyRing::open(db, secrets).value;
        // A second process that loaded the keys before the rotation.
        auto stale = KeyRing::open(db, secrets).value;
        QVERIFY(ring && stale);
        KeyRotation rotation(db, secrets, ring);
        QVERIFY(rotation.rotateDataKey().ok());
        const SealedPayloadCodec staleCodec(stale);
        QVERIFY(test::submitMany(db, staleCodec, 0, 1).isEmpty()); // the trigger refuses key 1
        const SealedPayloadCodec codec(ring);
        QCOMPARE(test::submitMany(db, codec, 0, 1).size(), 1);
    }

    void kekRotationRewrapsOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.db"));
        Database db;
        QVERIFY(test::openDatabase(db, path));
        test::MemorySecretStore secrets;
        auto ring = KeyRing::open(db, secrets).value;
        const SealedPayloadCodec codec(ring);
        const QStringList rows = test::submitMany(db, codec, 0, 5);
        test::RawConnection raw(path);
        const QStringList before = raw.rows(QStringLiteral("SELECT hex(payload) FROM submissions ORDER BY id"));
        const QString wrappedBefore = raw.scalar(QStringLiteral("SELECT hex(wrapped) FROM data_keys")).toString();
        const QByteArray oldKek = secrets.value(QStringLiteral("data-kek"));

        KeyRotation rotation(db, secrets, ring);
        const auto done = rotation.rotateKek();
        QVERIFY2(done.ok(), qPrintable(done.error.detail));
        QCOMPARE(done.value.kekId, 2u);
        QCOMPARE(raw.rows(QStringLiteral("SELECT hex(payload) FROM submissions ORDER BY id")), before);
        QVERIFY(raw.scalar(QStringLiteral("SELECT hex(wrapped) FROM data_keys")).toString() != wrappedBefore);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT kek_id FROM data_keys")).toInt(), 2);
        QVERIFY(secrets.value(QStringLiteral("data-kek")) != oldKek);
        QVERIFY(!secrets.contains(QStringLiteral("data-kek-next")));

        auto reopened = KeyRing::open(db, secrets);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value->kekId(), 2u);
        verifyAll(db, reopened.value, rows, 0);
        // The old KEK opens nothing any more.
        test::MemorySecretStore old;
        old.set(QStringLiteral("data-kek"), oldKek);
        QCOMPARE(KeyRing::open(db, old).error.reason, QString(SecurityReason::KekMissing));
        // And data keys made after the KEK rotation are wrapped by the new KEK.
        QVERIFY(KeyRotation(db, secrets, ring).rotateDataKey().ok());
        QVERIFY(KeyRing::open(db, secrets).ok());
    }

    // The new KEK could not be promoted (keychain failed after the rows were
    // rewrapped): the next open finishes the rotation from data-kek-next.
    void interruptedKekRotationIsFinishedOnOpen()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(test::openDatabase(db, dir.filePath(QStringLiteral("kiosk.db"))));
        test::MemorySecretStore secrets;
        auto ring = KeyRing::open(db, secrets).value;
        const SealedPayloadCodec codec(ring);
        const QStringList rows = test::submitMany(db, codec, 0, 3);
        secrets.failWritesTo(QStringLiteral("data-kek"));
        const auto done = KeyRotation(db, secrets, ring).rotateKek();
        QVERIFY(!done.ok());
        QCOMPARE(done.error.reason, QString(SecurityReason::RotationFailed));
        QVERIFY(secrets.contains(QStringLiteral("data-kek-next")));
        verifyAll(db, ring, rows, 0); // this process keeps working

        secrets.clearFailures();
        auto reopened = KeyRing::open(db, secrets);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error.detail));
        QCOMPARE(reopened.value->kekId(), 2u);
        QVERIFY(!secrets.contains(QStringLiteral("data-kek-next")));
        verifyAll(db, reopened.value, rows, 0);
    }

    // data-kek-next was written but the rewrap never committed: it is stale.
    void staleNextKekIsDropped()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(test::openDatabase(db, dir.filePath(QStringLiteral("kiosk.db"))));
        test::MemorySecretStore secrets;
        QVERIFY(KeyRing::open(db, secrets).ok());
        const QByteArray kek = secrets.value(QStringLiteral("data-kek"));
        QByteArray next = kek;
        next[6] = '\x02'; // another id
        secrets.set(QStringLiteral("data-kek-next"), next);
        auto reopened = KeyRing::open(db, secrets);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value->kekId(), 1u);
        QCOMPARE(secrets.value(QStringLiteral("data-kek")), kek);
        QVERIFY(!secrets.contains(QStringLiteral("data-kek-next")));
    }

    // Rows sealed in the first format (bound to their header only) are
    // re-sealed bound to their row and column, and still read back.
    void firstFormatRowsAreResealedBound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.db"));
        Database db;
        QVERIFY(test::openDatabase(db, path));
        test::MemorySecretStore secrets;
        auto ring = KeyRing::open(db, secrets).value;
        QVERIFY(ring);
        const QStringList rows = test::submitMany(db, SealedPayloadCodec(ring), 0, 3);
        QCOMPARE(rows.size(), 3);
        // Rewrite each row's values as an older kiosk sealed them.
        const QByteArray head = QByteArray(1, SealedPayloadCodec::UnboundVersion) + QByteArray("\x00\x00\x00\x01", 4);
        for (int i = 0; i < rows.size(); ++i) {
            const SubmissionRequest r = test::customerRequest(i);
            const QByteArray fields = QJsonDocument(r.fields).toJson(QJsonDocument::Compact);
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("UPDATE submissions SET payload = ?, signature_png = ?, signature_strokes = ? "
                                     "WHERE submission_no = ?"));
            for (const QByteArray *plain : {&fields, &r.signaturePng, &r.signatureStrokes})
                q.addBindValue(head + Aead::seal(*ring->currentKey(), *plain, QByteArrayLiteral("branchsuite/sealed-v1") + head));
            q.addBindValue(rows.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        verifyAll(db, ring, rows, 0); // the first format still opens

        const auto done = KeyRotation(db, secrets, ring).resealPending();
        QVERIFY(done.ok());
        QCOMPARE(done.value.rowsResealed, 3);
        test::RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE hex(substr(payload, 1, 5)) = "
                                           "'0200000001' AND hex(substr(signature_png, 1, 5)) = '0200000001'"))
                     .toInt(),
                 3);
        verifyAll(db, ring, rows, 0);
        QCOMPARE(KeyRotation(db, secrets, ring).resealPending().value.rowsResealed, 0);
    }

    void resealPendingSealsPlainRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.db"));
        Database db;
        QVERIFY(test::openDatabase(db, path));
        test::MemorySecretStore secrets;
        const QStringList rows = test::submitMany(db, PlainPayloadCodec(), 0, 4);
        auto ring = KeyRing::open(db, secrets).value;
        const auto done = KeyRotation(db, secrets, ring).resealPending();
        QVERIFY(done.ok());
        QCOMPARE(done.value.rowsResealed, 4);
        QCOMPARE(done.value.keyId, 1u);
        test::RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE payload_codec = 'plain'")).toInt(),
                 0);
        verifyAll(db, ring, rows, 0);
        QCOMPARE(KeyRotation(db, secrets, ring).resealPending().value.rowsResealed, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_key_rotation.moc"
