#include "ReceiptVerification.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace branch;

class TestReceiptVerification : public QObject
{
    Q_OBJECT

    const QString m_number = QStringLiteral("BJ01K02-20250314-000042H");
    const QDateTime m_at{QDate(2025, 3, 14), QTime(9, 30, 15, 250), Qt::UTC};

private Q_SLOTS:
    void shape()
    {
        const QString p = ReceiptVerification::payload(m_number, m_at, Money(1234));
        QVERIFY2(QRegularExpression(QStringLiteral("^BSR1:BJ01K02-20250314-000042H:[0-9a-f]{8}$")).match(p).hasMatch(),
                 qPrintable(p));
        QCOMPARE(ReceiptVerification::payload(m_number, m_at.toTimeZone(QTimeZone("Asia/Shanghai")), Money(1234)), p);
    }

    void anyFactChangesTheDigest_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<qint64>("fen"); // -1: no amount
        QTest::addColumn<QString>("currency");
        QTest::newRow("amount") << m_number << m_at << qint64(1235) << "CNY";
        QTest::newRow("currency") << m_number << m_at << qint64(1234) << "HKD";
        QTest::newRow("no amount") << m_number << m_at << qint64(-1) << "CNY";
        QTest::newRow("time") << m_number << m_at.addMSecs(1) << qint64(1234) << "CNY";
        QTest::newRow("number") << QStringLiteral("BJ01K02-20250314-000043X") << m_at << qint64(1234) << "CNY";
    }

    void anyFactChangesTheDigest()
    {
        QFETCH(QString, number);
        QFETCH(QDateTime, at);
        QFETCH(qint64, fen);
        QFETCH(QString, currency);
        const std::optional<Money> amount = fen < 0 ? std::nullopt : std::optional<Money>(Money(fen, currency));
        const QString original = ReceiptVerification::payload(m_number, m_at, Money(1234));
        QVERIFY(!ReceiptVerification::matches(original, number, at, amount));
        QVERIFY(ReceiptVerification::matches(ReceiptVerification::payload(number, at, amount), number, at, amount));
    }

    void emptyNumberNeverMatches()
    {
        QVERIFY(!ReceiptVerification::matches(ReceiptVerification::payload({}, m_at, {}), {}, m_at, {}));
    }
};

QTEST_GUILESS_MAIN(TestReceiptVerification)
#include "tst_receipt_verification.moc"
