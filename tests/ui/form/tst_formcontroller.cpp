#include "../../forms/FormTestSupport.h"
#include "FormController.h"
#include "LocalBillerDirectory.h"
#include "../../core/IdentifierSamples.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using branch::FieldListModel;
using branch::FormController;

// The form controller without a window: what its typed interface gives QML
// (the field rows, the review lines, the wording of each step) and that a
// keystroke reaches one row, not the whole page.
class tst_FormController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void firstPageAsRows();
    void keystrokeUpdatesOneRow();
    void nextShowsErrorsOnTheirRows();
    void careModeOneQuestionPerPage();
    void reviewLinesAreTyped();
    void stepWording_data();
    void stepWording();
    void warningIsConfirmedBeforeNext();
    void messagesSayWhatIsExpected_data();
    void messagesSayWhatIsExpected();
    void firstErrorIsShown();
    void ruleErrorGoesWhenTheRuleHolds();
    void documentTypeChoosesTheCheck();

private:
    void fillEveryPage();
    void fillScreen();

    std::unique_ptr<FormController> m_flow;
    QJsonObject m_sample;
};

namespace {
const QString kService = QStringLiteral("hpf.deposit_registration");
}

void tst_FormController::initTestCase()
{
    formtest::sampleDay = QDate::currentDate();
    m_sample = formtest::sampleForm(formtest::service(kService));
    QVERIFY(!m_sample.isEmpty());
}

void tst_FormController::init()
{
    m_flow = std::make_unique<FormController>();
    branch::FlowBackends backends;
    backends.catalog = &formtest::shippedCatalog();
    m_flow->setBackends(backends);
    QVERIFY(m_flow->showService(kService));
    QVERIFY(m_flow->start());
    QCOMPARE(m_flow->stage(), FormController::Stage::Fill);
}

void tst_FormController::firstPageAsRows()
{
    const FieldListModel *fields = m_flow->fields();
    QCOMPARE(fields->rowCount(), 3);
    QCOMPARE(fields->fieldIdAt(0), QStringLiteral("employer_name"));
    QCOMPARE(fields->fieldIdAt(1), QStringLiteral("employer_uscc"));
    const QModelIndex uscc = fields->index(1);
    QCOMPARE(uscc.data(FieldListModel::KeyboardRole).value<FieldListModel::Keyboard>(),
             FieldListModel::Keyboard::Code);
    QCOMPARE(uscc.data(FieldListModel::ValueRole).toString(), QString());
    QCOMPARE(m_flow->nextText(), QStringLiteral("Next"));
    QVERIFY2(m_flow->stepText().startsWith(QStringLiteral("Page 1 of 2: ")), qPrintable(m_flow->stepText()));
}

void tst_FormController::keystrokeUpdatesOneRow()
{
    FieldListModel *fields = m_flow->fields();
    QAbstractItemModelTester tester(fields, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(fields, &FieldListModel::dataChanged);
    QSignalSpy reset(fields, &FieldListModel::modelReset);
    const int row = fields->rowOf(QStringLiteral("employer_uscc"));
    QVERIFY(row >= 0);

    const QString uscc = m_sample.value(QStringLiteral("employer_uscc")).toString();
    for (int typed = 1; typed <= uscc.size(); ++typed) {
        changed.clear();
        m_flow->setText(QStringLiteral("employer_uscc"), uscc.left(typed));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), row);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(FieldListModel::ValueRole));
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(fields->index(row).data(FieldListModel::ValueRole).toString(), uscc);
    QCOMPARE(fields->index(row).data(FieldListModel::ErrorRole).toString(), QString());
    QCOMPARE(m_flow->text(QStringLiteral("employer_uscc")), uscc);
}

void tst_FormController::nextShowsErrorsOnTheirRows()
{
    FieldListModel *fields = m_flow->fields();
    QSignalSpy changed(fields, &FieldListModel::dataChanged);
    QVERIFY(!m_flow->next()); // nothing answered
    QCOMPARE(m_flow->screenIndex(), 0);
    QVERIFY(changed.count() >= 2);
    const QString message = fields->index(0).data(FieldListModel::ErrorRole).toString();
    QCOMPARE(message, QStringLiteral("Please fill in \u201cEmployer name\u201d."));
    QCOMPARE(m_flow->fieldErrors().value(QStringLiteral("employer_name")), message);
}

