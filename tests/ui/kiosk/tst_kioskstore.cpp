#include "Database.h"
#include "Kiosk.h"
#include "KioskTestBackends.h"
#include "KioskSession.h"
#include "JournalRepository.h"
#include "ShellController.h"

#include <QDir>
#include <QFile>
#include <QQmlExtensionPlugin>
#include <QSignalSpy>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "KioskQmlPlugins.h"

using branch::Kiosk;

// The kiosk and its local store: what a customer entered lives exactly as long
// as the visit, and a damaged database is set aside, never deleted.
class tst_KioskStore : public QObject
{
    Q_OBJECT

    QString dbPath(const QTemporaryDir &dir) const { return dir.filePath(QStringLiteral("kiosk.sqlite")); }

    static std::unique_ptr<Kiosk> startKiosk(const QString &path)
    {
        branch::KioskOptions options;
        options.databasePath = path;
        options.devInsecureSecretsDir = QFileInfo(path).dir().filePath(QStringLiteral("secrets"));
        auto kiosk = std::make_unique<Kiosk>(options, kioskTestBackends(options));
        if (!kiosk->load())
            return nullptr;
        return kiosk;
    }

private Q_SLOTS:
    void endingAVisitDeletesWhatItEntered()
    {
        QTemporaryDir dir;
        auto kiosk = startKiosk(dbPath(dir));
        QVERIFY(kiosk);
        const QString visit = kiosk->session()->id();
        QVERIFY(!visit.isEmpty());
        QVERIFY(kiosk->journal()->append(visit, QStringLiteral("field"), QByteArrayLiteral("{\"name\":\"x\"}")).ok());
        QVERIFY(kiosk->journal()->append(visit, QStringLiteral("field"), QByteArrayLiteral("{\"mobile\":\"y\"}")).ok());
        QCOMPARE(kiosk->journal()->entries(visit).value.size(), 2);

        QSignalSpy ended(kiosk->session(), &branch::KioskSession::ended);
        kiosk->session()->clear(); // what the idle timeout and "end visit" do
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.constFirst().constFirst().toString(), visit);
        QVERIFY(kiosk->session()->id() != visit);
        QVERIFY(kiosk->journal()->entries(visit).value.isEmpty());
    }

    void visitsCutShortByACrashAreClearedAtStart()
    {
        QTemporaryDir dir;
        {
            branch::Database db;
            branch::OpenOptions open;
            open.path = dbPath(dir);
            QVERIFY(db.open(open).ok);
            branch::JournalRepository journal(db);
            QVERIFY(journal.append(QStringLiteral("visit-before-power-cut"), QStringLiteral("field"),
                                   QByteArrayLiteral("secret")).ok());
        }
        auto kiosk = startKiosk(dbPath(dir));
        QVERIFY(kiosk);
        QVERIFY(kiosk->journal()->sessions().ok());
        QVERIFY(kiosk->journal()->sessions().value.isEmpty());
    }

    void damagedStoreIsSetAsideAndStaffAreTold()
    {
        QTemporaryDir dir;
        QFile garbage(dbPath(dir));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        const QByteArray junk(8192, '\x5a');
        QCOMPARE(garbage.write(junk), junk.size());
        garbage.close();

        auto kiosk = startKiosk(dbPath(dir));
        QVERIFY(kiosk);
        QCOMPARE(kiosk->shell()->bannerCode(), QStringLiteral("store_quarantined"));
        QVERIFY(!kiosk->shell()->bannerText().isEmpty());
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("kiosk.sqlite.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.constFirst()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), junk);
    }

    // The test environment has no session bus, so no keychain answers: the
    // kiosk must refuse rather than keep personal data unprotected.
    void noKeychainRefusesToStart()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        QTemporaryDir dir;
        branch::KioskOptions options;
        options.databasePath = dbPath(dir);
        Kiosk kiosk(options, kioskTestBackends(options));
        const bool loaded = kiosk.load();
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QVERIFY(!loaded);
        QVERIFY(!kiosk.errorMessage().isEmpty());
        QVERIFY(!kiosk.window());
    }

    void unusableStorePathRefusesToStart()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("kiosk.sqlite"))); // a folder where the file should be
        branch::KioskOptions options;
        options.databasePath = dbPath(dir);
        Kiosk kiosk(options, kioskTestBackends(options));
        QVERIFY(!kiosk.load());
        QVERIFY(!kiosk.errorMessage().isEmpty());
        QVERIFY(!kiosk.window());
    }
};

QTEST_MAIN(tst_KioskStore)
#include "tst_kioskstore.moc"
