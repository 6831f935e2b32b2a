#include "FormController.h"
#include "Kiosk.h"
#include "KioskDriver.h"
#include "KioskTestBackends.h"
#include "PrintReason.h"
#include "PdfProbe.h"
#include "QrDecode.h"
#include "ReceiptPrinting.h"
#include "ServiceListModel.h"
#include "ShellController.h"
#include "SimulatedPrinter.h"
#include "SubmissionRepository.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "KioskQmlPlugins.h"

using branch::FormController;
using branch::Kiosk;
using branch::ReceiptPrinting;
using branch::SimulatedPrinter;

// The receipt printer out of paper, walked as a customer: an electricity bill
// from home to the receipt screen, which says why nothing was printed, keeps
// the receipt's QR code on screen to fetch it instead, and prints again once
// staff have loaded paper. Chinese and English, normal and care mode.
class tst_PrintFallback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outOfPaperShowsTheQrCode_data();
    void outOfPaperShowsTheQrCode();
    void noPrinterStillGivesTheNumber();

private:
    void startKiosk(const QString &language, bool care, std::shared_ptr<branch::Printer> printer);
    void payElectricityBill();
    void checkQrOnScreen();

    QTemporaryDir m_dataDir;
    std::unique_ptr<Kiosk> m_kiosk;
    KioskDriver m_ui;
};


void tst_PrintFallback::startKiosk(const QString &language, bool care, std::shared_ptr<branch::Printer> printer)
{
    m_kiosk.reset();
    QVERIFY(m_dataDir.isValid());
    branch::KioskOptions options;
    options.language = language;
    options.careMode = care;
    options.databasePath = m_dataDir.filePath(language + (care ? QStringLiteral("-care") : QString()) + QStringLiteral(".sqlite"));
    options.devInsecureSecretsDir = m_dataDir.filePath(QStringLiteral("secrets"));
    branch::KioskBackends backends = kioskTestBackends(options);
    backends.printer = std::move(printer);
    m_kiosk = std::make_unique<Kiosk>(options, std::move(backends));
    QVERIFY(m_kiosk->load());
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
    m_ui.attach(m_kiosk->window());
    STEP(m_ui.settle());
}

