#include "PaymentReason.h"
#include "SimulatedCardReader.h"
#include "TestCards.h"

#include <QTest>

using namespace branch;
using namespace std::chrono_literals;

// The simulated reader gives each test card's data, and the reasons a real
// reader gives: nothing inserted, cancelled, an unreadable stripe.
class TestSimulatedCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryTestCard_data()
    {
        QTest::addColumn<QString>("name");
        for (const TestCard &card : TestCards::all())
            QTest::newRow(qPrintable(card.name)) << card.name;
    }

    void readsEveryTestCard()
    {
        QFETCH(QString, name);
        const TestCard card = TestCards::byName(name).value();
        SimulatedCardReader reader(card.track2);
        const Result<CardData> read = reader.readCard(1s);
        if (name == PaymentReason::CardUnreadable) {
            QCOMPARE(read.reason(), QString(PaymentReason::CardUnreadable));
            return;
        }
        QVERIFY2(read.ok(), qPrintable(read.reason()));
        QCOMPARE(read->pan, card.pan);
        QVERIFY(!read->expiredOn(QDate(2026, 12, 6)));
    }

    void nothingInsertedTimesOut()
    {
        SimulatedCardReader reader;
        QCOMPARE(reader.readCard(1s).reason(), QString(PaymentReason::Timeout));
        reader.insert(TestCards::byName(QStringLiteral("ok"))->track2);
        QVERIFY(reader.readCard(1s).ok());
        reader.remove();
        QCOMPARE(reader.readCard(1s).reason(), QString(PaymentReason::Timeout));
    }

    void cancelAnswersOnce()
    {
        SimulatedCardReader reader(TestCards::byName(QStringLiteral("ok"))->track2);
        reader.cancel();
        QCOMPARE(reader.readCard(1s).reason(), QString(PaymentReason::Cancelled));
        QVERIFY(reader.readCard(1s).ok());
    }
};

QTEST_GUILESS_MAIN(TestSimulatedCardReader)
#include "tst_simulatedcardreader.moc"
