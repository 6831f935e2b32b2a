#include "PrintReason.h"

#include <QSet>
#include <QTest>

using namespace branch;

// Every reason a printer gives has its own sentence for the customer, and a
// reprint is offered only where staff can put things right.
class TestPrintMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyReasonIsWorded_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("retryable");
        using namespace PrintReason;
        QTest::newRow("no printer") << QString(NoPrinter) << false;
        QTest::newRow("not found") << QString(NotFound) << false;
        QTest::newRow("document missing") << QString(DocumentMissing) << false;
        QTest::newRow("unavailable") << QString(Unavailable) << true;
        QTest::newRow("out of paper") << QString(OutOfPaper) << true;
        QTest::newRow("offline") << QString(Offline) << true;
        QTest::newRow("paused") << QString(Paused) << true;
        QTest::newRow("not accepting") << QString(NotAccepting) << true;
        QTest::newRow("job failed") << QString(JobFailed) << true;
        QTest::newRow("timeout") << QString(Timeout) << true;
    }

    void everyReasonIsWorded()
    {
        QFETCH(QString, reason);
        QFETCH(bool, retryable);
        QVERIFY(!PrintMessages::messageFor(reason).isEmpty());
        QCOMPARE(PrintMessages::retryable(reason), retryable);
        static QSet<QString> seen;
        QVERIFY2(!seen.contains(PrintMessages::messageFor(reason)), "two reasons, one sentence");
        seen.insert(PrintMessages::messageFor(reason));
    }

    void anUnknownReasonHasNone()
    {
        QVERIFY(PrintMessages::messageFor(QStringLiteral("printer_on_fire")).isEmpty());
        QVERIFY(!PrintMessages::retryable(QStringLiteral("printer_on_fire")));
        QVERIFY(!PrintMessages::retryable(QString()));
    }
};

QTEST_GUILESS_MAIN(TestPrintMessages)
#include "tst_printmessages.moc"
