#include "../../core/IdentifierSamples.h"
#include "CatalogLoader.h"
#include "Database.h"
#include "FieldText.h"
#include "FormController.h"
#include "KioskDriver.h"
#include "FormValidator.h"
#include "JournalRepository.h"
#include "Kiosk.h"
#include "KioskTestBackends.h"
#include "KioskSession.h"
#include "ServiceListModel.h"
#include "ShellController.h"
#include "SubmissionRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QAccessible>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "KioskQmlPlugins.h"

using branch::FormController;
using branch::Kiosk;
using branch::ShellController;

// Whole services walked through the real Main.qml, by mouse and keyboard as a
// customer would, down to a receipt that is really in the store.
class tst_ServiceFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void housingFundRegistration();
    void electricityBill();
    void transfer();
    void badIdShowsTranslatedError();
    void careModeAsksOneQuestionPerPage();
    void chineseCareModeWalk();
    void luhnWarningIsConfirmed();
    void chineseMessagesSayWhatIsExpected_data();
    void chineseMessagesSayWhatIsExpected();

private:
    void sign();
    void openService(const QString &category, const QString &serviceId);
    void waitForReceipt();
    void checkStored(const QString &serviceId, qint64 amountFen);

    QTemporaryDir m_dataDir;
    std::unique_ptr<Kiosk> m_kiosk;
    QQuickWindow *m_window = nullptr;
    KioskDriver m_ui;
};

namespace {

const QString kResidentId = samples::residentId(11, 101, QDate(1985, 5, 12), 123);
const QString kCard = samples::luhnCard(QStringLiteral("621700000012345678"));
const QString kPayeeCard = samples::luhnCard(QStringLiteral("622202000087654321"));

// Every log line of a walk, at every level, to prove no personal data is in it.
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

void tst_ServiceFlow::init()
{
    g_logLines.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("branch.*=true"));
    g_previousHandler = qInstallMessageHandler(captureLog);
    QVERIFY(m_dataDir.isValid());
    branch::KioskOptions options;
    options.language = QStringLiteral("en");
    options.databasePath = m_dataDir.filePath(QStringLiteral("kiosk.sqlite"));
    options.devInsecureSecretsDir = m_dataDir.filePath(QStringLiteral("secrets"));
    m_kiosk = std::make_unique<Kiosk>(options, kioskTestBackends(options));
    QVERIFY(m_kiosk->load());
    m_window = m_kiosk->window();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_ui.attach(m_window);
    m_ui.settle();
}

void tst_ServiceFlow::cleanup()
{
    m_kiosk.reset();
    m_window = nullptr;
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    // What the customers typed must never reach a log, whole or in part.
    QVERIFY(!g_logLines.isEmpty());
    for (const QString &secret : {kResidentId, kResidentId.mid(6, 8), kCard, kPayeeCard,
                                  QStringLiteral("Zhang San"), QStringLiteral("13800138000")}) {
        for (const QString &line : std::as_const(g_logLines))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

void tst_ServiceFlow::sign()
{
    QQuickItem *pad = m_ui.item(QStringLiteral("signaturePad"));
    QVERIFY(pad);
    const auto at = [&](qreal fx, qreal fy) {
        return pad->mapToScene(QPointF(pad->width() * fx, pad->height() * fy)).toPoint();
    };
    QTest::mousePress(m_window, Qt::LeftButton, {}, at(0.2, 0.6));
    for (int i = 1; i <= 12; ++i)
        QTest::mouseMove(m_window, at(0.2 + i * 0.04, 0.6 - (i % 2) * 0.2));
    QTest::mouseRelease(m_window, Qt::LeftButton, {}, at(0.7, 0.5));
    m_ui.settle();
    QVERIFY(!m_kiosk->flow()->signature()->isEmpty());
}

void tst_ServiceFlow::openService(const QString &category, const QString &serviceId)
{
    STEP(m_ui.clickTile(category));
    // A list only builds the rows in view: scroll to the service first.
    branch::ServiceListModel *services = m_kiosk->shell()->services();
    const QModelIndex row = services->match(services->index(0), branch::ServiceListModel::IdRole, serviceId).value(0);
    QVERIFY2(row.isValid(), qPrintable(serviceId));
    QVERIFY(QMetaObject::invokeMethod(m_ui.item(QStringLiteral("serviceList")), "positionViewAtIndex",
                                      Q_ARG(int, row.row()), Q_ARG(int, 2 /* ListView.Center */)));
    STEP(m_ui.click(QStringLiteral("serviceItem_") + serviceId));
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::service);
    QVERIFY(m_ui.item(QStringLiteral("serviceDetailPage")));
    m_ui.click(QStringLiteral("startServiceButton"));
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::form);
}

