// What --idcard-reader names becomes the reader the kiosk uses.
#include "IdCardReaderChoice.h"
#include "SimulatedIdCardReader.h"
#include "VendorIdCardReader.h"

#include <QDir>
#include <QTest>

using branch::IdCardReaderChoice;

class TestIdCardReaderChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("reason");
        const QString cards = QDir(qEnvironmentVariable("BRANCH_SOURCE_DIR")).filePath(QStringLiteral("resources/idcards"));
        const QString shim = QStringLiteral(VENDOR_SHIM);
        const int sim = int(IdCardReaderChoice::Kind::Simulator);
        const int vendor = int(IdCardReaderChoice::Kind::Vendor);
        QTest::newRow("default") << QString() << sim << QStringLiteral(":/idcards") << QString() << QString();
        QTest::newRow("simulator") << QStringLiteral("simulator") << sim << QStringLiteral(":/idcards") << QString() << QString();
        QTest::newRow("none") << QStringLiteral("none") << int(IdCardReaderChoice::Kind::None) << QString() << QString() << QString();
        QTest::newRow("folder") << QStringLiteral("simulator:") + cards << sim << cards << QString() << QString();
        QTest::newRow("vendor") << QStringLiteral("vendor:") + shim << vendor << shim << QString() << QString();
        QTest::newRow("vendor on a port") << QStringLiteral("vendor:") + shim + QStringLiteral("@/dev/ttyUSB0") << vendor
                                          << shim << QStringLiteral("/dev/ttyUSB0") << QString();
        QTest::newRow("folder missing") << QStringLiteral("simulator:/no/such") << sim << QString() << QString()
                                        << QStringLiteral("idcard_folder_not_found");
        QTest::newRow("a file as folder") << QStringLiteral("simulator:") + shim << sim << QString() << QString()
                                          << QStringLiteral("idcard_folder_not_found");
        QTest::newRow("library missing") << QStringLiteral("vendor:/no/such.so") << vendor << QString() << QString()
                                         << QStringLiteral("idcard_library_not_found");
        QTest::newRow("unknown") << QStringLiteral("usb") << sim << QString() << QString()
                                 << QStringLiteral("unknown_idcard_reader");
    }
    void parse()
    {
        QFETCH(QString, spec);
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(QString, port);
        QFETCH(QString, reason);
        const branch::Result<IdCardReaderChoice> choice = IdCardReaderChoice::parse(spec);
        QCOMPARE(choice.reason(), reason);
        if (!reason.isEmpty())
            return;
        QCOMPARE(int(choice->kind), kind);
        QCOMPARE(choice->path, path);
        QCOMPARE(choice->port, port);
    }

    void makesTheReaderNamed()
    {
        QVERIFY(!IdCardReaderChoice::parse(QStringLiteral("none"))->make());
        // The built-in demo cards are there, in the binary.
        const auto simulator = IdCardReaderChoice::parse(QString())->make();
        auto *demo = dynamic_cast<branch::SimulatedIdCardReader *>(simulator.get());
        QVERIFY(demo);
        QCOMPARE(demo->cards().size(), 3);
        const auto vendor = IdCardReaderChoice::parse(QStringLiteral("vendor:") + QStringLiteral(VENDOR_SHIM))->make();
        QVERIFY(dynamic_cast<branch::VendorIdCardReader *>(vendor.get()));
    }
};

QTEST_GUILESS_MAIN(TestIdCardReaderChoice)
#include "tst_idcardreaderchoice.moc"
