#include "CoreHarness.h"
#include "CupsHarness.h"
#include "CupsPrinter.h"
#include "FormController.h"
#include "Kiosk.h"
#include "KioskDriver.h"
#include "KioskJourneys.h"
#include "KioskTestBackends.h"
#include "OutboxRepository.h"
#include "PaymentController.h"
#include "PaymentReason.h"
#include "PaymentRepository.h"
#include "PdfProbe.h"
#include "ServiceListModel.h"
#include "ShellController.h"
#include "SubmissionRepository.h"
#include "SyncService.h"
#include "TestCards.h"

#include <QDir>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "KioskQmlPlugins.h"

using branch::FormController;
using branch::Kiosk;
using branch::PaymentController;
using Phase = branch::PaymentController::Phase;

// A customer pays an electricity bill at the kiosk: the bill is looked up,
// the answers checked, then the card is inserted and the PIN typed (the
// simulators' on-screen panel, as in a demo), core's reference bank
// authorises it, and the request is stored carrying the payment. The receipt
// comes out of a real CUPS queue and says what was paid with which card.
// A refusal says why and charges nothing; a payment whose outcome is
// unknown is never called paid, and core applies no request on it.
class tst_PayScreen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void paysBillAndPrintsReceipt_data();
    void paysBillAndPrintsReceipt();
    void wrongPinThenPaid();
    void declinedPaymentStoresNothing();
    void unknownOutcomeIsNeverCalledPaid();

private:
    void startKiosk(const QString &language, bool care, QSize size, const QString &coreUrl = {});
    void reachPayStep();
    void insertCard(const QString &card);
    void typePin(const QString &digits);
    void readPrinted(int jobsBefore, QString *text);
    int printedJobs() const;
    QList<branch::OutboxEntry> outbox(const QString &state = {}) const;
    // The outbox holds the request of `receipt` in `state` (and, when given, with core's reason).
    bool outboxHas(const QString &state, const QString &receipt, const QString &reason = {}) const;
    QList<branch::PaymentRow> payments() const;

    QTemporaryDir m_rigDir;
    std::unique_ptr<branch::test::CoreRig> m_rig;
    branch::test::CupsHarness m_cups;
    std::unique_ptr<Kiosk> m_kiosk;
    KioskDriver m_ui;
};

void tst_PayScreen::initTestCase()
{
    QVERIFY(m_rigDir.isValid());
    m_rig = std::make_unique<branch::test::CoreRig>(m_rigDir.path());
    QVERIFY(m_rig->makePki());
    QVERIFY(m_rig->startCore());
    QVERIFY(m_rig->enrol());
    QString error;
    QVERIFY2(m_cups.start(&error), qPrintable(error));
    QVERIFY2(m_cups.addFileQueue(QStringLiteral("receipt"), &error), qPrintable(error));
}

void tst_PayScreen::cleanupTestCase()
{
    m_kiosk.reset();
    if (m_rig)
        m_rig->stopCore();
    m_cups.stop();
}

void tst_PayScreen::cleanup()
{
    m_kiosk.reset();
}

void tst_PayScreen::startKiosk(const QString &language, bool care, QSize size, const QString &coreUrl)
{
    m_kiosk.reset();
    branch::KioskOptions options;
    options.coreUrl = coreUrl;
    options.language = language;
    options.careMode = care;
    options.databasePath = m_rig->kioskDb();
    options.devInsecureSecretsDir = m_rig->secrets();
    options.kioskCode = QStringLiteral("K001");
    branch::KioskBackends backends = kioskTestBackends(options);
    branch::CupsPrinterOptions cups;
    cups.queue = QStringLiteral("receipt");
    cups.server = m_cups.server();
    backends.printer = std::make_shared<branch::CupsPrinter>(cups);
    m_kiosk = std::make_unique<Kiosk>(options, std::move(backends));
    QVERIFY(m_kiosk->load());
    m_kiosk->window()->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk->window()));
    m_ui.attach(m_kiosk->window());
    // The pay step exists once the payment worker runs (enrolled, devices present).
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->payments() != nullptr, 10000);
    STEP(m_ui.settle());
}

