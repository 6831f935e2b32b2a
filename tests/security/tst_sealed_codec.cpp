#include "Aead.h"
#include "KeyRing.h"
#include "KeyRotation.h"
#include "SealedPayloadCodec.h"
#include "SecureKey.h"
#include "SecurityTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;

namespace {
const QByteArray kContext = payloadContext(QLatin1String("payload"), QStringLiteral("BJ01K02-20250314-000001"));
} // namespace

// Seal and open through the codec: round trips, and every kind of tampering
// the format is meant to catch.
class TestSealedCodec : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    test::MemorySecretStore m_secrets;
    std::shared_ptr<KeyRing> m_ring;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::openDatabase(m_db, m_dir.filePath(QStringLiteral("kiosk.db"))));
        auto ring = KeyRing::open(m_db, m_secrets);
        QVERIFY2(ring.ok(), qPrintable(ring.error.detail));
        m_ring = ring.value;
        QCOMPARE(m_ring->currentKeyId(), 1u);
        QVERIFY(m_secrets.contains(QStringLiteral("data-kek")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("json") << QByteArray(R"({"name":"张三","phone":"13812345678"})");
        QTest::newRow("binary with zeros") << QByteArray("\x00\x01\xff\x00", 4);
        QTest::newRow("one megabyte") << QByteArray(1 << 20, 'x');
    }

    void roundTrip()
    {
        QFETCH(QByteArray, plain);
        const SealedPayloadCodec codec(m_ring);
        QCOMPARE(codec.name(), QStringLiteral("sealed-v1"));
        const auto sealed = codec.encode(plain, kContext);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed.value.size(), plain.size() + SealedPayloadCodec::HeaderSize + Aead::NonceSize + Aead::TagSize);
        QCOMPARE(sealed.value.left(5), QByteArray("\x02\x00\x00\x00\x01", 5));
        QCOMPARE(SealedPayloadCodec::keyIdOf(sealed.value), std::optional<quint32>(1));
        if (plain.size() > 8)
            QVERIFY(!sealed.value.contains(plain.left(8)));
        const auto opened = codec.decode(sealed.value, kContext);
        QVERIFY2(opened.ok(), qPrintable(opened.error.detail));
        QCOMPARE(opened.value, plain);
    }

    void freshNonceEachTime()
    {
        const SealedPayloadCodec codec(m_ring);
        const QByteArray plain("same value");
        QVERIFY(codec.encode(plain, kContext).value != codec.encode(plain, kContext).value);
    }

    void flippedByteIsRejected_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("version byte") << 0;
        QTest::newRow("key id") << 4;
        QTest::newRow("nonce") << 10;
        QTest::newRow("ciphertext") << 5 + 24 + 3;
        QTest::newRow("tag (last byte)") << -1;
    }

    void flippedByteIsRejected()
    {
        QFETCH(int, offset);
        const SealedPayloadCodec codec(m_ring);
        QByteArray sealed = codec.encode(QByteArray("resident id 11010519491231002X"), kContext).value;
        const qsizetype at = offset < 0 ? sealed.size() + offset : offset;
        sealed[at] = char(sealed.at(at) ^ 0x01);
        const auto opened = codec.decode(sealed, kContext);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error.reason, QString(StoreReason::PayloadCodecFailed));
        QVERIFY(opened.value.isEmpty());
    }

    void truncatedIsRejected()
    {
        const SealedPayloadCodec codec(m_ring);
        const QByteArray sealed = codec.encode(QByteArray("abc"), kContext).value;
        for (qsizetype n = 0; n < sealed.size(); ++n)
            QVERIFY2(!codec.decode(sealed.left(n), kContext).ok(), qPrintable(QString::number(n)));
    }

    // A value relabelled with another live key's id: both the key and the
    // associated data differ, so it must not open.
    void wrongKeyIdIsRejected()
    {
        Database db;
        QTemporaryDir dir;
        QVERIFY(test::openDatabase(db, dir.filePath(QStringLiteral("two-keys.db"))));
        test::MemorySecretStore secrets;
        auto ring = KeyRing::open(db, secrets).value;
        QVERIFY(ring);
        const SealedPayloadCodec codec(ring);
        QByteArray underOne = codec.encode(QByteArray("sealed under key 1"), kContext).value;
        // A second live key without retiring the first: start a rotation by
        // hand (as a crash right after the new generation would leave it).
        KeyRotation rotation(db, secrets, ring);
        rotation.setBatchSize(1);
        rotation.setProgress([](qint64) {});
        QVERIFY(rotation.rotateDataKey().ok()); // no rows: key 1 is retired at once
        QCOMPARE(ring->currentKeyId(), 2u);
        QVERIFY(!codec.decode(underOne, kContext).ok()); // retired key 1 is gone

        const QByteArray underTwo = codec.encode(QByteArray("sealed under key 2"), kContext).value;
        QByteArray relabelled = underTwo;
        relabelled[4] = '\x01'; // claims key 1, which no longer exists
        QVERIFY(!codec.decode(relabelled, kContext).ok());
        relabelled[4] = '\x03'; // claims a key that never existed
        QVERIFY(!codec.decode(relabelled, kContext).ok());
        underOne[4] = '\x02'; // key 1's value claiming key 2
        QVERIFY(!codec.decode(underOne, kContext).ok());
        QVERIFY(codec.decode(underTwo, kContext).ok());
    }

    // The associated data must match exactly: another context, or a header
    // moved onto another body, does not open.
    void swappedAssociatedDataIsRejected()
    {
        const auto key = m_ring->currentKey();
        QVERIFY(key);
        const QByteArray aad = SealedPayloadCodec::associatedData(SealedPayloadCodec::header(1), kContext);
        const QByteArray sealed = Aead::seal(*key, QByteArray("payload"), aad);
        QCOMPARE(Aead::open(*key, sealed, aad), std::optional<QByteArray>(QByteArray("payload")));
        QVERIFY(!Aead::open(*key, sealed, SealedPayloadCodec::associatedData(SealedPayloadCodec::header(2), kContext)));
        QVERIFY(!Aead::open(*key, sealed, QByteArrayLiteral("branchsuite/dek-v1") + aad.right(5)));
        QVERIFY(!Aead::open(*key, sealed, QByteArray()));
        // Sealed without the header as associated data, then given a header.
        const SealedPayloadCodec codec(m_ring);
        const QByteArray bare = SealedPayloadCodec::header(1) + Aead::seal(*key, QByteArray("payload"), QByteArray());
        QVERIFY(!codec.decode(bare, kContext).ok());
    }

    // A value copied into another row, or into another column of its row,
    // does not open there: swapping two customers' card numbers is caught.
    void movedValueIsRejected_data()
    {
        QTest::addColumn<QByteArray>("elsewhere");
        QTest::newRow("another row") << payloadContext(QLatin1String("payload"), QStringLiteral("BJ01K02-20250314-000002"));
        QTest::newRow("another column") << payloadContext(QLatin1String("signature_png"), QStringLiteral("BJ01K02-20250314-000001"));
        QTest::newRow("no context") << QByteArray();
    }

    void movedValueIsRejected()
    {
        QFETCH(QByteArray, elsewhere);
        const SealedPayloadCodec codec(m_ring);
        const QByteArray sealed = codec.encode(QByteArray("card 6217000000123456780"), kContext).value;
        QVERIFY(codec.decode(sealed, kContext).ok());
        const auto opened = codec.decode(sealed, elsewhere);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error.reason, QString(StoreReason::PayloadCodecFailed));
    }

    // Values of the first format (header only as associated data) still open
    // wherever they are, until key rotation re-seals them.
    void firstFormatStillOpens()
    {
        const auto key = m_ring->currentKey();
        QVERIFY(key);
        const QByteArray head = QByteArray(1, SealedPayloadCodec::UnboundVersion) + QByteArray("\x00\x00\x00\x01", 4);
        const QByteArray v1 = head + Aead::seal(*key, QByteArray("old row"), QByteArrayLiteral("branchsuite/sealed-v1") + head);
        QCOMPARE(SealedPayloadCodec::keyIdOf(v1), std::optional<quint32>(1));
        const SealedPayloadCodec codec(m_ring);
        QCOMPARE(codec.decode(v1, kContext).value, QByteArray("old row"));
        // ... but not with its version byte raised to claim the bound format.
        QByteArray raised = v1;
        raised[0] = SealedPayloadCodec::Version;
        QVERIFY(!codec.decode(raised, kContext).ok());
    }

    void wrongKeyIsRejected()
    {
        const auto other = SecureKey::random();
        QVERIFY(other);
        const QByteArray sealed = Aead::seal(*m_ring->currentKey(), QByteArray("payload"), QByteArray("aad"));
        QVERIFY(!Aead::open(*other, sealed, QByteArray("aad")));
    }

    void keysSurviveReopen()
    {
        const SealedPayloadCodec codec(m_ring);
        const QByteArray sealed = codec.encode(QByteArray("kept across restarts"), kContext).value;
        auto again = KeyRing::open(m_db, m_secrets);
        QVERIFY(again.ok());
        QCOMPARE(again.value->currentKeyId(), m_ring->currentKeyId());
        QCOMPARE(SealedPayloadCodec(again.value).decode(sealed, kContext).value, QByteArray("kept across restarts"));
    }

    void lostKekIsRefusedNotReplaced()
    {
        test::MemorySecretStore empty;
        const auto ring = KeyRing::open(m_db, empty);
        QVERIFY(!ring.ok());
        QCOMPARE(ring.error.reason, QString(SecurityReason::KekMissing));
        QVERIFY(!ring.error.message.isEmpty());
        QVERIFY(!empty.contains(QStringLiteral("data-kek")));
    }

    void foreignKekCannotUnwrap()
    {
        test::MemorySecretStore other;
        Database db;
        QTemporaryDir dir;
        QVERIFY(test::openDatabase(db, dir.filePath(QStringLiteral("other.db"))));
        QVERIFY(KeyRing::open(db, other).ok());
        // Same id (1), different bytes: the wrapped data key does not open.
        const auto ring = KeyRing::open(m_db, other);
        QVERIFY(!ring.ok());
        QCOMPARE(ring.error.reason, QString(SecurityReason::KeyUnwrapFailed));
    }
};

QTEST_GUILESS_MAIN(TestSealedCodec)
#include "tst_sealed_codec.moc"