void tst_FormController::careModeOneQuestionPerPage()
{
    m_flow->setText(QStringLiteral("employer_name"), QStringLiteral("Example Tech Co"));
    QSignalSpy reset(m_flow->fields(), &FieldListModel::modelReset);
    m_flow->setCareMode(true);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_flow->fields()->rowCount(), 1);
    QCOMPARE(m_flow->fields()->index(0).data(FieldListModel::ValueRole).toString(), QStringLiteral("Example Tech Co"));
    QVERIFY(m_flow->next());
    QCOMPARE(m_flow->fields()->fieldIdAt(0), QStringLiteral("employer_uscc"));
    QCOMPARE(m_flow->fields()->index(0).data(FieldListModel::LabelRole).toString(), QStringLiteral("Employer code"));
}

void tst_FormController::fillEveryPage()
{
    while (m_flow->stage() == FormController::Stage::Fill) {
        const int screen = m_flow->screenIndex();
        fillScreen();
        QVERIFY2(m_flow->next() || m_flow->screenIndex() > screen,
                 qPrintable(m_flow->fieldErrors().keys().join(u',')));
    }
}

// Every question on screen answered with the sample form's value.
void tst_FormController::fillScreen()
{
    {
        const FieldListModel *fields = m_flow->fields();
        QStringList ids;
        for (int row = 0; row < fields->rowCount(); ++row)
            ids.append(fields->fieldIdAt(row));
        for (const QString &id : std::as_const(ids)) {
            const QString type = fields->index(fields->rowOf(id)).data(FieldListModel::TypeRole).toString();
            const QJsonValue value = m_sample.value(id);
            if (type == u"enum")
                m_flow->setChoice(id, value.toString());
            else if (type == u"consent")
                m_flow->setChecked(id, true);
            else if (type == u"document")
                m_flow->presentOriginal(id);
            else if (type == u"money")
                m_flow->setText(id, QStringLiteral("%1.%2").arg(value.toInteger() / 100).arg(value.toInteger() % 100, 2, 10,
                                                                                           QLatin1Char('0')));
            else if (type == u"number")
                m_flow->setText(id, QString::number(value.toInteger()));
            else
                m_flow->setText(id, value.toString());
        }
    }
}

void tst_FormController::reviewLinesAreTyped()
{
    QSignalSpy reset(m_flow->review(), &branch::ReviewListModel::modelReset);
    m_flow->setText(QStringLiteral("employer_name"), QStringLiteral("Example"));
    QCOMPARE(reset.count(), 0); // the review is not rebuilt per keystroke
    fillEveryPage();
    QCOMPARE(m_flow->stage(), FormController::Stage::Review);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_flow->stepText(), QStringLiteral("Check your answers"));
    QCOMPARE(m_flow->confirmText(), QStringLiteral("Correct, continue to sign"));

    const QList<branch::ReviewLine> lines = m_flow->review()->lines();
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines, m_flow->reviewLines());
    bool sawId = false;
    for (const branch::ReviewLine &line : lines) {
        QVERIFY(!line.label.isEmpty());
        // The customer's own number in full, grouped for reading; masking is for receipts.
        if (line.fieldId == u"resident_id") {
            sawId = true;
            QCOMPARE(line.value, QStringLiteral("1101 0519 4912 3100 2X"));
            QVERIFY(line.editable);
        }
    }
    QVERIFY(sawId);
    const QModelIndex first = m_flow->review()->index(0);
    QCOMPARE(first.data(branch::ReviewListModel::FieldIdRole).toString(), lines.constFirst().fieldId);
    QCOMPARE(first.data(branch::ReviewListModel::LineRole).value<branch::ReviewLine>(), lines.constFirst());
    QAbstractItemModelTester tester(m_flow->review(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Back to the form: the review empties, the last page is on screen.
    QVERIFY(m_flow->back());
    QCOMPARE(m_flow->review()->rowCount(), 0);
    QCOMPARE(m_flow->nextText(), QStringLiteral("Review"));
}

void tst_FormController::stepWording_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("text");
    QTest::newRow("review") << int(FormController::Stage::Review) << "Check your answers";
    QTest::newRow("sign") << int(FormController::Stage::Sign) << "Sign";
}

