#include "CupsHarness.h"
#include "CupsPrinter.h"
#include "PdfProbe.h"
#include "PrintReason.h"
#include "QrDecode.h"
#include "ReceiptVerification.h"
#include "ReceiptWriter.h"

#include <QDirIterator>
#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace branch;

Q_DECLARE_METATYPE(branch::ReceiptWriter::Print)

namespace {

ReceiptDocument receipt(const QString &number)
{
    ReceiptDocument doc;
    doc.bankName = QStringLiteral("示例银行 Example Bank");
    doc.branchName = QStringLiteral("朝阳支行 Chaoyang Branch");
    doc.serviceName = QStringLiteral("电费缴纳 Electricity bill");
    doc.receiptNumber = number;
    doc.issuedAt = QDateTime(QDate(2025, 6, 15), QTime(2, 30), Qt::UTC);
    doc.timeZone = QTimeZone("Asia/Shanghai");
    doc.locale = QLocale(QLocale::Chinese, QLocale::China);
    doc.amount = Money(20325);
    doc.addPersonalField(QStringLiteral("户号"), u"0101234568");
    doc.verificationPayload = ReceiptVerification::payload(doc.receiptNumber, doc.issuedAt, doc.amount);
    return doc;
}

} // namespace

// The real CupsPrinter against a private cupsd (CupsHarness): a receipt
// printed to a queue comes out as the PDF that was sent, and each printer
// trouble CUPS can report gives its own reason, with no job left behind to
// print later for somebody else.
class TestCupsPrinter : public QObject
{
    Q_OBJECT

    test::CupsHarness m_cups;
    QTemporaryDir m_files;

    CupsPrinter printer(const QString &queue, int timeoutMs = 30'000) const
    {
        CupsPrinterOptions options;
        options.queue = queue;
        options.server = m_cups.server();
        options.completionTimeoutMs = timeoutMs;
        options.conditionGraceMs = 300;
        return CupsPrinter(options);
    }

    QString writeReceipt(const QString &number, ReceiptWriter::Print print = ReceiptWriter::Print::Standard)
    {
        const QString path = m_files.filePath(number + QStringLiteral(".pdf"));
        const ReceiptResult written = ReceiptWriter(ReceiptWriter::Paper::ThermalRoll80mm, print).write(receipt(number), path);
        return written.ok() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("BRANCH_KEEP_TEST_FILES"))
            m_files.setAutoRemove(false);
        QString error;
        QVERIFY2(m_cups.start(&error), qPrintable(error));
        QVERIFY2(m_cups.addFileQueue(QStringLiteral("receipt"), &error), qPrintable(error));
    }