void tst_ServiceFlow::waitForReceipt()
{
    // Stored on the submission worker, off the GUI thread; the receipt follows.
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->flow()->stage(), FormController::Stage::Receipt, 20000);
    QVERIFY(!m_kiosk->flow()->busy());
    STEP(m_ui.settle());
}

void tst_ServiceFlow::checkStored(const QString &serviceId, qint64 amountFen)
{
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Receipt);
    const QString number = m_ui.text(QStringLiteral("receiptNumber"));
    QVERIFY2(number.startsWith(QStringLiteral("KIOSK01-")), qPrintable(number));
    QVERIFY(m_ui.item(QStringLiteral("receiptQr")));
    QCOMPARE(m_ui.item(QStringLiteral("receiptQr"))->property("status").toInt(), 1); // Image.Ready
    QVERIFY(QFileInfo(m_kiosk->flow()->receiptPath()).size() > 1000);

    const auto found = m_kiosk->submissions()->find(number);
    QVERIFY(found.ok());
    QVERIFY(found.value.has_value());
    QCOMPARE(found.value->serviceId, serviceId);
    QCOMPARE(found.value->sessionId, m_kiosk->session()->id());
    if (amountFen > 0)
        QCOMPARE(found.value->amount->fen(), amountFen);
    else
        QVERIFY(!found.value->amount.has_value());
    // What the customer entered is sealed at rest, never stored plain.
    QSqlQuery sealed(m_kiosk->store()->connection());
    QVERIFY(sealed.exec(QStringLiteral("SELECT payload_codec FROM submissions WHERE id = %1").arg(found.value->id)));
    QVERIFY(sealed.next());
    QCOMPARE(sealed.value(0).toString(), QStringLiteral("sealed-v1"));
    QSqlQuery outbox(m_kiosk->store()->connection());
    QVERIFY(outbox.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE submission_id = ?")));
    outbox.addBindValue(found.value->id);
    QVERIFY(outbox.exec() && outbox.next());
    QCOMPARE(outbox.value(0).toInt(), 1);

    // Finishing ends the visit: the journal of what was typed goes with it.
    const QString session = m_kiosk->session()->id();
    QVERIFY(!m_kiosk->journal()->entries(session).value.isEmpty());
    m_ui.click(QStringLiteral("receiptDoneButton"));
    QCOMPARE(m_kiosk->shell()->route(), branch::routes::home);
    QVERIFY(m_kiosk->journal()->entries(session).value.isEmpty());
}

