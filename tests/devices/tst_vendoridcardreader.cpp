// A vendor library through the C interface, loaded for real with dlopen.
#include "VendorIdCardReader.h"

#include <QTest>

using namespace std::chrono_literals;

class TestVendorIdCardReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheCardTheShimGives()
    {
        qputenv("VENDOR_SHIM_MODE", "card");
        branch::VendorIdCardReader reader(QStringLiteral(VENDOR_SHIM));
        const branch::Result<branch::IdCard> card = reader.read(500ms);
        QVERIFY2(card.ok(), qPrintable(card.reason()));
        QCOMPARE(card->name, QStringLiteral("赵六"));
        QCOMPARE(card->sex, QStringLiteral("female"));
        QCOMPARE(card->birthDate, QDate(1961, 9, 10));
        QCOMPARE(card->address, QStringLiteral("上海市徐汇区示例路4号"));
        QCOMPARE(card->idNumber, QStringLiteral("31010419610910004X")); // the check character upper-cased
        QCOMPARE(card->validFrom, QDate(2011, 10, 10));
        QCOMPARE(card->validUntil, std::nullopt); // "" is a long-term card
        QCOMPARE(card->photo.size(), 2);
        QVERIFY(branch::checkIdCard(card.value(), QDate(2026, 12, 6)).ok());
        QVERIFY(branch::offersCareMode(card.value(), QDate(2026, 12, 6)));
    }

    void outcomes_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QByteArray>("abi");
        QTest::addColumn<QString>("library");
        QTest::addColumn<QString>("reason");
        const QString shim = QStringLiteral(VENDOR_SHIM);
        QTest::newRow("no card") << QByteArray("none") << QByteArray() << shim << QStringLiteral("no_card");
        QTest::newRow("chip silent") << QByteArray("unreadable") << QByteArray() << shim << QStringLiteral("card_unreadable");
        QTest::newRow("reader absent") << QByteArray("closed") << QByteArray() << shim << QStringLiteral("reader_unavailable");
        QTest::newRow("garbled sex") << QByteArray("bad_sex") << QByteArray() << shim << QStringLiteral("card_unreadable");
        QTest::newRow("other abi") << QByteArray("card") << QByteArray("2") << shim << QStringLiteral("reader_unavailable");
        QTest::newRow("no library") << QByteArray("card") << QByteArray() << QStringLiteral("/nonexistent/libshim.so")
                                    << QStringLiteral("reader_unavailable");
    }
    void outcomes()
    {
        QFETCH(QByteArray, mode);
        QFETCH(QByteArray, abi);
        QFETCH(QString, library);
        QFETCH(QString, reason);
        qputenv("VENDOR_SHIM_MODE", mode);
        if (abi.isEmpty())
            qunsetenv("VENDOR_SHIM_ABI");
        else
            qputenv("VENDOR_SHIM_ABI", abi);
        branch::VendorIdCardReader reader(library);
        QCOMPARE(reader.read(200ms).reason(), reason);
        qunsetenv("VENDOR_SHIM_ABI");
    }
};

QTEST_GUILESS_MAIN(TestVendorIdCardReader)
#include "tst_vendoridcardreader.moc"