    // No default destination on this scheduler yet: "no printer", and the
    // kiosk goes on. With one set (lpadmin -d), an empty queue prints there.
    void theDefaultDestination()
    {
        const QString pdf = writeReceipt(QStringLiteral("KIOSK01-20250615-0100"));
        QCOMPARE(printer(QString()).print({pdf, QStringLiteral("KIOSK01-20250615-0100")}).reason(),
                 QString(PrintReason::NoPrinter));
        const test::ProcessRun set = m_cups.run(QStringLiteral("lpadmin"), {QStringLiteral("-d"), QStringLiteral("receipt")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const Result<PrintedJob> printed = printer(QString()).print({pdf, QStringLiteral("KIOSK01-20250615-0100")});
        QVERIFY2(printed.ok(), qPrintable(printed.reason() + u' ' + printed.error().detail));
        QCOMPARE(printed->printer, QStringLiteral("receipt"));
    }

    void printsAReceipt_data()
    {
        QTest::addColumn<ReceiptWriter::Print>("print");
        QTest::addColumn<QString>("number");
        QTest::newRow("standard") << ReceiptWriter::Print::Standard << QStringLiteral("KIOSK01-20250615-0001");
        QTest::newRow("large print (care mode)") << ReceiptWriter::Print::Large << QStringLiteral("KIOSK01-20250615-0002");
    }

    void printsAReceipt()
    {
        QFETCH(ReceiptWriter::Print, print);
        QFETCH(QString, number);
        const QString pdf = writeReceipt(number, print);
        QVERIFY(!pdf.isEmpty());
        QList<PrintStage> stages;
        const Result<PrintedJob> printed =
            printer(QStringLiteral("receipt")).print({pdf, number}, [&stages](PrintStage s) { stages.append(s); });
        QVERIFY2(printed.ok(), qPrintable(printed.reason() + u' ' + printed.error().detail + m_cups.log()));
        QCOMPARE(printed->printer, QStringLiteral("receipt"));
        QVERIFY(printed->jobId > 0);
        QCOMPARE(stages.value(0), PrintStage::Sending);

        // What the printer received: the PDF, byte for byte, as sent.
        const QString out = QDir(m_cups.outputDir()).filePath(QStringLiteral("job-%1.pdf").arg(printed->jobId));
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(out));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QFile sent(pdf);
        QVERIFY(sent.open(QIODevice::ReadOnly));
        QCOMPARE(bytes, sent.readAll());

        test::ProcessRun text = test::poppler(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out,
                                                                       QStringLiteral("-")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(QString::fromUtf8(text.out).contains(number), text.out.constData());

        // 80 mm wide, whatever its length.
        const test::ProcessRun info = test::poppler(QStringLiteral("pdfinfo"), {out});
        static const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
        const QRegularExpressionMatch page = size.match(QString::fromUtf8(info.out));
        QVERIFY2(page.hasMatch(), info.out.constData());
        QVERIFY2(qAbs(page.captured(1).toDouble() - 80 / 25.4 * 72) < 1, info.out.constData());

        // The type: 8 pt for the number in standard print, half as large again in large print.
        const double height = test::printedHeight(out, number);
        if (print == ReceiptWriter::Print::Large)
            QVERIFY2(height > 14, QByteArray::number(height).constData());
        else
            QVERIFY2(height > 0 && height < 12, QByteArray::number(height).constData());

        const QString raster = m_files.filePath(number);
        const test::ProcessRun ppm = test::poppler(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"),
                                                                          QStringLiteral("-png"), QStringLiteral("-singlefile"), out, raster});
        QVERIFY2(ppm.exitCode == 0, ppm.err.constData());
        QCOMPARE(test::decodeQr(QImage(raster + QStringLiteral(".png"))), receipt(number).verificationPayload);
    }

    void troubleHasItsReason_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("then"); // a tool run on the queue once made
        QTest::addColumn<QString>("reason");
        const QString file = QStringLiteral("branchtest:/file") + m_cups.outputDir();
        QTest::newRow("disabled (cupsdisable)") << "disabled" << file << QStringList() << "cupsdisable"
                                                << QString(PrintReason::Paused);
        QTest::newRow("rejecting (cupsreject)") << "rejecting" << file << QStringList() << "cupsreject"
                                                << QString(PrintReason::NotAccepting);
        QTest::newRow("backend fails, abort-job") << "failing" << "branchtest:/fail"
                                                  << QStringList{QStringLiteral("printer-error-policy=abort-job")} << ""
                                                  << QString(PrintReason::JobFailed);
        QTest::newRow("backend fails, retry-job") << "failing-retry" << "branchtest:/fail"
                                                  << QStringList{QStringLiteral("printer-error-policy=retry-job")} << ""
                                                  << QString(PrintReason::JobFailed);
        QTest::newRow("backend fails, stop-printer") << "failing-stop" << "branchtest:/fail"
                                                     << QStringList{QStringLiteral("printer-error-policy=stop-printer")}
                                                     << "" << QString(PrintReason::Paused);
        QTest::newRow("out of paper") << "paper" << "branchtest:/paper" << QStringList() << ""
                                      << QString(PrintReason::OutOfPaper);
        QTest::newRow("offline") << "offline" << "branchtest:/offline" << QStringList() << ""
                                 << QString(PrintReason::Offline);
        QTest::newRow("silent, past the wait") << "hang" << "branchtest:/hang" << QStringList() << ""
                                               << QString(PrintReason::Timeout);
    }

    void troubleHasItsReason()
    {
        QFETCH(QString, queue);
        QFETCH(QString, uri);
        QFETCH(QStringList, options);
        QFETCH(QString, then);
        QFETCH(QString, reason);
        QString error;
        QVERIFY2(m_cups.addQueue(queue, uri, options, &error), qPrintable(error));
        if (!then.isEmpty()) {
            const test::ProcessRun done = m_cups.run(then, {queue});
            QVERIFY2(done.exitCode == 0, done.err.constData());
        }
        const QString number = QStringLiteral("KIOSK01-20250615-0200");
        const Result<PrintedJob> printed = printer(queue, 2'000).print({writeReceipt(number), number});
        QVERIFY(!printed.ok());
        QCOMPARE(printed.reason(), reason);
        QVERIFY(!PrintMessages::messageFor(printed.reason()).isEmpty());
        // Given up means canceled: nothing waits to print for the next customer.
        QTRY_COMPARE_WITH_TIMEOUT(m_cups.pendingJobs(queue), QString(), 10'000);
    }

    void nothingToReach_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<bool>("serverUp");
        QTest::addColumn<bool>("document");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no such queue") << "nowhere" << true << true << QString(PrintReason::NotFound);
        QTest::newRow("no scheduler") << "receipt" << false << true << QString(PrintReason::Unavailable);
        QTest::newRow("no document") << "receipt" << true << false << QString(PrintReason::DocumentMissing);
    }

    void nothingToReach()
    {
        QFETCH(QString, queue);
        QFETCH(bool, serverUp);
        QFETCH(bool, document);
        QFETCH(QString, reason);
        CupsPrinterOptions options;
        options.queue = queue;
        options.server = serverUp ? m_cups.server() : m_files.filePath(QStringLiteral("no-cups.sock"));
        const QString number = QStringLiteral("KIOSK01-20250615-0300");
        const QString pdf = document ? writeReceipt(number) : m_files.filePath(QStringLiteral("none.pdf"));
        QCOMPARE(CupsPrinter(options).print({pdf, number}).reason(), reason);
        if (serverUp)
            QCOMPARE(m_cups.pendingJobs(queue == QLatin1String("nowhere") ? QStringLiteral("receipt") : queue), QString());
    }

    void cleanupTestCase()
    {
        m_cups.stop();
    }
};

QTEST_MAIN(TestCupsPrinter)
#include "tst_cupsprinter.moc"
