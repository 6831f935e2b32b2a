#include "KeyRing.h"
#include "KeychainSecretStore.h"
#include "SealedPayloadCodec.h"
#include "SecretStoreFactory.h"
#include "SecurityTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// Against the REAL Secret Service keychain. CTest runs this through
// scripts/with-keychain (a private session bus and an unlocked
// gnome-keyring); without one every test here fails: it never skips.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainIsReachable()
    {
        KeychainSecretStore store;
        const SecretResult probed = store.probe();
        QVERIFY2(probed.ok(), qPrintable(QStringLiteral("no keychain (%1); run through scripts/with-keychain")
                                             .arg(probed.reason())));
    }

    void factoryPicksKeychain()
    {
        const SecretStoreOpenResult opened = openSecretStore({});
        QVERIFY2(opened.ok(), qPrintable(opened.reason()));
        QCOMPARE(opened.value()->backend(), QStringLiteral("keychain"));
    }

    void binaryRoundTrip()
    {
        KeychainSecretStore store;
        const QString name = QStringLiteral("device-credential");
        QVERIFY(store.remove(name).ok());
        QCOMPARE(store.read(name).reason(), QString(SecurityReason::SecretNotFound));
        const QByteArray value("\x00\x01credential\xfe\xff", 14);
        const SecretResult written = store.write(name, value);
        QVERIFY2(written.ok(), qPrintable(written.reason()));
        const SecretResult read = store.read(name);
        QVERIFY2(read.ok(), qPrintable(read.reason()));
        QCOMPARE(read.value(), value);
        QVERIFY(store.remove(name).ok());
        QCOMPARE(store.read(name).reason(), QString(SecurityReason::SecretNotFound));
    }

    void sealsWithKekFromKeychain()
    {
        KeychainSecretStore store;
        QVERIFY(store.remove(QStringLiteral("data-kek")).ok());
        QTemporaryDir dir;
        Database db;
        QVERIFY(test::openDatabase(db, dir.filePath(QStringLiteral("kiosk.db"))));
        const auto ring = KeyRing::open(db, store);
        QVERIFY2(ring.ok(), qPrintable(ring.error.reason + u' ' + ring.error.detail));
        QVERIFY(store.read(QStringLiteral("data-kek")).ok());
        const QByteArray sealed = SealedPayloadCodec(ring.value).encode(QByteArray("in the keychain"), QByteArrayLiteral("test")).value;
        // A second process: the KEK comes back from the keychain.
        const auto again = KeyRing::open(db, store);
        QVERIFY(again.ok());
        QCOMPARE(SealedPayloadCodec(again.value).decode(sealed, QByteArrayLiteral("test")).value, QByteArray("in the keychain"));
        QVERIFY(store.remove(QStringLiteral("data-kek")).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
