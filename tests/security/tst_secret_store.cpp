#include "DevelopmentSecretStore.h"
#include "SecretStoreFactory.h"
#include "SecurityError.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// The development file store, and the factory's refusal to run without a
// keychain unless the development option was given.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void developmentStoreRoundTrip()
    {
        QTemporaryDir dir;
        const QString secretDir = dir.filePath(QStringLiteral("secrets"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("INSECURE development secret store")));
        DevelopmentSecretStore store(secretDir);
        QCOMPARE(store.backend(), QStringLiteral("development-file"));
        QCOMPARE(store.read(QStringLiteral("device-credential")).reason(), QString(SecurityReason::SecretNotFound));
        const QByteArray value("\x00secret\xff", 8);
        QVERIFY(store.write(QStringLiteral("device-credential"), value).ok());
        const SecretResult read = store.read(QStringLiteral("device-credential"));
        QVERIFY(read.ok());
        QCOMPARE(read.value(), value);
        QVERIFY(store.write(QStringLiteral("device-credential"), QByteArray("second")).ok());
        QCOMPARE(store.read(QStringLiteral("device-credential")).value(), QByteArray("second"));

        const QFileInfo file(secretDir + QStringLiteral("/device-credential.secret"));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(file.permissions() & (others | QFileDevice::ExeOwner), QFileDevice::Permissions());
        QVERIFY(file.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(QFileInfo(secretDir).permissions() & others, QFileDevice::Permissions());

        QVERIFY(store.remove(QStringLiteral("device-credential")).ok());
        QVERIFY(store.remove(QStringLiteral("device-credential")).ok());
        QCOMPARE(store.read(QStringLiteral("device-credential")).reason(), QString(SecurityReason::SecretNotFound));
    }

    void invalidNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("path") << QStringLiteral("../etc");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("upper case") << QStringLiteral("Data-Kek");
    }

    void invalidNamesAreRefused()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("INSECURE")));
        DevelopmentSecretStore store(dir.path());
        QCOMPARE(store.write(name, QByteArray("x")).reason(), QString(SecurityReason::SecretInvalidName));
        QCOMPARE(store.read(name).reason(), QString(SecurityReason::SecretInvalidName));
        QVERIFY(!SecretStore::isValidName(name));
    }

    void factoryUsesDevelopmentStoreOnlyWhenAsked()
    {
        QTemporaryDir dir;
        SecretStoreOptions options;
        options.developmentDirectory = dir.path();
        // Logged every time it is opened, not once per process.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("INSECURE development secret store")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("INSECURE development secret store")));
        const SecretStoreOpenResult first = openSecretStore(options);
        const SecretStoreOpenResult second = openSecretStore(options);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value()->backend(), QStringLiteral("development-file"));
    }

    // As on a kiosk with no session bus: the keychain cannot be reached, and
    // without the development option the factory refuses.
    void refusesWithoutKeychain()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refusing to start without a keychain")));
        SecretStoreOptions options;
        options.keychainTimeoutMs = 5000;
        const SecretStoreOpenResult opened = openSecretStore(options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.reason(), QStringLiteral("no_keychain"));
        QVERIFY(opened.error().message.contains(QStringLiteral("keychain")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secret_store.moc"
