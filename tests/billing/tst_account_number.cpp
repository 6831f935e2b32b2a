#include "AccountNumber.h"

#include <QTest>

using namespace branch;

class TestAccountNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // null: refused
        QTest::newRow("digits") << "0101234567" << "0101234567";
        QTest::newRow("surrounding spaces") << "  0101234567\t" << "0101234567";
        QTest::newRow("full-width digits") << "０１０１２３４５６７" << "0101234567";
        QTest::newRow("lower-case letters") << "hr20240001" << "HR20240001";
        QTest::newRow("full-width brackets") << "（2025）京0105民初1234号" << "(2025)京0105民初1234号";
        QTest::newRow("plate") << "京a12345" << "京A12345";
        QTest::newRow("empty") << "" << QString();
        QTest::newRow("only spaces") << "   " << QString();
        QTest::newRow("inner space") << "0101 234567" << QString();
        QTest::newRow("ideographic space") << "0101\u3000234567" << QString();
        QTest::newRow("control char") << "0101\n234567" << QString();
        QTest::newRow("too long") << QString(41, u'1') << QString();
        QTest::newRow("longest allowed") << QString(40, u'1') << QString(40, u'1');
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto out = normalizeAccountNumber(input);
        if (expected.isNull()) {
            QVERIFY(!out.has_value());
        } else {
            QVERIFY(out.has_value());
            QCOMPARE(*out, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountNumber)
#include "tst_account_number.moc"
