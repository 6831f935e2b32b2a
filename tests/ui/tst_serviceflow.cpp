#include "../core/IdentifierSamples.h"
#include "CatalogLoader.h"
#include "Database.h"
#include "FormController.h"
#include "FormValidator.h"
#include "JournalRepository.h"
#include "Kiosk.h"
#include "KioskSession.h"
#include "ServiceListModel.h"
#include "ShellController.h"
#include "SubmissionRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(BranchSuite_UiPlugin)

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

private:
    QQuickItem *item(const QString &objectName) const;
    void click(const QString &objectName);
    void type(const QString &objectName, const QString &text);
    void settle();
    void reveal(QQuickItem *target);
    void sign();
    void shoot(const QString &name);
    QString text(const QString &objectName) const;
    void openService(const QString &category, const QString &serviceId);
    void checkStored(const QString &serviceId, qint64 amountFen);

    QTemporaryDir m_dataDir;
    std::unique_ptr<Kiosk> m_kiosk;
    QQuickWindow *m_window = nullptr;
};

namespace {

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name && root->isVisible())
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

const QString kResidentId = samples::residentId(11, 101, QDate(1985, 5, 12), 123);
const QString kCard = samples::luhnCard(QStringLiteral("621700000012345678"));
const QString kPayeeCard = samples::luhnCard(QStringLiteral("622202000087654321"));

} // namespace

void tst_ServiceFlow::init()
{
    QVERIFY(m_dataDir.isValid());
    branch::KioskOptions options;
    options.language = QStringLiteral("en");
    options.databasePath = m_dataDir.filePath(QStringLiteral("kiosk.sqlite"));
    m_kiosk = std::make_unique<Kiosk>(options);
    QVERIFY(m_kiosk->load());
    m_window = m_kiosk->window();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    settle();
}

void tst_ServiceFlow::cleanup()
{
    m_kiosk.reset();
    m_window = nullptr;
}

QQuickItem *tst_ServiceFlow::item(const QString &objectName) const
{
    return findItem(m_window->contentItem(), objectName);
}

void tst_ServiceFlow::settle()
{
    QSignalSpy frame(m_window, &QQuickWindow::frameSwapped);
    m_window->update();
    QVERIFY(frame.wait(2000));
}

void tst_ServiceFlow::reveal(QQuickItem *target)
{
    // Long pages scroll: bring the target into its Flickable's view first.
    for (QQuickItem *p = target->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        const qreal top = target->mapToItem(content, QPointF(0, 0)).y();
        const qreal maxY = std::max(0.0, p->property("contentHeight").toReal() - p->height());
        const qreal y = std::clamp(top - p->height() / 3, 0.0, maxY);
        p->setProperty("contentY", y);
        settle();
        return;
    }
}

void tst_ServiceFlow::click(const QString &objectName)
{
    settle();
    QQuickItem *target = item(objectName);
    QVERIFY2(target, qPrintable(objectName));
    reveal(target);
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QVERIFY2(m_window->contentItem()->contains(centre), qPrintable(objectName));
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    settle();
}

void tst_ServiceFlow::type(const QString &objectName, const QString &text)
{
    click(objectName);
    if (QTest::currentTestFailed())
        return;
    QQuickItem *target = item(objectName);
    QVERIFY2(target && target->hasActiveFocus(), qPrintable(objectName));
    // QTest::keyClicks() is for widgets; a QWindow takes the keys one by one.
    for (const QChar c : text)
        QTest::keyClick(m_window, c.toLatin1());
    settle();
}

QString tst_ServiceFlow::text(const QString &objectName) const
{
    QQuickItem *target = item(objectName);
    return target ? target->property("text").toString() : QStringLiteral("<missing %1>").arg(objectName);
}