void tst_ServiceFlow::housingFundRegistration()
{
    STEP(openService(QStringLiteral("housing_fund"), QStringLiteral("hpf.deposit_registration")));
    QCOMPARE(m_kiosk->flow()->screenCount(), 2);
    STEP(m_ui.type(QStringLiteral("field_employer_name"), QStringLiteral("Example Tech Co")));
    // A counter with a real keyboard (no Qt Virtual Keyboard) loads no on-screen one.
    QVERIFY(!m_kiosk->shell()->onScreenKeyboard());
    QCOMPARE(m_ui.item(QStringLiteral("flowPage"))->property("keyboardActive").toBool(), false);
    QVERIFY(!m_ui.item(QStringLiteral("formKeyboard")));
    STEP(m_ui.type(QStringLiteral("field_employer_uscc"), samples::uscc(QStringLiteral("91110108MA01C2QX1"))));
    STEP(m_ui.shoot(QStringLiteral("form-hpf-employer")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->screenIndex(), 1);

    STEP(m_ui.type(QStringLiteral("field_employee_name"), QStringLiteral("Zhang San")));
    STEP(m_ui.type(QStringLiteral("field_resident_id"), kResidentId));
    STEP(m_ui.type(QStringLiteral("field_mobile"), QStringLiteral("13800138000")));
    STEP(m_ui.type(QStringLiteral("field_wage_base"), QStringLiteral("8000")));
    STEP(m_ui.click(QStringLiteral("option_deposit_ratio_12")));
    STEP(m_ui.type(QStringLiteral("field_start_month"), QStringLiteral("2025-03")));
    STEP(m_ui.type(QStringLiteral("field_deposit_card"), kCard));
    STEP(m_ui.click(QStringLiteral("field_contract_photo")));
    STEP(m_ui.shoot(QStringLiteral("form-hpf-employee")));
    QVERIFY2(m_kiosk->flow()->fieldErrors().isEmpty(), qPrintable(m_kiosk->flow()->fieldErrors().keys().join(u',')));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    // The customer's own numbers in full, grouped for reading, so they can check them.
    QCOMPARE(m_ui.text(QStringLiteral("reviewValue_resident_id")),
             branch::FieldText::grouped(branch::FieldType::ResidentId, kResidentId));
    QCOMPARE(m_ui.text(QStringLiteral("reviewValue_mobile")), QStringLiteral("138 0013 8000"));
    QCOMPARE(m_ui.text(QStringLiteral("reviewValue_wage_base")).remove(u',').contains(QStringLiteral("8000.00")), true);
    STEP(m_ui.shoot(QStringLiteral("review-hpf")));
    // "Change" on one line: back to that question, and "Next" returns to the review.
    STEP(m_ui.click(QStringLiteral("reviewEdit_mobile")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    QCOMPARE(m_kiosk->flow()->screenIndex(), 1);
    QTRY_VERIFY(m_ui.item(QStringLiteral("field_mobile"))->hasActiveFocus());
    m_ui.item(QStringLiteral("field_mobile"))->setProperty("text", QString());
    STEP(m_ui.type(QStringLiteral("field_mobile"), QStringLiteral("13900139000")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    QCOMPARE(m_ui.text(QStringLiteral("reviewValue_mobile")), QStringLiteral("139 0013 9000"));

    STEP(m_ui.click(QStringLiteral("reviewConfirmButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Sign);
    m_ui.click(QStringLiteral("signatureSubmitButton")); // unsigned: refused
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Sign);
    QVERIFY(!m_ui.text(QStringLiteral("submitError")).isEmpty());
    STEP(sign());
    STEP(m_ui.shoot(QStringLiteral("sign-hpf")));
    STEP(m_ui.click(QStringLiteral("signatureSubmitButton")));
    STEP(waitForReceipt());
    STEP(m_ui.shoot(QStringLiteral("receipt-hpf")));
    const auto stored = m_kiosk->submissions()->find(m_ui.text(QStringLiteral("receiptNumber")));
    QVERIFY(stored.ok() && stored.value);
    QVERIFY(stored.value->signaturePng.startsWith("\x89PNG"));
    QVERIFY(stored.value->signatureStrokes.contains("\"strokes\""));
    QCOMPARE(stored.value->fields.value(QStringLiteral("wage_base")).toInteger(), 800000);
    STEP(checkStored(QStringLiteral("hpf.deposit_registration"), 0));
}

void tst_ServiceFlow::electricityBill()
{
    STEP(openService(QStringLiteral("utilities"), QStringLiteral("utility.electricity")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Lookup);
    STEP(m_ui.shoot(QStringLiteral("lookup-electricity")));
    m_ui.type(QStringLiteral("lookupAccountField"), QStringLiteral("0101234569")); // nothing owed
    STEP(m_ui.click(QStringLiteral("lookupButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Lookup);
    QVERIFY(!m_ui.text(QStringLiteral("lookupError")).isEmpty());

    QQuickItem *account = m_ui.item(QStringLiteral("lookupAccountField"));
    account->setProperty("text", QString());
    m_ui.type(QStringLiteral("lookupAccountField"), QStringLiteral("0101234568")); // two bills: 93.20 + 110.05
    STEP(m_ui.click(QStringLiteral("lookupButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    QCOMPARE(m_ui.text(QStringLiteral("fieldValue_customer_number")), QStringLiteral("0101234568"));
    // The bill as the biller gave it: payee, each bill with its period and
    // due date, the sum, and the holder's name masked, shown once, in the
    // bill summary: not again as locked rows among the questions.
    QVERIFY(m_ui.text(QStringLiteral("billHolder")).contains(QStringLiteral("\u674E*")));
    for (const QString &id : {QStringLiteral("bill_amount"), QStringLiteral("account_holder")}) {
        QVERIFY2(!m_ui.item(QStringLiteral("field_") + id), qPrintable(id));
        QVERIFY2(!m_ui.item(QStringLiteral("fieldValue_") + id), qPrintable(id));
    }
    QCOMPARE(m_kiosk->flow()->values().value(QStringLiteral("bill_amount")).toInteger(), 20325);
    QVERIFY2(m_ui.text(QStringLiteral("billPayee")).contains(QStringLiteral("Example City Power Supply Co.")),
             qPrintable(m_ui.text(QStringLiteral("billPayee"))));
    const QString first = m_ui.text(QStringLiteral("billLine_0"));
    const QString second = m_ui.text(QStringLiteral("billLine_1"));
    QVERIFY2(first.contains(QStringLiteral("2025-01")) && first.contains(QStringLiteral("2025-02-25"))
                 && first.contains(QStringLiteral("93.20")),
             qPrintable(first));
    QVERIFY2(second.contains(QStringLiteral("2025-02")) && second.contains(QStringLiteral("110.05")), qPrintable(second));
    QVERIFY(m_ui.text(QStringLiteral("billTotal")).contains(QStringLiteral("203.25")));
    // An e-invoice goes to the phone: none given, the page says so and stays.
    STEP(m_ui.click(QStringLiteral("option_invoice_electronic")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    QVERIFY2(m_ui.text(QStringLiteral("fieldError_payer_mobile")).contains(QStringLiteral("mobile number")),
             qPrintable(m_ui.text(QStringLiteral("fieldError_payer_mobile"))));
    STEP(m_ui.shoot(QStringLiteral("form-electricity-invoice-needs-phone")));
    // No invoice needs no number: the error goes at once.
    STEP(m_ui.click(QStringLiteral("option_invoice_none")));
    QVERIFY(!m_ui.item(QStringLiteral("fieldError_payer_mobile")));
    STEP(m_ui.shoot(QStringLiteral("form-electricity")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    QVERIFY(m_ui.text(QStringLiteral("reviewAmount")).contains(QStringLiteral("203.25")));
    STEP(m_ui.shoot(QStringLiteral("review-electricity")));
    m_ui.click(QStringLiteral("reviewConfirmButton")); // no signature step: submits
    STEP(waitForReceipt());
    STEP(m_ui.shoot(QStringLiteral("receipt-electricity")));
    STEP(checkStored(QStringLiteral("utility.electricity"), 20325));
}

void tst_ServiceFlow::transfer()
{
    STEP(openService(QStringLiteral("banking"), QStringLiteral("bank.transfer")));
    STEP(m_ui.type(QStringLiteral("field_payee_name"), QStringLiteral("Wang Wu")));
    STEP(m_ui.type(QStringLiteral("field_payee_card"), kPayeeCard));
    m_ui.type(QStringLiteral("field_payee_card_confirm"), kCard); // a different card: the rule catches it
    STEP(m_ui.click(QStringLiteral("option_payee_bank_icbc")));
    // Both numbers are on this page: the rule is judged here, not at the end.
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    QCOMPARE(m_kiosk->flow()->screenIndex(), 0);
    QCOMPARE(m_ui.text(QStringLiteral("fieldError_payee_card_confirm")), QStringLiteral("The account numbers do not match."));
    QQuickItem *confirm = m_ui.item(QStringLiteral("field_payee_card_confirm"));
    confirm->setProperty("text", QString());
    STEP(m_ui.type(QStringLiteral("field_payee_card_confirm"), kPayeeCard));
    // The error goes as soon as the numbers match.
    QVERIFY(!m_ui.item(QStringLiteral("fieldError_payee_card_confirm")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->screenIndex(), 1);
    STEP(m_ui.type(QStringLiteral("field_amount"), QStringLiteral("500")));
    STEP(m_ui.click(QStringLiteral("option_purpose_family")));
    STEP(m_ui.click(QStringLiteral("field_anti_fraud")));
    STEP(m_ui.shoot(QStringLiteral("form-transfer-amount")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    QVERIFY(m_ui.text(QStringLiteral("reviewAmount")).contains(QStringLiteral("500.00")));
    STEP(m_ui.click(QStringLiteral("reviewConfirmButton")));
    STEP(sign());
    // Pressed, the request is saved off the GUI thread: the step shows it is
    // busy and takes no second press until the receipt is there. (The result
    // can only arrive through the event loop, which has not run yet.)
    STEP(m_ui.settle());
    QVERIFY(m_kiosk->flow()->submit());
    QVERIFY(m_kiosk->flow()->busy());
    QQuickItem *submit = m_ui.item(QStringLiteral("signatureSubmitButton"));
    QVERIFY(submit);
    QCOMPARE(submit->property("enabled").toBool(), false);
    QCOMPARE(m_ui.item(QStringLiteral("signatureClearButton"))->property("enabled").toBool(), false);
    QCOMPARE(m_ui.text(QStringLiteral("submitStatusText")), QStringLiteral("Saving your request. Please wait."));
    QAccessibleInterface *status = QAccessible::queryAccessibleInterface(m_ui.item(QStringLiteral("submitStatusText")));
    QVERIFY(status);
    QCOMPARE(status->text(QAccessible::Name), QStringLiteral("Saving your request. Please wait."));
    QVERIFY(!m_kiosk->flow()->submit()); // a second press: nothing
    QVERIFY(m_kiosk->flow()->back());    // "back" waits for the receipt
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Sign);
    STEP(waitForReceipt());
    QVERIFY(!m_ui.item(QStringLiteral("submitStatus")));
    STEP(m_ui.shoot(QStringLiteral("receipt-transfer")));
    STEP(checkStored(QStringLiteral("bank.transfer"), 50000));
}

void tst_ServiceFlow::badIdShowsTranslatedError()
{
    STEP(openService(QStringLiteral("housing_fund"), QStringLiteral("hpf.deposit_registration")));
    STEP(m_ui.type(QStringLiteral("field_employer_name"), QStringLiteral("Example Tech Co")));
    STEP(m_ui.type(QStringLiteral("field_employer_uscc"), samples::uscc(QStringLiteral("91110108MA01C2QX1"))));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    const QString bad = samples::withWrongLastCharacter(kResidentId, QStringLiteral("0123456789X"));
    STEP(m_ui.type(QStringLiteral("field_resident_id"), bad));

    const auto catalog = branch::CatalogLoader::loadEmbedded().catalog;
    const branch::FormValidator validator(*catalog.service(QStringLiteral("hpf.deposit_registration")));
    const QList<branch::FieldError> expected = validator.validateField(QStringLiteral("resident_id"), bad);
    QCOMPARE(expected.size(), 1);
    const QString english = m_ui.text(QStringLiteral("fieldError_resident_id"));
    QCOMPARE(english, expected.constFirst().message());
    QVERIFY(!english.isEmpty());
    STEP(m_ui.shoot(QStringLiteral("form-bad-id")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->screenIndex(), 1); // the page does not move on

    // The message follows the language switch at once.
    STEP(m_ui.click(QStringLiteral("languageSwitch")));
    QCOMPARE(m_kiosk->shell()->language(), QStringLiteral("zh_CN"));
    QCOMPARE(m_ui.text(QStringLiteral("fieldError_resident_id")), expected.constFirst().message());
    QVERIFY2(m_ui.text(QStringLiteral("fieldError_resident_id")) != english, qPrintable(english));
    STEP(m_ui.shoot(QStringLiteral("form-bad-id-zh")));

    // Correcting it clears the error as it is typed.
    m_ui.item(QStringLiteral("field_resident_id"))->setProperty("text", QString());
    STEP(m_ui.type(QStringLiteral("field_resident_id"), kResidentId));
    QVERIFY(!m_ui.item(QStringLiteral("fieldError_resident_id")));
}

void tst_ServiceFlow::careModeAsksOneQuestionPerPage()
{
    STEP(m_ui.click(QStringLiteral("careModeSwitch")));
    STEP(openService(QStringLiteral("housing_fund"), QStringLiteral("hpf.deposit_registration")));
    QCOMPARE(m_kiosk->flow()->screenCount(), 11); // 3 + 8 fields
    QVERIFY(m_ui.item(QStringLiteral("field_employer_name")));
    QVERIFY(!m_ui.item(QStringLiteral("field_employer_uscc")));
    QCOMPARE(m_ui.text(QStringLiteral("fieldLabel_employer_name")), QStringLiteral("Employer"));
    STEP(m_ui.shoot(QStringLiteral("form-care")));
    m_ui.click(QStringLiteral("formNextButton")); // empty: refused with its error
    QCOMPARE(m_kiosk->flow()->screenIndex(), 0);
    QVERIFY(m_ui.item(QStringLiteral("fieldError_employer_name")));
    STEP(m_ui.type(QStringLiteral("field_employer_name"), QStringLiteral("Example Tech Co")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->screenIndex(), 1);
    QVERIFY(!m_ui.item(QStringLiteral("field_employer_name")));
    QVERIFY(m_ui.item(QStringLiteral("field_employer_uscc")));
    QCOMPARE(m_ui.text(QStringLiteral("fieldLabel_employer_uscc")), QStringLiteral("Employer code"));

    // Leaving care mode regroups the questions and keeps the answer.
    STEP(m_ui.click(QStringLiteral("careModeSwitch")));
    QCOMPARE(m_kiosk->flow()->screenCount(), 2);
    QCOMPARE(m_kiosk->flow()->screenIndex(), 0);
    QCOMPARE(m_ui.item(QStringLiteral("field_employer_name"))->property("text").toString(), QStringLiteral("Example Tech Co"));
}

// A customer in Chinese and care mode: the care labels, the wording of each
// step and of the keyboard's fields all come from C++, translated.
void tst_ServiceFlow::chineseCareModeWalk()
{
    STEP(m_ui.click(QStringLiteral("languageSwitch")));
    QCOMPARE(m_kiosk->shell()->language(), QStringLiteral("zh_CN"));
    STEP(m_ui.click(QStringLiteral("careModeSwitch")));
    STEP(openService(QStringLiteral("housing_fund"), QStringLiteral("hpf.deposit_registration")));
    QCOMPARE(m_ui.text(QStringLiteral("fieldLabel_employer_name")), QStringLiteral("单位名称"));
    QCOMPARE(m_kiosk->flow()->stepText().left(2), QStringLiteral("第 "));
    STEP(m_ui.shoot(QStringLiteral("form-care-zh")));
    m_ui.click(QStringLiteral("formNextButton")); // empty: refused, in Chinese
    QCOMPARE(m_ui.text(QStringLiteral("fieldError_employer_name")), QStringLiteral("请填写“单位名称”。"));
    STEP(m_ui.type(QStringLiteral("field_employer_name"), QStringLiteral("Example Tech Co")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_ui.text(QStringLiteral("fieldLabel_employer_uscc")), QStringLiteral("单位代码"));
    STEP(m_ui.shoot(QStringLiteral("form-care-zh-uscc")));
}

// A card number that fails the Luhn check: "Next" went straight on and the
// warning showed only on the way back. Now the page waits for "It is correct".
void tst_ServiceFlow::luhnWarningIsConfirmed()
{
    STEP(openService(QStringLiteral("housing_fund"), QStringLiteral("hpf.deposit_registration")));
    STEP(m_ui.type(QStringLiteral("field_employer_name"), QStringLiteral("Example Tech Co")));
    STEP(m_ui.type(QStringLiteral("field_employer_uscc"), samples::uscc(QStringLiteral("91110108MA01C2QX1"))));
    STEP(m_ui.type(QStringLiteral("field_employer_hpf_account"), QStringLiteral("12345678")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    STEP(m_ui.type(QStringLiteral("field_employee_name"), QStringLiteral("Zhang San")));
    STEP(m_ui.type(QStringLiteral("field_resident_id"), kResidentId));
    STEP(m_ui.type(QStringLiteral("field_mobile"), QStringLiteral("13800138000")));
    STEP(m_ui.type(QStringLiteral("field_wage_base"), QStringLiteral("8000")));
    STEP(m_ui.click(QStringLiteral("option_deposit_ratio_12")));
    STEP(m_ui.type(QStringLiteral("field_start_month"), QStringLiteral("2025-03")));
    const QString unusual = samples::withWrongLastCharacter(kCard, QStringLiteral("0123456789"));
    STEP(m_ui.type(QStringLiteral("field_deposit_card"), unusual));
    STEP(m_ui.click(QStringLiteral("field_contract_photo")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    QVERIFY(m_ui.item(QStringLiteral("fieldError_deposit_card")));
    QVERIFY(m_ui.item(QStringLiteral("confirmWarning_deposit_card")));
    STEP(m_ui.shoot(QStringLiteral("form-luhn-warning")));
    STEP(m_ui.click(QStringLiteral("confirmWarning_deposit_card")));
    QVERIFY(!m_ui.item(QStringLiteral("fieldError_deposit_card")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
}

void tst_ServiceFlow::chineseMessagesSayWhatIsExpected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("17 digits") << "resident_id" << kResidentId.left(17) << "身份证号码应为18位，您输入了17位";
    QTest::newRow("below the minimum") << "wage_base" << "1000" << "月缴存基数不低于 ¥2,300.00";
    QTest::newRow("month") << "start_month" << "2025-3" << "日期格式：2025-03";
    QTest::newRow("check digit") << "resident_id" << samples::withWrongLastCharacter(kResidentId, QStringLiteral("0123456789X"))
                                 << "身份证号码有误，请对照证件逐位核对";
}

// The messages say what is expected, in the customer's language; no jargon.
void tst_ServiceFlow::chineseMessagesSayWhatIsExpected()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    STEP(m_ui.click(QStringLiteral("languageSwitch")));
    STEP(openService(QStringLiteral("housing_fund"), QStringLiteral("hpf.deposit_registration")));
    STEP(m_ui.type(QStringLiteral("field_employer_name"), QStringLiteral("Example Tech Co")));
    STEP(m_ui.type(QStringLiteral("field_employer_uscc"), samples::uscc(QStringLiteral("91110108MA01C2QX1"))));
    STEP(m_ui.type(QStringLiteral("field_employer_hpf_account"), QStringLiteral("12345678")));
    STEP(m_ui.click(QStringLiteral("formNextButton")));
    STEP(m_ui.type(QStringLiteral("field_") + field, typed));
    QCOMPARE(m_ui.text(QStringLiteral("fieldError_") + field), message);
    QVERIFY(!message.contains(QStringLiteral("校验位")));
}

QTEST_MAIN(tst_ServiceFlow)
#include "tst_serviceflow.moc"
