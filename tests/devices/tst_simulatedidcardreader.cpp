// The simulator behaves like a reader: it waits for a card, reads the one on
// it, and a damaged card is unreadable, not half-read.
#include "SimulatedIdCardReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace std::chrono_literals;

namespace {

QString cardsDir()
{
    return QDir(qEnvironmentVariable("BRANCH_SOURCE_DIR")).filePath(QStringLiteral("resources/idcards"));
}

} // namespace

class TestSimulatedIdCardReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsTheFoldersCards()
    {
        branch::SimulatedIdCardReader reader(cardsDir());
        QCOMPARE(reader.cards(), (QStringList{QStringLiteral("li-si"), QStringLiteral("wang-wu-expired"),
                                              QStringLiteral("zhang-san")}));
        QVERIFY(!reader.place(QStringLiteral("nobody")));
    }

    void noCardTimesOut()
    {
        branch::SimulatedIdCardReader reader(cardsDir());
        QCOMPARE(reader.read(50ms).reason(), QStringLiteral("no_card"));
    }

    void readsTheCardPlacedWhileWaiting()
    {
        branch::SimulatedIdCardReader reader(cardsDir());
        std::thread customer([&reader] {
            std::this_thread::sleep_for(30ms);
            reader.place(QStringLiteral("zhang-san"));
        });
        const branch::Result<branch::IdCard> card = reader.read(10s);
        customer.join();
        QVERIFY(card.ok());
        QCOMPARE(card->name, QStringLiteral("张三"));
        reader.takeOff();
        QCOMPARE(reader.read(20ms).reason(), QStringLiteral("no_card"));
    }

    void autoPlaceHasTheFirstCardOnTheReader()
    {
        branch::SimulatedIdCardReader reader(cardsDir(), true);
        QCOMPARE(reader.read(0ms)->name, QStringLiteral("李四"));
    }

    void aDamagedCardIsUnreadable()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("scratched.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\": \"张");
        file.close();
        branch::SimulatedIdCardReader reader(dir.path());
        QVERIFY(reader.place(QStringLiteral("scratched")));
        QCOMPARE(reader.read(10ms).reason(), QStringLiteral("card_unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatedIdCardReader)
#include "tst_simulatedidcardreader.moc"
