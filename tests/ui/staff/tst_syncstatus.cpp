#include "SyncStatus.h"

#include <QSignalSpy>
#include <QTest>

using branch::SyncStatus;

// The status badge's wording for each state of delivery to core: customers
// read only whether every service works ("Service normal"), never the outbox;
// staff read the details on their page.
class tst_SyncStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordingPerState_data();
    void wordingPerState();
    void changesOnlyWhenTheStateDoes();
};

void tst_SyncStatus::wordingPerState_data()
{
    QTest::addColumn<bool>("configured");
    QTest::addColumn<bool>("online");
    QTest::addColumn<int>("waiting");
    QTest::addColumn<int>("refused");
    QTest::addColumn<QString>("text"); // the staff page's detail
    QTest::addColumn<bool>("attention");
    QTest::addColumn<QString>("queueText");
    const QString notConnected = QStringLiteral("This kiosk is not connected to core: requests are kept until it is.");
    QTest::newRow("not set up") << false << false << 2 << 0 << "Offline (not set up) — 2 waiting" << true << notConnected;
    QTest::newRow("not set up, says offline even if online")
        << false << true << 0 << 0 << "Offline (not set up) — 0 waiting" << true << notConnected;
    QTest::newRow("offline") << true << false << 3 << 0 << "Offline — 3 request(s) waiting to be sent" << true
                             << "3 request(s) waiting to be sent";
    QTest::newRow("online, waiting") << true << true << 1 << 0 << "1 waiting" << false
                                     << "1 request(s) waiting to be sent";
    QTest::newRow("online, all sent") << true << true << 0 << 0 << "Online" << false
                                      << "0 request(s) waiting to be sent";
    QTest::newRow("online, core refused") << true << true << 0 << 2 << "Online · 2 refused by core" << true
                                          << "0 request(s) waiting to be sent";
    QTest::newRow("offline, core refused") << true << false << 4 << 1
                                           << "Offline — 4 request(s) waiting to be sent · 1 refused by core" << true
                                           << "4 request(s) waiting to be sent";
}

void tst_SyncStatus::wordingPerState()
{
    QFETCH(bool, configured);
    QFETCH(bool, online);
    QFETCH(int, waiting);
    QFETCH(int, refused);
    QFETCH(QString, text);
    QFETCH(bool, attention);
    QFETCH(QString, queueText);
    SyncStatus status;
    status.setConfigured(configured);
    status.setOnline(online);
    status.setWaiting(waiting);
    status.setRefused(refused);
    QCOMPARE(status.detailText(), text);
    QCOMPARE(status.text(), status.offline() ? QStringLiteral("Some services are unavailable")
                                             : QStringLiteral("Service normal"));
    QVERIFY(!status.text().contains(QString::number(waiting)) || waiting == 0);
    QCOMPARE(status.attention(), attention);
    QCOMPARE(status.offline(), !configured || !online);
    QCOMPARE(status.queueText(), queueText);
    QVERIFY(status.description().contains(QStringLiteral("Press and hold to open the staff page")));
    QCOMPARE(status.description().contains(QStringLiteral("not connected")), !configured);
}

void tst_SyncStatus::changesOnlyWhenTheStateDoes()
{
    SyncStatus status;
    QSignalSpy changed(&status, &SyncStatus::changed);
    status.setWaiting(0);
    status.setConfigured(false);
    QCOMPARE(changed.count(), 0);
    status.setWaiting(5);
    status.setLanguage(QStringLiteral("zh_CN")); // the wording is read again
    QCOMPARE(changed.count(), 2);
}

QTEST_GUILESS_MAIN(tst_SyncStatus)
#include "tst_syncstatus.moc"
