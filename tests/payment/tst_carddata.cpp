#include "CardData.h"
#include "PaymentReason.h"

#include <QTest>

using namespace branch;

// Track 2 (and the chip's track 2 equivalent) as a reader hands it over:
// what is read, and each way a stripe can be unreadable.
class TestCardData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("track");
        QTest::addColumn<QByteArray>("pan");
        QTest::addColumn<QByteArray>("expiry");
        QTest::addColumn<QByteArray>("service");
        QTest::newRow("stripe with sentinels") << QByteArray(";6222020000000015=30121010000000?")
                                               << QByteArray("6222020000000015") << QByteArray("3012")
                                               << QByteArray("101");
        QTest::newRow("no sentinels") << QByteArray("4111111111111111=2801201") << QByteArray("4111111111111111")
                                      << QByteArray("2801") << QByteArray("201");
        QTest::newRow("chip separator and F pad") << QByteArray("6222020000000000015D30122200000F")
                                                  << QByteArray("6222020000000000015") << QByteArray("3012")
                                                  << QByteArray("220");
        QTest::newRow("PAN of 12") << QByteArray("411111111111=2512101") << QByteArray("411111111111")
                                   << QByteArray("2512") << QByteArray("101");
    }

    void parses()
    {
        QFETCH(QByteArray, track);
        QFETCH(QByteArray, pan);
        QFETCH(QByteArray, expiry);
        QFETCH(QByteArray, service);
        const Result<CardData> card = CardData::parseTrack2(track);
        QVERIFY2(card.ok(), qPrintable(card.error().detail));
        QCOMPARE(card->pan, pan);
        QCOMPARE(card->expiry, expiry);
        QCOMPARE(card->serviceCode, service);
        QCOMPARE(CardData::parseTrack2(card->toTrack2()).value(), card.value());
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("track");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("track length");
        QTest::newRow("sentinels only") << QByteArray(";?") << QStringLiteral("track length");
        QTest::newRow("41 characters") << QByteArray("6222020000000015=3012101") + QByteArray(17, '0')
                                       << QStringLiteral("track length");
        QTest::newRow("no separator") << QByteArray(";62220200000000723012101?") << QStringLiteral("no field separator");
        QTest::newRow("PAN of 11") << QByteArray("41111111111=3012101") << QStringLiteral("card number");
        QTest::newRow("PAN of 20") << QByteArray("41111111111111111111=3012101") << QStringLiteral("card number");
        QTest::newRow("letter in PAN") << QByteArray("41111111111111X1=3012101") << QStringLiteral("card number");
        QTest::newRow("short after separator") << QByteArray("4111111111111111=301210")
                                               << QStringLiteral("expiry or service code");
        QTest::newRow("month 13") << QByteArray("4111111111111111=3013101") << QStringLiteral("expiry month");
        QTest::newRow("month 00") << QByteArray("4111111111111111=3000101") << QStringLiteral("expiry month");
        QTest::newRow("letter in discretionary") << QByteArray("4111111111111111=3012101AB")
                                                 << QStringLiteral("discretionary data");
        QTest::newRow("second separator") << QByteArray("4111111111111111=3012101=1")
                                          << QStringLiteral("discretionary data");
    }

    void unreadable()
    {
        QFETCH(QByteArray, track);
        QFETCH(QString, detail);
        const Result<CardData> card = CardData::parseTrack2(track);
        QCOMPARE(card.reason(), QString(PaymentReason::CardUnreadable));
        QCOMPARE(card.error().detail, detail);
    }

    void expiry_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("expired");
        QTest::newRow("last day of the month") << QDate(2030, 12, 31) << false;
        QTest::newRow("the day after") << QDate(2031, 1, 1) << true;
        QTest::newRow("years before") << QDate(2026, 12, 6) << false;
    }

    void expiry()
    {
        QFETCH(QDate, today);
        QFETCH(bool, expired);
        const CardData card = CardData::parseTrack2("6222020000000015=3012101").value();
        QCOMPARE(card.expiredOn(today), expired);
    }

    void maskedForScreensOnly()
    {
        const CardData card = CardData::parseTrack2("6222020000000015=3012101").value();
        QVERIFY(!card.maskedPan().contains(QLatin1String("0000000")));
        QVERIFY(card.maskedPan().endsWith(QLatin1String("0015")));
    }
};

QTEST_GUILESS_MAIN(TestCardData)
#include "tst_carddata.moc"