void tst_FormController::stepWording()
{
    QFETCH(int, stage);
    QFETCH(QString, text);
    fillEveryPage();
    if (stage == int(FormController::Stage::Sign))
        QVERIFY(m_flow->confirmReview());
    QCOMPARE(int(m_flow->stage()), stage);
    QCOMPARE(m_flow->stepText(), text);
    QVERIFY(!m_flow->busy());
    QCOMPARE(m_flow->statusText(), QString());
}

// A card number that fails the Luhn check only warns, but "Next" waits
// until the customer says it is right; a new number asks again.
void tst_FormController::warningIsConfirmedBeforeNext()
{
    fillScreen();
    QVERIFY(m_flow->next());
    fillScreen();
    const QString card = QStringLiteral("6222021234567890129"); // fails the Luhn check
    m_flow->setText(QStringLiteral("deposit_card"), card);
    FieldListModel *fields = m_flow->fields();
    const QModelIndex row = fields->index(fields->rowOf(QStringLiteral("deposit_card")));
    QVERIFY(row.data(FieldListModel::WarningRole).toBool());
    QSignalSpy shown(m_flow.get(), &FormController::errorShown);
    QVERIFY(!m_flow->next());
    QCOMPARE(m_flow->stage(), FormController::Stage::Fill);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.constFirst().constFirst().toString(), QStringLiteral("deposit_card"));
    const QString message = row.data(FieldListModel::ErrorRole).toString();
    QVERIFY2(message.contains(QStringLiteral("confirm it")), qPrintable(message));

    m_flow->confirmWarning(QStringLiteral("deposit_card"));
    QCOMPARE(row.data(FieldListModel::ErrorRole).toString(), QString());
    m_flow->setText(QStringLiteral("deposit_card"), card.left(18) + u'7'); // another wrong number
    QVERIFY(row.data(FieldListModel::WarningRole).toBool());
    QVERIFY(!m_flow->next());
    m_flow->confirmWarning(QStringLiteral("deposit_card"));
    QVERIFY(m_flow->next());
    QCOMPARE(m_flow->stage(), FormController::Stage::Review);
}

void tst_FormController::messagesSayWhatIsExpected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("ID one short") << "resident_id" << "11010519491231002"
                                  << "Resident ID number should be 18 characters long; you entered 17.";
    QTest::newRow("below the minimum") << "wage_base" << "1000"
                                       << QStringLiteral("Monthly deposit base must be at least %1.")
                                              .arg(branch::Money(230000, QStringLiteral("CNY")).format());
    QTest::newRow("month") << "start_month" << "2025-3" << "Date format: 2025-03";
    QTest::newRow("not an amount") << "wage_base" << "12.345" << "An amount has at most two decimal places, like 120.50.";
    QTest::newRow("checksum") << "resident_id" << "110105194912310021"
                              << "Resident ID number does not add up. Please compare it with your document, character by character.";
}

void tst_FormController::messagesSayWhatIsExpected()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    fillScreen();
    QVERIFY(m_flow->next());
    m_flow->setText(field, text);
    QCOMPARE(m_flow->fieldErrors().value(field), message);
}

// "Next" on a page with problems names the first, for the view to scroll to.
void tst_FormController::firstErrorIsShown()
{
    fillScreen();
    m_flow->setText(QStringLiteral("employer_uscc"), QString());
    m_flow->setText(QStringLiteral("employer_hpf_account"), QStringLiteral("12a"));
    QSignalSpy shown(m_flow.get(), &FormController::errorShown);
    QVERIFY(!m_flow->next());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.constFirst().constFirst().toString(), QStringLiteral("employer_uscc"));
}

