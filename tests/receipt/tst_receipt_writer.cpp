#include "ProcessRunner.h"
#include "QrDecode.h"
#include "ReceiptVerification.h"
#include "ReceiptWriter.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

Q_DECLARE_METATYPE(branch::ReceiptWriter::Paper)

namespace {

const QString kResidentId = QStringLiteral("110101199003074578");
const QString kName = QStringLiteral("张三丰");

ReceiptDocument sampleDocument()
{
    ReceiptDocument doc;
    doc.bankName = QStringLiteral("示例银行 Example Bank");
    doc.branchName = QStringLiteral("朝阳支行 Chaoyang Branch");
    doc.serviceName = QStringLiteral("公积金缴存登记");
    doc.receiptNumber = QStringLiteral("BJ01K02-20250314-000042H");
    doc.issuedAt = QDateTime(QDate(2025, 3, 14), QTime(1, 30, 15), Qt::UTC);
    doc.timeZone = QTimeZone("Asia/Shanghai");
    doc.locale = QLocale(QLocale::Chinese, QLocale::China);
    doc.amount = Money(123456);
    doc.addPersonalField(QStringLiteral("证件号码"), kResidentId);
    doc.addPersonalField(QStringLiteral("姓名"), kName);
    doc.addField(QStringLiteral("缴费期间"), QStringLiteral("2025-02"));
    QImage signature(400, 120, QImage::Format_ARGB32);
    signature.fill(Qt::white);
    QPainter p(&signature);
    p.setPen(QPen(Qt::black, 4));
    p.drawLine(20, 90, 150, 30);
    p.drawLine(150, 30, 380, 100);
    p.end();
    doc.signature = signature;
    doc.verificationPayload = ReceiptVerification::payload(doc.receiptNumber, doc.issuedAt, doc.amount);
    return doc;
}

// Runs a poppler tool; the test fails (never skips) when it is missing.
QByteArray runTool(const QString &tool, const QStringList &args, bool *ok)
{
    *ok = false;
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return QByteArrayLiteral("missing tool (install poppler-utils): ") + tool.toUtf8();
    const branch::test::ProcessRun run = branch::test::runProcess(exe, args, {60000, {}, {}});
    if (run.exitCode != 0)
        return run.err;
    *ok = true;
    return run.out;
}

} // namespace

class TestReceiptWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // To look at the PDFs and rasters after a failure.
        if (qEnvironmentVariableIsSet("BRANCH_KEEP_TEST_FILES")) {
            m_dir.setAutoRemove(false);
            qInfo() << "keeping files in" << m_dir.path();
        }
    }

    void pdfCarriesAScannableCode_data()
    {
        QTest::addColumn<ReceiptWriter::Paper>("paper");
        QTest::addColumn<int>("expectedWidthPx"); // at 200 dpi
        QTest::newRow("A6") << ReceiptWriter::Paper::A6 << 827;
        QTest::newRow("80 mm roll") << ReceiptWriter::Paper::ThermalRoll80mm << 630;
    }

    void pdfCarriesAScannableCode()
    {
        QFETCH(ReceiptWriter::Paper, paper);
        QFETCH(int, expectedWidthPx);
        const ReceiptDocument doc = sampleDocument();
        const QString pdfPath = m_dir.filePath(QStringLiteral("%1.pdf").arg(QLatin1String(QTest::currentDataTag())));
        const ReceiptResult written = ReceiptWriter(paper).write(doc, pdfPath);
        QVERIFY2(written.ok(), qPrintable(written.reason));

        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-1."));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY2(bytes.size() > 5000 && bytes.size() < 3000000, QByteArray::number(bytes.size()).constData());

        bool ok = false;
        const QString prefix = m_dir.filePath(QStringLiteral("raster"));
        QByteArray out = runTool(QStringLiteral("pdftoppm"),
                                 {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                                  QStringLiteral("-singlefile"), pdfPath, prefix},
                                 &ok);
        QVERIFY2(ok, out.constData());
        const QImage raster(prefix + QStringLiteral(".png"));
        QVERIFY(!raster.isNull());
        QVERIFY2(qAbs(raster.width() - expectedWidthPx) <= 2, QByteArray::number(raster.width()).constData());
        QCOMPARE(test::decodeQr(raster), doc.verificationPayload);

        out = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath,
                                                    QStringLiteral("-")}, &ok);
        QVERIFY2(ok, out.constData());
        // Noto CJK maps some ideographs and their Kangxi radicals (金 and ⾦) to
        // one glyph, and QPdfWriter may name the radical; NFKC folds them back.
        const QString text = QString::fromUtf8(out).normalized(QString::NormalizationForm_KC);
        QVERIFY2(text.contains(doc.receiptNumber), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("公积金缴存登记")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2025-03-14 09:30:15")), qPrintable(text)); // Beijing time
        QVERIFY2(text.contains(QStringLiteral("1,234.56")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("110****4578")), qPrintable(text));
        QVERIFY(!text.contains(kResidentId));
        QVERIFY(!text.contains(kName));
        QVERIFY(!bytes.contains(kResidentId.toLatin1()));

        out = runTool(QStringLiteral("pdffonts"), {pdfPath}, &ok);
        QVERIFY2(ok, out.constData());
        QVERIFY2(out.contains("NotoSansCJK"), out.constData());
    }

    void refusesAnIncompleteReceipt_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no number") << "number" << QString(ReceiptReason::Incomplete);
        QTest::newRow("no time") << "time" << QString(ReceiptReason::Incomplete);
        QTest::newRow("no payload") << "payload" << QString(ReceiptReason::QrFailed);
        QTest::newRow("oversized payload") << "huge" << QString(ReceiptReason::QrFailed);
        QTest::newRow("unwritable path") << "path" << QString(ReceiptReason::WriteFailed);
    }

    void refusesAnIncompleteReceipt()
    {
        QFETCH(QString, what);
        QFETCH(QString, reason);
        ReceiptDocument doc = sampleDocument();
        QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        if (what == QLatin1String("number"))
            doc.receiptNumber.clear();
        else if (what == QLatin1String("time"))
            doc.issuedAt = {};
        else if (what == QLatin1String("payload"))
            doc.verificationPayload.clear();
        else if (what == QLatin1String("huge"))
            doc.verificationPayload = QString(9000, u'x');
        else
            path = m_dir.filePath(QStringLiteral("no/such/dir/receipt.pdf"));
        const ReceiptResult result = ReceiptWriter().write(doc, path);
        QCOMPARE(result.reason, reason);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    // The 80 mm roll is cut after the content: a long receipt is never cut
    // off, and large print (care mode) makes a longer one of the same width.
    void rollIsCutToItsContent()
    {
        const auto pageOf = [this](const ReceiptDocument &doc, ReceiptWriter::Print print, const QString &name) {
            const QString path = m_dir.filePath(name);
            const ReceiptResult written = ReceiptWriter(ReceiptWriter::Paper::ThermalRoll80mm, print).write(doc, path);
            QFile file(path);
            if (!written.ok() || !file.open(QIODevice::ReadOnly))
                return QSizeF();
            // QPdfWriter writes one /MediaBox [0 0 width height], in points.
            static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
            const QRegularExpressionMatch m = box.match(QString::fromLatin1(file.readAll()));
            return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
        };
        const double rollWidth = 80 / 25.4 * 72;
        const ReceiptDocument doc = sampleDocument();
        const QSizeF standard = pageOf(doc, ReceiptWriter::Print::Standard, QStringLiteral("standard.pdf"));
        const QSizeF large = pageOf(doc, ReceiptWriter::Print::Large, QStringLiteral("large.pdf"));
        QVERIFY(standard.isValid() && large.isValid());
        QVERIFY(qAbs(standard.width() - rollWidth) < 1);
        QVERIFY(qAbs(large.width() - rollWidth) < 1);
        QVERIFY2(large.height() > standard.height() * 1.2, qPrintable(QStringLiteral("%1 %2").arg(large.height()).arg(standard.height())));

        ReceiptDocument longer = doc;
        for (int i = 1; i <= 40; ++i)
            longer.addField(QStringLiteral("Line %1").arg(i), QStringLiteral("value %1").arg(i));
        const QSizeF tall = pageOf(longer, ReceiptWriter::Print::Standard, QStringLiteral("long.pdf"));
        QVERIFY2(tall.height() > standard.height() + 40 * 8, qPrintable(QString::number(tall.height())));
        bool ok = false;
        const QByteArray text = runTool(QStringLiteral("pdftotext"), {m_dir.filePath(QStringLiteral("long.pdf")), QStringLiteral("-")}, &ok);
        QVERIFY2(ok, text.constData());
        // Everything is on the one page, down to the last line and the QR code's caption.
        QVERIFY(text.contains("Line 40: value 40"));
        QVERIFY(text.contains("Keep this receipt until the transaction is confirmed."));
        QCOMPARE(text.count('\f'), 1);
    }

    void personalFieldsAreMaskedOnEntry()
    {
        ReceiptDocument doc;
        doc.addPersonalField(QStringLiteral("Card"), u"6222020200112233445");
        doc.addField(QStringLiteral("Period"), QStringLiteral("2025-02"));
        QCOMPARE(doc.lines().size(), 2);
        QCOMPARE(doc.lines().at(0).value, QStringLiteral("622****3445"));
        QCOMPARE(doc.lines().at(1).value, QStringLiteral("2025-02"));
    }
};

QTEST_MAIN(TestReceiptWriter)
#include "tst_receipt_writer.moc"
