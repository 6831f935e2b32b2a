#include "PaymentReason.h"
#include "PinBlock.h"
#include "SimulatedPinPad.h"
#include "TestCards.h"

#include <QTest>

using namespace branch;
using namespace std::chrono_literals;

// The simulated encrypting pad: what it hands over is a format 4 block under
// the development key, bound to the card, that core's check accepts for the
// right PIN and refuses for the wrong-PIN card; never the digits.
class TestSimulatedPinPad : public QObject
{
    Q_OBJECT

    static CardData cardOf(const QString &name)
    {
        return CardData::parseTrack2(TestCards::byName(name)->track2).value();
    }

private Q_SLOTS:
    void blocksCoreCanVerify_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ok") << QStringLiteral("ok") << QString();
        QTest::newRow("wrong PIN") << QStringLiteral("wrong_pin") << QString(PaymentReason::WrongPin);
        QTest::newRow("locked card: PIN is right") << QStringLiteral("card_locked") << QString();
    }

    void blocksCoreCanVerify()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        SimulatedPinPad pad(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
        const CardData card = cardOf(name);
        const Result<EncryptedPin> pin = pad.collectPin(card, 1s);
        QVERIFY2(pin.ok(), qPrintable(pin.reason()));
        QCOMPARE(pin->keyId, QStringLiteral("dev-1"));
        QCOMPARE(pin->block.size(), PinBlock::Iso4Size);
        const QByteArray bankPin = TestCards::byName(name)->pin;
        QCOMPARE(PinBlock::verifyIso4(pin->block, card.pan, TestCards::developmentPinKey(), bankPin).reason(),
                 reason);
    }

    // Two entries of the same PIN differ (the random half), and a fixed
    // random half gives the independently computed vector.
    void randomHalf()
    {
        SimulatedPinPad pad(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
        const CardData card = cardOf(QStringLiteral("ok"));
        QVERIFY(pad.collectPin(card, 1s)->block != pad.collectPin(card, 1s)->block);
        pad.fixRandom(QByteArray::fromHex("0123456789abcdef"));
        QCOMPARE(pad.collectPin(card, 1s)->block.toHex().toUpper(), QByteArray("385E6B6FEE92BA8B772993B1A7DDC202"));
    }

    void timeoutsAndCancel()
    {
        SimulatedPinPad pad(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
        QCOMPARE(pad.collectPin(cardOf(QStringLiteral("payment_timeout")), 1s).reason(),
                 QString(PaymentReason::Timeout));
        CardData stranger;
        stranger.pan = "4111111111111111";
        QCOMPARE(pad.collectPin(stranger, 1s).reason(), QString(PaymentReason::Timeout));
        pad.type("987654");
        QVERIFY(pad.collectPin(stranger, 1s).ok());
        pad.cancel();
        QCOMPARE(pad.collectPin(cardOf(QStringLiteral("ok")), 1s).reason(), QString(PaymentReason::Cancelled));
    }

    void typedDigitsAreChecked()
    {
        SimulatedPinPad pad(TestCards::developmentPinKey(), QStringLiteral("dev-1"));
        pad.type("123");
        QCOMPARE(pad.collectPin(cardOf(QStringLiteral("ok")), 1s).reason(), QString(PaymentReason::PinLengthInvalid));
    }
};

QTEST_GUILESS_MAIN(TestSimulatedPinPad)
#include "tst_simulatedpinpad.moc"