// The electricity bill's e-invoice goes to the phone: without a number the
// page stops there, and the error goes as soon as the answers fit again.
void tst_FormController::ruleErrorGoesWhenTheRuleHolds()
{
    branch::LocalBillerDirectory billers;
    QString error;
    QVERIFY2(billers.loadFile(qEnvironmentVariable("BRANCH_SOURCE_DIR") + QStringLiteral("/resources/billing/reference-bills.json"),
                              &error),
             qPrintable(error));
    branch::FlowBackends backends;
    backends.catalog = &formtest::shippedCatalog();
    backends.billers = &billers;
    m_flow->setBackends(backends);
    QVERIFY(m_flow->showService(QStringLiteral("utility.electricity")));
    QVERIFY(m_flow->start());
    QVERIFY(m_flow->lookupBill(QStringLiteral("0101234567")));
    m_flow->setText(QStringLiteral("account_holder"), QStringLiteral("Zhang San"));
    m_flow->setChoice(QStringLiteral("invoice"), QStringLiteral("electronic"));
    QSignalSpy shown(m_flow.get(), &FormController::errorShown);
    QVERIFY(!m_flow->next());
    QCOMPARE(m_flow->stage(), FormController::Stage::Fill);
    QCOMPARE(shown.value(0).value(0).toString(), QStringLiteral("payer_mobile"));
    const QString message = m_flow->fieldErrors().value(QStringLiteral("payer_mobile"));
    QVERIFY2(message.contains(QStringLiteral("mobile number")), qPrintable(message));
    // A paper-free choice without an invoice needs no number: the error goes at once.
    m_flow->setChoice(QStringLiteral("invoice"), QStringLiteral("none"));
    QVERIFY(!m_flow->fieldErrors().contains(QStringLiteral("payer_mobile")));
    m_flow->setChoice(QStringLiteral("invoice"), QStringLiteral("electronic"));
    QVERIFY(!m_flow->next());
    m_flow->setText(QStringLiteral("payer_mobile"), QStringLiteral("13800138000"));
    QVERIFY(!m_flow->fieldErrors().contains(QStringLiteral("payer_mobile")));
    QVERIFY(m_flow->next());
    QCOMPARE(m_flow->stage(), FormController::Stage::Review);
}

// Account opening takes a passport, a permanent resident ID or an HMT
// residence permit too: the number is checked, and typed, as the chosen one.
void tst_FormController::documentTypeChoosesTheCheck()
{
    QVERIFY(m_flow->showService(QStringLiteral("bank.account_open")));
    QVERIFY(m_flow->start());
    FieldListModel *fields = m_flow->fields();
    const QString number = QStringLiteral("resident_id");
    const auto keyboard = [&] {
        return fields->index(fields->rowOf(number)).data(FieldListModel::KeyboardRole).value<FieldListModel::Keyboard>();
    };
    QCOMPARE(keyboard(), FieldListModel::Keyboard::ResidentId);
    m_flow->setText(number, formtest::residentId());
    QVERIFY(!m_flow->fieldErrors().contains(number));

    m_flow->setChoice(QStringLiteral("id_type"), QStringLiteral("hmt_permit"));
    QVERIFY2(m_flow->fieldErrors().value(number).contains(QStringLiteral("810000")),
             qPrintable(m_flow->fieldErrors().value(number)));
    m_flow->setText(number, samples::residentIdFromBody(QStringLiteral("81000019900101123")));
    QVERIFY(!m_flow->fieldErrors().contains(number));

    m_flow->setChoice(QStringLiteral("id_type"), QStringLiteral("passport"));
    QCOMPARE(keyboard(), FieldListModel::Keyboard::Code);
    m_flow->setText(number, QStringLiteral("e1234567"));
    QVERIFY(!m_flow->fieldErrors().contains(number));
    QCOMPARE(m_flow->values().value(number).toString(), QStringLiteral("E1234567"));
    // With a passport, the name as printed in it is asked for (a catalog rule).
    m_flow->setText(QStringLiteral("name"), QStringLiteral("Smith"));
    QVERIFY(!m_flow->next());
    QVERIFY(m_flow->fieldErrors().contains(QStringLiteral("name_latin")));
}

QTEST_GUILESS_MAIN(tst_FormController)
#include "tst_formcontroller.moc"