void tst_ServiceFlow::shoot(const QString &name)
{
    settle();
    const QString dir = qEnvironmentVariable("BRANCH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->grabWindow().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void tst_ServiceFlow::sign()
{
    QQuickItem *pad = item(QStringLiteral("signaturePad"));
    QVERIFY(pad);
    const auto at = [&](qreal fx, qreal fy) {
        return pad->mapToScene(QPointF(pad->width() * fx, pad->height() * fy)).toPoint();
    };
    QTest::mousePress(m_window, Qt::LeftButton, {}, at(0.2, 0.6));
    for (int i = 1; i <= 12; ++i)
        QTest::mouseMove(m_window, at(0.2 + i * 0.04, 0.6 - (i % 2) * 0.2));
    QTest::mouseRelease(m_window, Qt::LeftButton, {}, at(0.7, 0.5));
    settle();
    QVERIFY(!m_kiosk->flow()->signature()->isEmpty());
}

void tst_ServiceFlow::openService(const QString &category, const QString &serviceId)
{
    click(QStringLiteral("categoryTile_") + category);
    if (QTest::currentTestFailed())
        return;
    // A list only builds the rows in view: scroll to the service first.
    branch::ServiceListModel *services = m_kiosk->shell()->services();
    const QModelIndex row = services->match(services->index(0), branch::ServiceListModel::IdRole, serviceId).value(0);
    QVERIFY2(row.isValid(), qPrintable(serviceId));
    QVERIFY(QMetaObject::invokeMethod(item(QStringLiteral("serviceList")), "positionViewAtIndex",
                                      Q_ARG(int, row.row()), Q_ARG(int, 2 /* ListView.Center */)));
    click(QStringLiteral("serviceItem_") + serviceId);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->shell()->page(), ShellController::Page::Service);
    QVERIFY(item(QStringLiteral("serviceDetailPage")));
    click(QStringLiteral("startServiceButton"));
    QCOMPARE(m_kiosk->shell()->page(), ShellController::Page::Form);
}

void tst_ServiceFlow::checkStored(const QString &serviceId, qint64 amountFen)
{
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Receipt);
    const QString number = text(QStringLiteral("receiptNumber"));
    QVERIFY2(number.startsWith(QStringLiteral("KIOSK01-")), qPrintable(number));
    QVERIFY(item(QStringLiteral("receiptQr")));
    QCOMPARE(item(QStringLiteral("receiptQr"))->property("status").toInt(), 1); // Image.Ready
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
    QSqlQuery outbox(m_kiosk->store()->connection());
    QVERIFY(outbox.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE submission_id = ?")));
    outbox.addBindValue(found.value->id);
    QVERIFY(outbox.exec() && outbox.next());
    QCOMPARE(outbox.value(0).toInt(), 1);

    // Finishing ends the visit: the journal of what was typed goes with it.
    const QString session = m_kiosk->session()->id();
    QVERIFY(!m_kiosk->journal()->entries(session).value.isEmpty());
    click(QStringLiteral("receiptDoneButton"));
    QCOMPARE(m_kiosk->shell()->page(), ShellController::Page::Home);
    QVERIFY(m_kiosk->journal()->entries(session).value.isEmpty());
}

void tst_ServiceFlow::housingFundRegistration()
{
    openService(QStringLiteral("housing_fund"), QStringLiteral("hpf.deposit_registration"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->screenCount(), 2);
    type(QStringLiteral("field_employer_name"), QStringLiteral("Example Tech Co"));
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("field_employer_uscc"), samples::uscc(QStringLiteral("91110108MA01C2QX1")));
    if (QTest::currentTestFailed())
        return;
    shoot(QStringLiteral("form-hpf-employer"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("formNextButton"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->screenIndex(), 1);

    type(QStringLiteral("field_employee_name"), QStringLiteral("Zhang San"));

    if (QTest::currentTestFailed())

        return;
    type(QStringLiteral("field_resident_id"), kResidentId);
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("field_mobile"), QStringLiteral("13800138000"));
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("field_wage_base"), QStringLiteral("8000"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("option_deposit_ratio_12"));
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("field_start_month"), QStringLiteral("2025-03"));
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("field_deposit_card"), kCard);
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("field_contract_photo"));
    if (QTest::currentTestFailed())
        return;
    shoot(QStringLiteral("form-hpf-employee"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_kiosk->flow()->errors().isEmpty(), qPrintable(m_kiosk->flow()->errors().keys().join(u',')));
    click(QStringLiteral("formNextButton"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    // Identifiers are masked on the review page; the value typed never shows.
    const QString shownId = text(QStringLiteral("reviewValue_resident_id"));
    QVERIFY2(shownId.contains(QStringLiteral("****")) && !shownId.contains(kResidentId.mid(6, 8)), qPrintable(shownId));
    QCOMPARE(text(QStringLiteral("reviewValue_wage_base")).remove(u',').contains(QStringLiteral("8000.00")), true);
    shoot(QStringLiteral("review-hpf"));
    if (QTest::currentTestFailed())
        return;

    click(QStringLiteral("reviewConfirmButton"));

    if (QTest::currentTestFailed())

        return;
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Sign);
    click(QStringLiteral("signatureSubmitButton")); // unsigned: refused
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Sign);
    QVERIFY(!text(QStringLiteral("submitError")).isEmpty());
    sign();
    if (QTest::currentTestFailed())
        return;
    shoot(QStringLiteral("sign-hpf"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("signatureSubmitButton"));
    if (QTest::currentTestFailed())
        return;
    shoot(QStringLiteral("receipt-hpf"));
    if (QTest::currentTestFailed())
        return;
    const auto stored = m_kiosk->submissions()->find(text(QStringLiteral("receiptNumber")));
    QVERIFY(stored.ok() && stored.value);
    QVERIFY(stored.value->signaturePng.startsWith("\x89PNG"));
    QVERIFY(stored.value->signatureStrokes.contains("\"strokes\""));
    QCOMPARE(stored.value->fields.value(QStringLiteral("wage_base")).toInteger(), 800000);
    checkStored(QStringLiteral("hpf.deposit_registration"), 0);
    if (QTest::currentTestFailed())
        return;
}

void tst_ServiceFlow::electricityBill()
{
    openService(QStringLiteral("utilities"), QStringLiteral("utility.electricity"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Lookup);
    shoot(QStringLiteral("lookup-electricity"));
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("lookupAccountField"), QStringLiteral("0101234569")); // nothing owed
    click(QStringLiteral("lookupButton"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Lookup);
    QVERIFY(!text(QStringLiteral("lookupError")).isEmpty());

    QQuickItem *account = item(QStringLiteral("lookupAccountField"));
    account->setProperty("text", QString());
    type(QStringLiteral("lookupAccountField"), QStringLiteral("0101234568")); // two bills: 93.20 + 110.05
    click(QStringLiteral("lookupButton"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    QVERIFY(!item(QStringLiteral("field_bill_amount")));
    QVERIFY(text(QStringLiteral("fieldValue_bill_amount")).contains(QStringLiteral("203.25")));
    QCOMPARE(text(QStringLiteral("fieldValue_customer_number")), QStringLiteral("0101234568"));
    type(QStringLiteral("field_account_holder"), QStringLiteral("Li Si"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("option_invoice_none"));
    if (QTest::currentTestFailed())
        return;
    shoot(QStringLiteral("form-electricity"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("formNextButton"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    QVERIFY(text(QStringLiteral("reviewAmount")).contains(QStringLiteral("203.25")));
    shoot(QStringLiteral("review-electricity"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("reviewConfirmButton")); // no signature step: submits
    shoot(QStringLiteral("receipt-electricity"));
    if (QTest::currentTestFailed())
        return;
    checkStored(QStringLiteral("utility.electricity"), 20325);
    if (QTest::currentTestFailed())
        return;
}

void tst_ServiceFlow::transfer()
{
    openService(QStringLiteral("banking"), QStringLiteral("bank.transfer"));
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("field_payee_name"), QStringLiteral("Wang Wu"));
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("field_payee_card"), kPayeeCard);
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("field_payee_card_confirm"), kCard); // a different card: the rule catches it
    click(QStringLiteral("option_payee_bank_icbc"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("formNextButton"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->screenIndex(), 1);
    type(QStringLiteral("field_amount"), QStringLiteral("500"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("option_purpose_family"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("field_anti_fraud"));
    if (QTest::currentTestFailed())
        return;
    shoot(QStringLiteral("form-transfer-amount"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("formNextButton"));
    if (QTest::currentTestFailed())
        return;
    // The cross-field rule sends the customer back to the confirming field.
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Fill);
    QCOMPARE(m_kiosk->flow()->screenIndex(), 0);
    QCOMPARE(text(QStringLiteral("fieldError_payee_card_confirm")), QStringLiteral("The account numbers do not match."));
    QQuickItem *confirm = item(QStringLiteral("field_payee_card_confirm"));
    confirm->setProperty("text", QString());
    type(QStringLiteral("field_payee_card_confirm"), kPayeeCard);
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("formNextButton"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("formNextButton"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->stage(), FormController::Stage::Review);
    QVERIFY(text(QStringLiteral("reviewAmount")).contains(QStringLiteral("500.00")));
    click(QStringLiteral("reviewConfirmButton"));
    if (QTest::currentTestFailed())
        return;
    sign();
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("signatureSubmitButton"));
    if (QTest::currentTestFailed())
        return;
    shoot(QStringLiteral("receipt-transfer"));
    if (QTest::currentTestFailed())
        return;
    checkStored(QStringLiteral("bank.transfer"), 50000);
    if (QTest::currentTestFailed())
        return;
}

void tst_ServiceFlow::badIdShowsTranslatedError()
{
    openService(QStringLiteral("housing_fund"), QStringLiteral("hpf.deposit_registration"));
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("field_employer_name"), QStringLiteral("Example Tech Co"));
    if (QTest::currentTestFailed())
        return;
    type(QStringLiteral("field_employer_uscc"), samples::uscc(QStringLiteral("91110108MA01C2QX1")));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("formNextButton"));
    if (QTest::currentTestFailed())
        return;
    const QString bad = samples::withWrongLastCharacter(kResidentId, QStringLiteral("0123456789X"));
    type(QStringLiteral("field_resident_id"), bad);
    if (QTest::currentTestFailed())
        return;

    const auto catalog = branch::CatalogLoader::loadEmbedded().catalog;
    const branch::FormValidator validator(*catalog.service(QStringLiteral("hpf.deposit_registration")));
    const QList<branch::FieldError> expected = validator.validateField(QStringLiteral("resident_id"), bad);
    QCOMPARE(expected.size(), 1);
    const QString english = text(QStringLiteral("fieldError_resident_id"));
    QCOMPARE(english, expected.constFirst().message());
    QVERIFY(!english.isEmpty());
    shoot(QStringLiteral("form-bad-id"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("formNextButton"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->screenIndex(), 1); // the page does not move on

    // The message follows the language switch at once.
    click(QStringLiteral("languageSwitch"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->shell()->language(), QStringLiteral("zh_CN"));
    QCOMPARE(text(QStringLiteral("fieldError_resident_id")), expected.constFirst().message());
    QVERIFY2(text(QStringLiteral("fieldError_resident_id")) != english, qPrintable(english));
    shoot(QStringLiteral("form-bad-id-zh"));
    if (QTest::currentTestFailed())
        return;

    // Correcting it clears the error as it is typed.
    item(QStringLiteral("field_resident_id"))->setProperty("text", QString());
    type(QStringLiteral("field_resident_id"), kResidentId);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!item(QStringLiteral("fieldError_resident_id")));
}

void tst_ServiceFlow::careModeAsksOneQuestionPerPage()
{
    click(QStringLiteral("careModeSwitch"));
    if (QTest::currentTestFailed())
        return;
    openService(QStringLiteral("housing_fund"), QStringLiteral("hpf.deposit_registration"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->screenCount(), 11); // 3 + 8 fields
    QVERIFY(item(QStringLiteral("field_employer_name")));
    QVERIFY(!item(QStringLiteral("field_employer_uscc")));
    QCOMPARE(text(QStringLiteral("fieldLabel_employer_name")), QStringLiteral("Employer"));
    shoot(QStringLiteral("form-care"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("formNextButton")); // empty: refused with its error
    QCOMPARE(m_kiosk->flow()->screenIndex(), 0);
    QVERIFY(item(QStringLiteral("fieldError_employer_name")));
    type(QStringLiteral("field_employer_name"), QStringLiteral("Example Tech Co"));
    if (QTest::currentTestFailed())
        return;
    click(QStringLiteral("formNextButton"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->screenIndex(), 1);
    QVERIFY(!item(QStringLiteral("field_employer_name")));
    QVERIFY(item(QStringLiteral("field_employer_uscc")));
    QCOMPARE(text(QStringLiteral("fieldLabel_employer_uscc")), QStringLiteral("Employer code"));

    // Leaving care mode regroups the questions and keeps the answer.
    click(QStringLiteral("careModeSwitch"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_kiosk->flow()->screenCount(), 2);
    QCOMPARE(m_kiosk->flow()->screenIndex(), 0);
    QCOMPARE(item(QStringLiteral("field_employer_name"))->property("text").toString(), QStringLiteral("Example Tech Co"));
}

QTEST_MAIN(tst_ServiceFlow)
#include "tst_serviceflow.moc"