// Home -> utilities -> electricity -> bill look-up -> the form -> the review -> pay.
void tst_PayScreen::reachPayStep()
{
    STEP(openService(m_ui, *m_kiosk, QStringLiteral("utilities"), QStringLiteral("utility.electricity")));
    // The kiosk takes the payment: the detail page no longer sends the customer to the counter.
    QVERIFY(m_kiosk->flow()->counterNotes().isEmpty());
    STEP(m_ui.click(QStringLiteral("startServiceButton")));
    STEP(m_ui.type(QStringLiteral("lookupAccountField"), QStringLiteral("0101234568")));
    STEP(m_ui.click(QStringLiteral("lookupButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    // One question a page in care mode: "next" until the review, choosing
    // no invoice on its page.
    for (int i = 0; i < 8 && m_kiosk->flow()->stage() == FormController::Stage::Fill; ++i) {
        STEP(m_ui.settle());
        if (m_ui.item(QStringLiteral("option_invoice_none")))
            STEP(m_ui.click(QStringLiteral("option_invoice_none")));
        STEP(m_ui.click(QStringLiteral("formNextButton")));
    }
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    STEP(m_ui.click(QStringLiteral("reviewConfirmButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Pay);
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->payment()->phase(), Phase::WaitingForCard, 10000);
    STEP(m_ui.settle());
    QVERIFY(m_ui.text(QStringLiteral("payAmount")).contains(m_kiosk->flow()->amountText()));
    QCOMPARE(m_ui.text(QStringLiteral("payInstruction")), m_kiosk->payment()->instruction());
}

void tst_PayScreen::insertCard(const QString &card)
{
    STEP(m_ui.click(QStringLiteral("testCard_") + card));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->payment()->phase(), Phase::WaitingForPin, 10000);
}

void tst_PayScreen::typePin(const QString &digits)
{
    STEP(m_ui.settle());
    for (const QChar digit : digits)
        STEP(m_ui.click(QStringLiteral("pinKey_") + digit));
    // The screen shows a dot per digit, never the digits.
    QCOMPARE(m_ui.text(QStringLiteral("pinDots")).count(QChar(0x25CF)), digits.size());
    QVERIFY(!m_ui.text(QStringLiteral("pinDots")).contains(digits));
    STEP(m_ui.click(QStringLiteral("pinKey_enter")));
}

int tst_PayScreen::printedJobs() const
{
    return int(QDir(m_cups.outputDir()).entryList({QStringLiteral("job-*.pdf")}, QDir::Files).size());
}

// The text of the job printed after `jobsBefore`, as poppler reads it.
void tst_PayScreen::readPrinted(int jobsBefore, QString *text)
{
    QTRY_VERIFY_WITH_TIMEOUT(printedJobs() > jobsBefore, 30000);
    const QStringList jobs = QDir(m_cups.outputDir()).entryList({QStringLiteral("job-*.pdf")}, QDir::Files, QDir::Time);
    const QString newest = QDir(m_cups.outputDir()).filePath(jobs.constFirst());
    const branch::test::ProcessRun run = branch::test::poppler(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), newest, QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The CJK font's glyphs for some characters map back to Kangxi radicals
    // ("⾏" for "行"): NFKC gives the characters a reader sees.
    *text = QString::fromUtf8(run.out).normalized(QString::NormalizationForm_KC);
}

QList<branch::OutboxEntry> tst_PayScreen::outbox(const QString &state) const
{
    const auto listed = branch::OutboxRepository(*m_kiosk->store()).list(state, 100, 0);
    return listed.ok() ? listed.value : QList<branch::OutboxEntry>{};
}

bool tst_PayScreen::outboxHas(const QString &state, const QString &receipt, const QString &reason) const
{
    const QList<branch::OutboxEntry> entries = outbox(state);
    return std::any_of(entries.cbegin(), entries.cend(), [&](const branch::OutboxEntry &e) {
        return e.receiptNumber == receipt && (reason.isEmpty() || e.rejectReason == reason);
    });
}

QList<branch::PaymentRow> tst_PayScreen::payments() const
{
    const auto listed = branch::PaymentRepository(*m_kiosk->store()).recent(100);
    return listed.ok() ? listed.value : QList<branch::PaymentRow>{};
}

void tst_PayScreen::paysBillAndPrintsReceipt_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("care");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("paidWord");
    QTest::newRow("zh normal 1920x1080") << QStringLiteral("zh_CN") << false << QSize(1920, 1080)
                                         << QStringLiteral("授权码");
    QTest::newRow("en normal 1280x800") << QStringLiteral("en") << false << QSize(1280, 800)
                                        << QStringLiteral("Authorisation code");
    QTest::newRow("zh care 1280x800") << QStringLiteral("zh_CN") << true << QSize(1280, 800)
                                      << QStringLiteral("授权码");
    QTest::newRow("en care 1920x1080") << QStringLiteral("en") << true << QSize(1920, 1080)
                                       << QStringLiteral("Authorisation code");
}

void tst_PayScreen::paysBillAndPrintsReceipt()
{
    QFETCH(QString, language);
    QFETCH(bool, care);
    QFETCH(QSize, size);
    QFETCH(QString, paidWord);
    STEP(startKiosk(language, care, size));
    const int jobs = printedJobs();
    const qsizetype stored = outbox().size();
    STEP(reachPayStep());
    m_ui.shoot(QStringLiteral("pay-card-%1-%2-%3").arg(language).arg(care).arg(size.width()));
    STEP(insertCard(QStringLiteral("ok")));
    m_ui.shoot(QStringLiteral("pay-pin-%1-%2-%3").arg(language).arg(care).arg(size.width()));
    STEP(typePin(QStringLiteral("1234")));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->flow()->stage(), FormController::Stage::Receipt, 20000);
    STEP(m_ui.settle());
    m_ui.shoot(QStringLiteral("pay-receipt-%1-%2-%3").arg(language).arg(care).arg(size.width()));

    // One authorised payment, and the stored request names it.
    const QList<branch::PaymentRow> paid = payments();
    QVERIFY(!paid.isEmpty());
    const branch::PaymentRow &payment = paid.constFirst();
    QCOMPARE(payment.state, branch::PaymentState::Authorised);
    const auto submission = m_kiosk->submissions()->find(m_kiosk->flow()->receiptNumber());
    QVERIFY(submission.ok() && submission.value);
    QCOMPARE(submission.value->paymentKey, payment.key);
    QCOMPARE(outbox().size(), stored + 1);

    // The screen and the paper say paid, with the masked card and the code.
    const QString onScreen = m_ui.text(QStringLiteral("receiptPayment"));
    QVERIFY2(onScreen.contains(payment.maskedPan) && onScreen.contains(payment.authorisation), qPrintable(onScreen));
    QVERIFY(!onScreen.contains(QStringLiteral("6222020000000015")));
    QString printed;
    STEP(readPrinted(jobs, &printed));
    QVERIFY2(printed.contains(paidWord) && printed.contains(payment.authorisation), qPrintable(printed));
    QVERIFY(!printed.contains(QStringLiteral("6222020000000015")));

    // Core applies the request with the payment it authorised.
    const QString receipt = m_kiosk->flow()->receiptNumber();
    QTRY_VERIFY_WITH_TIMEOUT(outboxHas(QString(branch::OutboxState::Acknowledged), receipt), 30000);
}

// A wrong PIN is refused by the bank and charges nothing; the customer tries
// again (a new payment) and pays.
void tst_PayScreen::wrongPinThenPaid()
{
    STEP(startKiosk(QStringLiteral("en"), false, QSize(1280, 800)));
    const qsizetype before = payments().size();
    STEP(reachPayStep());
    STEP(insertCard(QStringLiteral("ok")));
    STEP(typePin(QStringLiteral("9999")));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->payment()->phase(), Phase::Declined, 20000);
    STEP(m_ui.settle());
    QCOMPARE(m_ui.text(QStringLiteral("payMessage")), branch::PaymentMessages::messageFor(branch::PaymentReason::WrongPin));
    m_ui.shoot(QStringLiteral("pay-wrong-pin"));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Pay);

    STEP(m_ui.click(QStringLiteral("payRetryButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->payment()->phase(), Phase::WaitingForCard, 10000);
    STEP(insertCard(QStringLiteral("ok")));
    STEP(typePin(QStringLiteral("1234")));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->flow()->stage(), FormController::Stage::Receipt, 20000);

    const QList<branch::PaymentRow> rows = payments();
    QCOMPARE(rows.size(), before + 2);
    QCOMPARE(rows.at(0).state, branch::PaymentState::Authorised);
    QCOMPARE(rows.at(1).state, branch::PaymentState::Declined);
    QCOMPARE(rows.at(1).reason, QString(branch::PaymentReason::WrongPin));
}

// Not enough money: the bank's reason, nothing stored, and "cancel" goes
// back to the review with every answer still there.
void tst_PayScreen::declinedPaymentStoresNothing()
{
    STEP(startKiosk(QStringLiteral("zh_CN"), false, QSize(1920, 1080)));
    const qsizetype stored = outbox().size();
    STEP(reachPayStep());
    STEP(insertCard(QStringLiteral("insufficient_funds")));
    STEP(typePin(QStringLiteral("1234")));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->payment()->phase(), Phase::Declined, 20000);
    STEP(m_ui.settle());
    QCOMPARE(m_ui.text(QStringLiteral("payMessage")),
             branch::PaymentMessages::messageFor(branch::PaymentReason::InsufficientFunds));
    STEP(m_ui.click(QStringLiteral("payCancelButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    QCOMPARE(outbox().size(), stored);
    QVERIFY(!m_kiosk->flow()->values().isEmpty());
}

// Core goes away after the card is read: the answer is lost, the outcome
// unknown. The kiosk asks again, cannot tell, and stores the request marked
// "not confirmed": neither the screen nor the paper says paid. Core, back,
// never saw the payment and refuses to apply the request on it.
void tst_PayScreen::unknownOutcomeIsNeverCalledPaid()
{
    STEP(startKiosk(QStringLiteral("en"), false, QSize(1920, 1080)));
    const int jobs = printedJobs();
    STEP(reachPayStep());
    STEP(insertCard(QStringLiteral("ok")));
    m_rig->stopCore();
    STEP(typePin(QStringLiteral("1234")));
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->flow()->stage(), FormController::Stage::Receipt, 60000);
    STEP(m_ui.settle());
    m_ui.shoot(QStringLiteral("pay-unknown-receipt"));
    const branch::PaymentRow payment = payments().constFirst();
    QCOMPARE(payment.state, branch::PaymentState::Unknown);
    const QString onScreen = m_ui.text(QStringLiteral("receiptPayment"));
    QVERIFY2(onScreen.contains(QStringLiteral("not confirmed")), qPrintable(onScreen));
    QVERIFY(!onScreen.contains(QStringLiteral("Paid")));
    QString printed;
    STEP(readPrinted(jobs, &printed));
    QVERIFY2(printed.contains(QStringLiteral("Not confirmed")), qPrintable(printed));
    QVERIFY2(!printed.contains(QStringLiteral("Paid\n")) && !printed.contains(QStringLiteral("Authorisation code")),
             qPrintable(printed));
    const QString receipt = m_kiosk->flow()->receiptNumber();

    // Core is back (on a new port): the request reaches it and is refused.
    m_kiosk.reset();
    QVERIFY(m_rig->startCore());
    STEP(startKiosk(QStringLiteral("en"), false, QSize(1920, 1080), m_rig->url()));
    const auto states = [this] {
        QStringList out;
        for (const branch::OutboxEntry &e : outbox())
            out.append(e.idempotencyKey.left(8) + u' ' + e.state + u' ' + e.rejectReason + u' ' + e.lastError);
        return out.join(u'\n');
    };
    QTRY_VERIFY2_WITH_TIMEOUT(
        outboxHas(QString(branch::OutboxState::Rejected), receipt, QStringLiteral("payment_not_authorised")),
        qPrintable(states()), 30000);
}

QTEST_MAIN(tst_PayScreen)
#include "tst_payscreen.moc"
