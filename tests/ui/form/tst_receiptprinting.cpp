#include "PdfProbe.h"
#include "PrintQueue.h"
#include "PrintReason.h"
#include "ReceiptPrinting.h"
#include "SimulatedPrinter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using branch::PrintQueue;
using branch::ReceiptPrinting;
using branch::SimulatedPrinter;
namespace PrintReason = branch::PrintReason;

// The receipt screen's printing state: progress, then "take your receipt" or
// why not, with a reprint only where staff can put things right.
class tst_ReceiptPrinting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;

    static void waitWhileBusy(const ReceiptPrinting &printing)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!printing.busy(), 10'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pdf = m_dir.filePath(QStringLiteral("KIOSK01-20250615-0001.pdf"));
        QVERIFY(branch::test::writeStandInPdf(m_pdf));
    }

    void printsAndSaysTakeIt()
    {
        auto printer = std::make_shared<SimulatedPrinter>();
        PrintQueue queue(printer);
        ReceiptPrinting printing;
        printing.setQueue(&queue);
        QCOMPARE(printing.state(), ReceiptPrinting::State::Idle);
        QVERIFY(printing.statusText().isEmpty());
        printing.start(m_pdf, QStringLiteral("KIOSK01-20250615-0001"), {});
        QVERIFY(printing.busy());
        QCOMPARE(printing.statusText(), QStringLiteral("Printing your receipt. Please wait."));
        waitWhileBusy(printing);
        QCOMPARE(printing.state(), ReceiptPrinting::State::Printed);
        QCOMPARE(printing.statusText(), QStringLiteral("Please take your receipt."));
        QVERIFY(printing.fallbackText().isEmpty());
        QVERIFY(!printing.canReprint());
        QVERIFY(!printing.reprint());
        QCOMPARE(printer->printed(), QStringList{QStringLiteral("KIOSK01-20250615-0001")});
    }

    void outOfPaperThenReprint()
    {
        auto printer = std::make_shared<SimulatedPrinter>(SimulatedPrinter::Condition::OutOfPaper);
        PrintQueue queue(printer);
        ReceiptPrinting printing;
        printing.setQueue(&queue);
        printing.start(m_pdf, QStringLiteral("KIOSK01-20250615-0001"), {});
        waitWhileBusy(printing);
        QVERIFY(printing.failed());
        QCOMPARE(printing.reason(), QString(PrintReason::OutOfPaper));
        QVERIFY(printing.statusText().contains(QStringLiteral("The printer is out of paper.")));
        QVERIFY(printing.fallbackText().contains(QStringLiteral("QR code")));
        QVERIFY(printing.canReprint());

        printer->setCondition(SimulatedPrinter::Condition::Ready); // staff loaded paper
        QSignalSpy changed(&printing, &ReceiptPrinting::changed);
        QVERIFY(printing.reprint());
        QVERIFY(printing.busy());
        QVERIFY(!printing.canReprint()); // one job at a time
        QVERIFY(!printing.reprint());
        waitWhileBusy(printing);
        QCOMPARE(printing.state(), ReceiptPrinting::State::Printed);
        QVERIFY(printing.reason().isEmpty());
        QVERIFY(changed.size() >= 2);
        QCOMPARE(printer->attempts(), 2);
        QCOMPARE(printing.printCount(), 1);
    }

    void nothingToReprint_data()
    {
        QTest::addColumn<bool>("queue");
        QTest::addColumn<bool>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no printer") << false << true << QString(PrintReason::NoPrinter);
        QTest::newRow("no receipt file") << true << false << QString(PrintReason::DocumentMissing);
    }

    void nothingToReprint()
    {
        QFETCH(bool, queue);
        QFETCH(bool, file);
        QFETCH(QString, reason);
        auto printer = std::make_shared<SimulatedPrinter>();
        PrintQueue printQueue(printer);
        ReceiptPrinting printing;
        printing.setQueue(queue ? &printQueue : nullptr);
        printing.start(file ? m_pdf : QString(), QStringLiteral("KIOSK01-20250615-0001"),
                       file ? QString() : QStringLiteral("receipt_write_failed"));
        // Known at once: nothing is sent.
        QVERIFY(printing.failed());
        QCOMPARE(printing.reason(), reason);
        QVERIFY(!printing.fallbackText().isEmpty());
        QVERIFY(!printing.canReprint());
        QCOMPARE(printer->attempts(), 0);
    }

    // A visit that ended while its receipt printed: the next customer's
    // screen shows nothing of it.
    void anEndedVisitIgnoresItsJob()
    {
        auto printer = std::make_shared<SimulatedPrinter>(SimulatedPrinter::Condition::OutOfPaper, 200);
        PrintQueue queue(printer);
        ReceiptPrinting printing;
        printing.setQueue(&queue);
        QSignalSpy finished(&queue, &PrintQueue::finished);
        printing.start(m_pdf, QStringLiteral("KIOSK01-20250615-0001"), {});
        printing.clear();
        QCOMPARE(printing.state(), ReceiptPrinting::State::Idle);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(printing.state(), ReceiptPrinting::State::Idle);
        QVERIFY(printing.statusText().isEmpty());
        QVERIFY(printing.reason().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ReceiptPrinting)
#include "tst_receiptprinting.moc"
