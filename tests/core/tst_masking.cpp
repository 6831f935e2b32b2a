#include "Masking.h"

#include <QTest>

class TestMasking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mask_data();
    void mask();
};

void TestMasking::mask_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("resident id") << "11010519491231002X" << "110****002X";
    QTest::newRow("mobile") << "13812345678" << "13****78"; // a quarter of 11 is 2
    QTest::newRow("card") << "6222021234567890123" << "622****0123";
    QTest::newRow("short") << "1234567" << "****";
    QTest::newRow("empty") << "" << "****";
    QTest::newRow("eight") << "12345678" << "12****78";
    QTest::newRow("10k") << QString(10000, u'9') << "999****9999";
    QTest::newRow("control characters") << "\x1b[2J123456\n" << "?[****6?";
}

void TestMasking::mask()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(branch::maskIdentifier(text), masked);
}

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
