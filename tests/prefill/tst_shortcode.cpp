// ShortCode: 8 random digits and a Damm check digit. Every single wrong digit
// and every swap of two neighbours is caught before it costs a guess at core.
#include "ShortCode.h"

#include <QSet>
#include <QTest>

using namespace branch;

class TestShortCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generated()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString code = ShortCode::generate();
            QCOMPARE(code.size(), 9);
            QVERIFY2(ShortCode::isValid(code), qPrintable(code));
            seen.insert(code);
        }
        QVERIFY(seen.size() > 190); // random, not a counter
    }

    void knownCheckDigit_data()
    {
        QTest::addColumn<QString>("eight");
        QTest::addColumn<QString>("check");
        // Damm's own example: 572 -> 4.
        QTest::newRow("00000572") << QStringLiteral("00000572") << QStringLiteral("4");
        QTest::newRow("zeros") << QStringLiteral("00000000") << QStringLiteral("0");
    }

    void knownCheckDigit()
    {
        QFETCH(QString, eight);
        QFETCH(QString, check);
        QCOMPARE(QString(ShortCode::checkDigit(eight)), check);
    }

    void everySingleErrorCaught()
    {
        QVERIFY(ShortCode::isValid(QStringLiteral("12345678") + ShortCode::checkDigit(QStringLiteral("12345678"))));
        const QString good = QStringLiteral("12345678") + ShortCode::checkDigit(QStringLiteral("12345678"));
        for (int i = 0; i < good.size(); ++i) {
            for (char16_t d = u'0'; d <= u'9'; ++d) {
                QString typo = good;
                if (typo.at(i) == QChar(d))
                    continue;
                typo[i] = QChar(d);
                QVERIFY2(!ShortCode::isValid(typo), qPrintable(typo));
            }
            if (i + 1 < good.size() && good.at(i) != good.at(i + 1)) {
                QString swapped = good;
                std::swap(swapped[i], swapped[i + 1]);
                QVERIFY2(!ShortCode::isValid(swapped), qPrintable(swapped));
            }
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("eight digits") << QStringLiteral("12345678");
        QTest::newRow("ten digits") << QStringLiteral("1234567890");
        QTest::newRow("letters") << QStringLiteral("12345678A");
        QTest::newRow("full-width digits") << QStringLiteral("１２３４５６７８２");
    }

    void refused()
    {
        QFETCH(QString, typed);
        QVERIFY(!ShortCode::isValid(ShortCode::normalize(typed)));
    }

    void normalized()
    {
        const QString good = QStringLiteral("12345678") + ShortCode::checkDigit(QStringLiteral("12345678"));
        QVERIFY(ShortCode::isValid(ShortCode::normalize(good.left(4) + u' ' + good.mid(4, 4) + u'-' + good.mid(8))));
    }
};

QTEST_GUILESS_MAIN(TestShortCode)
#include "tst_shortcode.moc"
