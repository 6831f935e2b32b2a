#include "ReceiptNumber.h"

#include <QTest>

using namespace branch;

class TestReceiptNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("prefix"); // everything but the check character; empty = refused
        QTest::newRow("first of the day") << "BJ0105K02" << QDate(2025, 3, 14) << 1 << "BJ0105K02-20250314-000001";
        QTest::newRow("last of the day") << "K1" << QDate(2025, 12, 31) << 999999 << "K1-20251231-999999";
        QTest::newRow("sequence zero") << "K1" << QDate(2025, 1, 1) << 0 << "";
        QTest::newRow("sequence too big") << "K1" << QDate(2025, 1, 1) << 1000000 << "";
        QTest::newRow("lower-case code") << "k1" << QDate(2025, 1, 1) << 1 << "";
        QTest::newRow("code with dash") << "K-1" << QDate(2025, 1, 1) << 1 << "";
        QTest::newRow("code too long") << "ABCDEFGHIJKLM" << QDate(2025, 1, 1) << 1 << "";
        QTest::newRow("one-letter code") << "K" << QDate(2025, 1, 1) << 1 << "";
        QTest::newRow("invalid date") << "K1" << QDate() << 1 << "";
    }

    void format()
    {
        QFETCH(QString, code);
        QFETCH(QDate, day);
        QFETCH(int, sequence);
        QFETCH(QString, prefix);
        const QString text = ReceiptNumber{code, day, sequence}.toString();
        if (prefix.isEmpty()) {
            QVERIFY(text.isEmpty());
            return;
        }
        QCOMPARE(text.size(), prefix.size() + 1);
        QVERIFY(text.startsWith(prefix));
        const auto parsed = ReceiptNumber::parse(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, (ReceiptNumber{code, day, sequence}));
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        const QString good = ReceiptNumber{QStringLiteral("K7"), QDate(2025, 3, 14), 42}.toString();
        QString typo = good;
        typo[good.size() - 3] = good.at(good.size() - 3) == u'4' ? u'5' : u'4';
        QString swapped = good;
        std::swap(swapped[good.size() - 2], swapped[good.size() - 3]); // "42" -> "24"
        QTest::newRow("empty") << QString();
        QTest::newRow("single digit typo") << typo;
        QTest::newRow("swapped neighbours") << swapped;
        QTest::newRow("no check char") << good.chopped(1);
        QTest::newRow("extra part") << good + QStringLiteral("-1");
        QTest::newRow("bad date") << QStringLiteral("K7-20251340-000042X");
        QTest::newRow("full-width digits") << QStringLiteral("K7-２０２５0314-000042X");
        QTest::newRow("sequence zero") << QStringLiteral("K7-20250314-000000") + ReceiptNumber::checkCharacter(u"K720250314000000");
        QTest::newRow("injection") << QStringLiteral("K7-20250314-000042' OR '1'='1");
    }

    void parseRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!ReceiptNumber::parse(text).has_value());
    }

    void parseIsForgiving()
    {
        const QString good = ReceiptNumber{QStringLiteral("AB12"), QDate(2025, 3, 14), 7}.toString();
        const auto parsed = ReceiptNumber::parse(QStringLiteral("  ") + good.toLower() + QStringLiteral(" "));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->toString(), good);
    }

    // Every single-character substitution in the checked part is caught.
    void checkCharacterCatchesEverySubstitution()
    {
        const QString body = QStringLiteral("BJ0105K0220250314000042");
        const QChar check = ReceiptNumber::checkCharacter(body);
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        for (qsizetype i = 0; i < body.size(); ++i) {
            for (QChar c : alphabet) {
                if (c == body.at(i))
                    continue;
                QString changed = body;
                changed[i] = c;
                QVERIFY2(ReceiptNumber::checkCharacter(changed) != check, qPrintable(changed));
            }
        }
        QCOMPARE(ReceiptNumber::checkCharacter(u"AB-1"), QChar());
    }
};

QTEST_GUILESS_MAIN(TestReceiptNumber)
#include "tst_receipt_number.moc"
