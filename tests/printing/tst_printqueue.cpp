#include "PdfProbe.h"
#include "PrintQueue.h"
#include "PrintReason.h"
#include "SimulatedPrinter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace branch;

namespace {

// Records the thread each job ran on.
class ThreadProbe final : public Printer
{
public:
    Result<PrintedJob> print(const PrintJob &job, const Progress &progress) override
    {
        thread = QThread::currentThread();
        if (progress)
            progress(PrintStage::Printing);
        return PrintedJob{job.title, 7};
    }
    std::atomic<QThread *> thread{nullptr};
};

// A Result has no empty state, so QVariant::value() cannot make one.
PrintResult resultAt(const QSignalSpy &finished, int i)
{
    return *static_cast<const PrintResult *>(finished.at(i).at(1).constData());
}

} // namespace

// Printing off the GUI thread: one outcome per ticket, in order, reported on
// the owner's thread; a job waited on is abandoned when the queue goes.
class TestPrintQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;

private Q_SLOTS:
    void initTestCase()
    {
        m_pdf = m_dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(branch::test::writeStandInPdf(m_pdf));
    }

    void printsOffTheCallersThread()
    {
        auto probe = std::make_shared<ThreadProbe>();
        PrintQueue queue(probe);
        QSignalSpy finished(&queue, &PrintQueue::finished);
        QSignalSpy progress(&queue, &PrintQueue::progress);
        const qint64 ticket = queue.print({m_pdf, QStringLiteral("R1")});
        QVERIFY(ticket != 0);
        QCOMPARE(queue.inFlight(), 1);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.at(0).at(0).toLongLong(), ticket);
        const auto result = resultAt(finished, 0);
        QVERIFY(result.ok());
        QCOMPARE(result->printer, QStringLiteral("R1"));
        QVERIFY(probe->thread.load() != nullptr);
        QVERIFY(probe->thread.load() != QThread::currentThread());
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.at(0).at(1).value<PrintStage>(), PrintStage::Printing);
        QCOMPARE(queue.inFlight(), 0);
    }

    void everyTicketFinishesOnceInOrder()
    {
        auto printer = std::make_shared<SimulatedPrinter>();
        PrintQueue queue(printer);
        QSignalSpy finished(&queue, &PrintQueue::finished);
        const qint64 first = queue.print({m_pdf, QStringLiteral("A")});
        const qint64 second = queue.print({m_dir.filePath(QStringLiteral("missing.pdf")), QStringLiteral("B")});
        const qint64 third = queue.print({m_pdf, QStringLiteral("C")});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10'000);
        QCOMPARE(finished.at(0).at(0).toLongLong(), first);
        QCOMPARE(finished.at(1).at(0).toLongLong(), second);
        QCOMPARE(finished.at(2).at(0).toLongLong(), third);
        QVERIFY(resultAt(finished, 0).ok());
        QCOMPARE(resultAt(finished, 1).reason(), QString(PrintReason::DocumentMissing));
        QVERIFY(resultAt(finished, 2).ok());
        QCOMPARE(printer->printed(), (QStringList{QStringLiteral("A"), QStringLiteral("C")}));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 3);
    }

    void noPrinterIsAReason()
    {
        PrintQueue queue(nullptr);
        QVERIFY(!queue.hasPrinter());
        QSignalSpy finished(&queue, &PrintQueue::finished);
        queue.print({m_pdf, QStringLiteral("A")});
        QVERIFY(finished.wait(10'000));
        QCOMPARE(resultAt(finished, 0).reason(), QString(PrintReason::NoPrinter));
    }

    // A printer that would take ten minutes: the queue's end stops the wait
    // (the job is given up, not printed later) instead of holding the
    // kiosk's exit; a job not started is never sent.
    void goingAwayStopsTheWait()
    {
        auto printer = std::make_shared<SimulatedPrinter>(SimulatedPrinter::Condition::Ready, 600'000);
        {
            PrintQueue queue(printer);
            QSignalSpy progress(&queue, &PrintQueue::progress);
            queue.print({m_pdf, QStringLiteral("A")});
            queue.print({m_pdf, QStringLiteral("B")});
            QTRY_VERIFY(progress.size() >= 3); // the first job is printing
        }
        QCOMPARE(printer->attempts(), 1);
        QVERIFY(printer->printed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
