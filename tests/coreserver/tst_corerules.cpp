// Core's business rules on a parsed transaction: receipt numbers bound to
// the sending device, creation time within a window of core's clock, known services.
#include "CoreRules.h"
#include "CoreTestData.h"

#include <QTest>

using namespace branch;

class TestCoreRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("receiptNo");
        QTest::addColumn<qint64>("createdOffsetSeconds"); // from core's clock
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("reason"); // empty: applied
        const qint64 day = 24 * 3600;
        const QString water = QStringLiteral("utility.water");
        QTest::newRow("own receipt") << "KB" << "KB-20261204-00000015" << qint64(-60) << water << QString();
        QTest::newRow("other device's receipt") << "KB" << "KA-20261204-00000015" << qint64(-60) << water << "receipt_no_foreign";
        QTest::newRow("prefix without dash") << "KB" << "KBX-20261204-0001" << qint64(-60) << water << "receipt_no_foreign";
        QTest::newRow("device id inside") << "KB" << "X-KB-1" << qint64(-60) << water << "receipt_no_foreign";
        QTest::newRow("a day ahead") << "KB" << "KB-1" << day << water << QString();
        QTest::newRow("over a day ahead") << "KB" << "KB-1" << day + 1 << water << "created_at_out_of_range";
        QTest::newRow("366 days old") << "KB" << "KB-1" << -366 * day + 60 << water << QString();
        QTest::newRow("over a year old") << "KB" << "KB-1" << -367 * day << water << "created_at_out_of_range";
        QTest::newRow("year 9999") << "KB" << "KB-1" << qint64(250000) * day << water << "created_at_out_of_range";
        QTest::newRow("unknown service") << "KB" << "KB-1" << qint64(0) << "no.such" << "unknown_service";
    }
    void decide()
    {
        QFETCH(QString, device);
        QFETCH(QString, receiptNo);
        QFETCH(qint64, createdOffsetSeconds);
        QFETCH(QString, service);
        QFETCH(QString, reason);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-04T03:00:00.000Z"), Qt::ISODateWithMs);
        QJsonObject o = coretest::txObject(coretest::randomKey(), 1, service);
        o.insert(QStringLiteral("receiptNo"), receiptNo);
        o.insert(QStringLiteral("createdAt"), isoUtcMs(now.addSecs(createdOffsetSeconds)));
        const CoreTransaction tx = coretest::tx(o);
        QVERIFY2(tx.fieldReason.isEmpty(), qPrintable(tx.fieldReason));
        const CoreRules rules({QStringLiteral("utility.water")});
        const CoreResult result = rules.decide(device, tx, now);
        QCOMPARE(result.reason, reason);
        QCOMPARE(result.isApplied(), reason.isEmpty());
        if (!reason.isEmpty())
            QVERIFY(result.message != CoreRules::messageFor(QStringLiteral("no_such_reason")));
    }
};

QTEST_GUILESS_MAIN(TestCoreRules)
#include "tst_corerules.moc"
