#include "FlowFixtures.h"
#include "PdfReceiptPrinter.h"
#include "ReceiptDocument.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>

// The kiosk's receipt printer: masked lines in, a PDF out.
class TestPdfReceiptPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentKeepsTheComposedLines();
    void writesAPdf();
    void anUnwritablePathIsAReason();
    void largePrintIsLaidOutLarger();

private:
    branch::ReceiptContent content() const;
};

branch::ReceiptContent TestPdfReceiptPrinter::content() const
{
    branch::ReceiptContent c = branch::ReceiptComposer::compose(flowtest::service(QStringLiteral("bank.transfer")),
                                                                flowtest::transfer(), branch::Money(12345),
                                                                QLocale(QLocale::Chinese, QLocale::China));
    branch::ReceiptComposer::stamp(c, QStringLiteral("KIOSK01-20250615-0001"),
                                   QDateTime(QDate(2025, 6, 15), QTime(10, 30), Qt::UTC));
    return c;
}

void TestPdfReceiptPrinter::documentKeepsTheComposedLines()
{
    QImage signature(40, 20, QImage::Format_ARGB32);
    signature.fill(Qt::black);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(signature.save(&buffer, "PNG"));
    const branch::ReceiptContent c = content();
    const branch::ReceiptDocument document = branch::PdfReceiptPrinter::document(c, png);
    QCOMPARE(document.receiptNumber, c.receiptNumber);
    QCOMPARE(document.verificationPayload, c.verificationPayload);
    QCOMPARE(document.signature.size(), QSize(40, 20));
    QCOMPARE(document.lines().size(), c.items.size());
    for (qsizetype i = 0; i < c.items.size(); ++i) {
        QCOMPARE(document.lines().at(i).label, c.items.at(i).label);
        // Already masked: not masked a second time.
        QCOMPARE(document.lines().at(i).value, c.items.at(i).value);
    }
    QVERIFY(branch::PdfReceiptPrinter::document(c, {}).signature.isNull());
}

void TestPdfReceiptPrinter::writesAPdf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    const auto printed = branch::PdfReceiptPrinter().print(content(), {}, path);
    QVERIFY2(printed.ok(), qPrintable(printed.reason()));
    QCOMPARE(printed.value(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestPdfReceiptPrinter::anUnwritablePathIsAReason()
{
    QTemporaryDir dir;
    const auto printed =
        branch::PdfReceiptPrinter().print(content(), {}, dir.filePath(QStringLiteral("missing/dir/r.pdf")));
    QVERIFY(!printed.ok());
    QVERIFY(!printed.reason().isEmpty());
    QVERIFY(!printed.error().message.isEmpty());
}

// Care mode's receipt: the same roll, in larger type, so a longer page.
void TestPdfReceiptPrinter::largePrintIsLaidOutLarger()
{
    QTemporaryDir dir;
    const auto pageHeight = [this, &dir](bool large) {
        branch::ReceiptContent c = content();
        c.largePrint = large;
        const QString path = dir.filePath(large ? QStringLiteral("large.pdf") : QStringLiteral("standard.pdf"));
        const auto printed = branch::PdfReceiptPrinter(branch::ReceiptWriter::Paper::ThermalRoll80mm).print(c, {}, path);
        QFile file(path);
        if (!printed.ok() || !file.open(QIODevice::ReadOnly))
            return 0.0;
        static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
        return box.match(QString::fromLatin1(file.readAll())).captured(2).toDouble();
    };
    const double standard = pageHeight(false);
    const double large = pageHeight(true);
    QVERIFY(standard > 0);
    QVERIFY2(large > standard * 1.2, qPrintable(QStringLiteral("%1 %2").arg(large).arg(standard)));
}

QTEST_MAIN(TestPdfReceiptPrinter)
#include "tst_pdfreceiptprinter.moc"