void tst_PrintFallback::payElectricityBill()
{
    STEP(m_ui.clickTile(QStringLiteral("utilities")));
    branch::ServiceListModel *services = m_kiosk->shell()->services();
    const QModelIndex row =
        services->match(services->index(0), branch::ServiceListModel::IdRole, QStringLiteral("utility.electricity")).value(0);
    QVERIFY(row.isValid());
    QVERIFY(QMetaObject::invokeMethod(m_ui.item(QStringLiteral("serviceList")), "positionViewAtIndex",
                                      Q_ARG(int, row.row()), Q_ARG(int, 2 /* ListView.Center */)));
    STEP(m_ui.click(QStringLiteral("serviceItem_utility.electricity")));
    STEP(m_ui.click(QStringLiteral("startServiceButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Lookup);
    STEP(m_ui.type(QStringLiteral("lookupAccountField"), QStringLiteral("0101234568")));
    STEP(m_ui.click(QStringLiteral("lookupButton")));
    // One page, or one question a page in care mode: no invoice, then on.
    for (int page = 0; m_kiosk->flow()->stage() == FormController::Stage::Fill; ++page) {
        QVERIFY2(page < 10, "the form goes round in circles");
        if (m_ui.item(QStringLiteral("option_invoice_none")))
            STEP(m_ui.click(QStringLiteral("option_invoice_none")));
        STEP(m_ui.click(QStringLiteral("formNextButton")));
    }
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    STEP(m_ui.click(QStringLiteral("reviewConfirmButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->flow()->stage(), FormController::Stage::Receipt, 20'000);
    // Printing follows, off the GUI thread.
    QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->flow()->printing()->busy(), 20'000);
    STEP(m_ui.settle());
}

// The QR code a phone or a staff scanner reads off the screen, whole and in view.
void tst_PrintFallback::checkQrOnScreen()
{
    QQuickItem *qr = m_ui.item(QStringLiteral("receiptQr"));
    QVERIFY(qr);
    QTRY_COMPARE(qr->property("status").toInt(), 1); // Image.Ready
    const QRectF area = qr->mapRectToScene(QRectF(0, 0, qr->width(), qr->height()));
    QVERIFY2(m_ui.window()->contentItem()->contains(area.topLeft())
                 && m_ui.window()->contentItem()->contains(area.bottomRight() - QPointF(1, 1)),
             "the QR code is not wholly on screen");
    const QImage shot = m_ui.window()->grabWindow();
    const QString scanned = branch::test::decodeQr(shot.copy(area.toAlignedRect().adjusted(-20, -20, 20, 20)));
    QVERIFY2(scanned.startsWith(QStringLiteral("BSR1:") + m_kiosk->flow()->receiptNumber() + u':'), qPrintable(scanned));
}

void tst_PrintFallback::outOfPaperShowsTheQrCode_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("care");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("outOfPaper"); // the words on screen
    QTest::addColumn<QString>("takeIt");
    const QString zhPaper = QStringLiteral("打印机缺纸");
    const QString zhTake = QStringLiteral("请取走您的凭条");
    const QString enPaper = QStringLiteral("The printer is out of paper.");
    const QString enTake = QStringLiteral("Please take your receipt.");
    QTest::newRow("zh_CN") << "zh_CN" << false << QSize(1280, 800) << zhPaper << zhTake;
    QTest::newRow("zh_CN care") << "zh_CN" << true << QSize(1280, 800) << zhPaper << zhTake;
    QTest::newRow("en") << "en" << false << QSize(1280, 800) << enPaper << enTake;
    QTest::newRow("en care") << "en" << true << QSize(1280, 800) << enPaper << enTake;
    QTest::newRow("zh_CN care 1920x1080") << "zh_CN" << true << QSize(1920, 1080) << zhPaper << zhTake;
}

void tst_PrintFallback::outOfPaperShowsTheQrCode()
{
    QFETCH(QString, language);
    QFETCH(bool, care);
    QFETCH(QSize, size);
    QFETCH(QString, outOfPaper);
    QFETCH(QString, takeIt);
    auto printer = std::make_shared<SimulatedPrinter>(SimulatedPrinter::Condition::OutOfPaper);
    STEP(startKiosk(language, care, printer));
    m_ui.window()->resize(size);
    STEP(payElectricityBill());

    ReceiptPrinting *printing = m_kiosk->flow()->printing();
    QCOMPARE(printing->reason(), QString(branch::PrintReason::OutOfPaper));
    QVERIFY2(m_ui.text(QStringLiteral("printStatusText")).contains(outOfPaper),
             qPrintable(m_ui.text(QStringLiteral("printStatusText"))));
    QVERIFY(!m_ui.text(QStringLiteral("printFallbackText")).isEmpty());
    STEP(checkQrOnScreen());
    QVERIFY(m_ui.item(QStringLiteral("receiptNumber")));
    STEP(m_ui.shoot(QStringLiteral("receipt-out-of-paper-%1%2-%3").arg(language, care ? QStringLiteral("-care") : QString()).arg(size.width())));

    // The receipt was laid out for the roll, in large type in care mode.
    const double height = branch::test::printedHeight(m_kiosk->flow()->receiptPath(), m_kiosk->flow()->receiptNumber());
    QVERIFY2(care ? height > 14 : (height > 0 && height < 12), QByteArray::number(height).constData());

    // Staff load paper; the customer prints again, from the same screen.
    printer->setCondition(SimulatedPrinter::Condition::Ready);
    STEP(m_ui.click(QStringLiteral("reprintButton")));
    QTRY_COMPARE_WITH_TIMEOUT(printing->state(), ReceiptPrinting::State::Printed, 20'000);
    STEP(m_ui.settle());
    QCOMPARE(m_ui.text(QStringLiteral("printStatusText")), takeIt);
    QVERIFY(!m_ui.item(QStringLiteral("reprintButton")));
    QVERIFY(!m_ui.item(QStringLiteral("printFallbackText")));
    QCOMPARE(printer->printed(), QStringList{m_kiosk->flow()->receiptNumber()});
    STEP(m_ui.shoot(QStringLiteral("receipt-printed-%1%2-%3").arg(language, care ? QStringLiteral("-care") : QString()).arg(size.width())));

    STEP(m_ui.click(QStringLiteral("receiptDoneButton")));
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::home);
    QCOMPARE(printing->state(), ReceiptPrinting::State::Idle);
}

// A kiosk with no printer at all still stores the request, shows its number
// and QR code, and says there is no printer, with no reprint to press.
void tst_PrintFallback::noPrinterStillGivesTheNumber()
{
    STEP(startKiosk(QStringLiteral("en"), false, nullptr));
    STEP(payElectricityBill());
    QCOMPARE(m_kiosk->flow()->printing()->reason(), QString(branch::PrintReason::NoPrinter));
    QVERIFY(m_ui.text(QStringLiteral("printStatusText")).contains(QStringLiteral("This counter has no receipt printer.")));
    QVERIFY(!m_ui.item(QStringLiteral("reprintButton")));
    STEP(checkQrOnScreen());
    const auto stored = m_kiosk->submissions()->find(m_kiosk->flow()->receiptNumber());
    QVERIFY(stored.ok() && stored.value.has_value());
}

QTEST_MAIN(tst_PrintFallback)
#include "tst_printfallback.moc"
