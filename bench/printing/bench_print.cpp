// Time from "print" to job completed, through the real CupsPrinter, on a
// private cupsd's queue whose backend writes the job to a file
// (tests/support/CupsHarness.h): what a customer waits for before
// "Please take your receipt", less the paper. Also the PDF's own time.
// Prints figures; never fails on them. Usage: bench_print [--count N]

#include "CupsHarness.h"
#include "CupsPrinter.h"
#include "ReceiptVerification.h"
#include "ReceiptWriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

using namespace branch;

namespace {

ReceiptDocument receipt(int i)
{
    ReceiptDocument doc;
    doc.bankName = QStringLiteral("示例银行 Example Bank");
    doc.branchName = QStringLiteral("朝阳支行 Chaoyang Branch");
    doc.serviceName = QStringLiteral("电费缴纳");
    doc.receiptNumber = QStringLiteral("KIOSK01-20250615-%1").arg(i, 4, 10, QLatin1Char('0'));
    doc.issuedAt = QDateTime(QDate(2025, 6, 15), QTime(2, 30), Qt::UTC);
    doc.locale = QLocale(QLocale::Chinese, QLocale::China);
    doc.amount = Money(20325);
    doc.addPersonalField(QStringLiteral("户号"), u"0101234568");
    doc.verificationPayload = ReceiptVerification::payload(doc.receiptNumber, doc.issuedAt, doc.amount);
    return doc;
}

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    const auto at = [&ms](double q) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size())))); };
    return {at(0.5), at(0.95), ms.constLast()};
}

void report(const char *what, const Figures &f, int count)
{
    std::printf("%-34s median %7.1f ms   p95 %7.1f ms   max %7.1f ms   (%d jobs)\n", what, f.median, f.p95, f.max, count);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // QPdfWriter paints with QtGui
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("jobs per variant"), QStringLiteral("n"),
                                         QStringLiteral("30"));
    parser.addOption(countOption);
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());

    test::CupsHarness cups;
    QString error;
    if (!cups.start(&error) || !cups.addFileQueue(QStringLiteral("receipt"), &error)) {
        std::fprintf(stderr, "bench_print: %s\n", qPrintable(error));
        return 1;
    }
    CupsPrinterOptions options;
    options.queue = QStringLiteral("receipt");
    options.server = cups.server();
    CupsPrinter printer(options);

    for (const auto print : {ReceiptWriter::Print::Standard, ReceiptWriter::Print::Large}) {
        const bool large = print == ReceiptWriter::Print::Large;
        QList<double> writing;
        QList<double> printing;
        int failed = 0;
        for (int i = 0; i < count; ++i) {
            const ReceiptDocument doc = receipt(i + (large ? 5000 : 0));
            const QString pdf = cups.path(doc.receiptNumber + QStringLiteral(".pdf"));
            QElapsedTimer clock;
            clock.start();
            if (!ReceiptWriter(ReceiptWriter::Paper::ThermalRoll80mm, print).write(doc, pdf).ok()) {
                ++failed;
                continue;
            }
            writing.append(double(clock.nsecsElapsed()) / 1e6);
            clock.restart();
            const Result<PrintedJob> printed = printer.print({pdf, doc.receiptNumber});
            if (!printed.ok()) {
                std::fprintf(stderr, "bench_print: job failed: %s %s\n", qPrintable(printed.reason()),
                             qPrintable(printed.error().detail));
                ++failed;
                continue;
            }
            printing.append(double(clock.nsecsElapsed()) / 1e6);
        }
        report(large ? "PDF, large print (care)" : "PDF, standard", figures(writing), int(writing.size()));
        report(large ? "print to completed, large print" : "print to completed, standard", figures(printing),
               int(printing.size()));
        if (failed > 0)
            std::printf("  %d jobs failed\n", failed);
    }
    return 0;
}
