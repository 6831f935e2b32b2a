#include "AuditLog.h"
#include "FlowReason.h"
#include "OutboxRepository.h"
#include "StoreRig.h"
#include "SubmitFaultHook.h"
#include "TestPrinters.h"

#include <QFile>

using branch::SubmissionOrder;
using SubmissionOutcome = branch::SubmissionResult;
using branch::SubmissionService;
using branch::SubmissionStage;

Q_DECLARE_METATYPE(branch::SubmitStep)

namespace {

class FailAt final : public branch::SubmitFaultHook
{
public:
    explicit FailAt(branch::SubmitStep step)
        : m_step(step)
    {
    }
    branch::StoreError check(branch::SubmitStep step) override
    {
        return step == m_step ? branch::StoreError::make(branch::StoreReason::QueryFailed, QStringLiteral("injected"))
                              : branch::StoreError{};
    }

private:
    branch::SubmitStep m_step;
};

} // namespace

// The one submission, synchronously, against a real SQLite file: checks,
// one transaction for submission + outbox + audit, then the receipt.
class TestSubmissionService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void storesSubmissionOutboxAndAuditTogether();
    void refusesBeforeWriting_data();
    void refusesBeforeWriting();
    void confirmedWarningsAreStored();
    void aFailureAnywhereLeavesNothing_data();
    void aFailureAnywhereLeavesNothing();
    void writesTheReceiptFile();
    void careModeAsksForLargePrint();
    void aReceiptThatCannotBeWrittenKeepsTheRequest();
    void notReadyWithoutAStore();

private:
    static SubmissionOrder transferOrder() { return flowtest::StoreRig::transferOrder(); }
    branch::SubmissionBackends backends() { return m_rig->backends(); }
    qint64 submissions();
    qint64 auditRows();

    std::unique_ptr<flowtest::StoreRig> m_rig;
};

void TestSubmissionService::init()
{
    m_rig = std::make_unique<flowtest::StoreRig>();
    QVERIFY(m_rig->open());
}

void TestSubmissionService::cleanup()
{
    m_rig.reset();
}

qint64 TestSubmissionService::submissions()
{
    branch::SubmissionRepository repository(m_rig->db, m_rig->clock, m_rig->codec, m_rig->keys, backends().settings);
    const auto counted = repository.count();
    return counted.ok() ? counted.value : -1;
}

qint64 TestSubmissionService::auditRows()
{
    const auto verified = branch::AuditLog(m_rig->db, m_rig->clock, m_rig->auditKey).verify();
    if (!verified.ok() || !verified.value.intact())
        return -1;
    return verified.value.rowsChecked;
}

void TestSubmissionService::storesSubmissionOutboxAndAuditTogether()
{
    SubmissionService service(backends());
    QList<SubmissionStage> stages;
    const SubmissionOutcome outcome =
        service.submit(transferOrder(), [&stages](SubmissionStage stage) { stages.append(stage); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
    QCOMPARE(stages, (QList<SubmissionStage>{SubmissionStage::Checking, SubmissionStage::Storing, SubmissionStage::Done}));
    QVERIFY(outcome->stored.receiptNumber.startsWith(QStringLiteral("KIOSK01")));
    QCOMPARE(outcome->amount->fen(), 12345);
    QCOMPARE(submissions(), 1);
    QCOMPARE(auditRows(), 1);
    const auto entry = branch::OutboxRepository(m_rig->db).findByKey(outcome->stored.idempotencyKey);
    QVERIFY(entry.ok() && entry.value);
    QCOMPARE(entry.value->state, QString(branch::OutboxState::Pending));
    QCOMPARE(entry.value->receiptNumber, outcome->stored.receiptNumber);
    // The receipt is composed and stamped even without a printer.
    QCOMPARE(outcome->receipt.receiptNumber, outcome->stored.receiptNumber);
    QVERIFY(!outcome->receipt.verificationPayload.isEmpty());
    QVERIFY(outcome->receiptPath.isEmpty());
    QVERIFY(outcome->receiptReason.isEmpty());
}

void TestSubmissionService::refusesBeforeWriting_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a required field is missing") << QStringLiteral("no_payee") << QString(branch::FlowReason::InvalidForm);
    QTest::newRow("card numbers differ") << QStringLiteral("confirm_differs") << QString(branch::FlowReason::InvalidForm);
    QTest::newRow("an unusual card is not confirmed") << QStringLiteral("luhn") << QString(branch::FlowReason::NeedsConfirmation);
    QTest::newRow("no signature") << QStringLiteral("unsigned") << QString(branch::FlowReason::SignatureMissing);
    QTest::newRow("above the limit, no authorization")
        << QStringLiteral("unauthorized") << QString(branch::FlowReason::AuthorizationMissing);
    QTest::newRow("authorization for another amount")
        << QStringLiteral("authorized_other_amount") << QString(branch::FlowReason::AuthorizationMissing);
}

void TestSubmissionService::refusesBeforeWriting()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    SubmissionOrder order = transferOrder();
    if (change == QLatin1String("no_payee")) {
        order.values.remove(QStringLiteral("payee_name"));
    } else if (change == QLatin1String("confirm_differs")) {
        order.values.insert(QStringLiteral("payee_card_confirm"), QStringLiteral("6222021234567890136"));
    } else if (change == QLatin1String("luhn")) {
        order.values.insert(QStringLiteral("payee_card"), QStringLiteral("6222021234567890127"));
        order.values.insert(QStringLiteral("payee_card_confirm"), QStringLiteral("6222021234567890127"));
    } else if (change == QLatin1String("unsigned")) {
        order.signaturePng.clear();
    } else if (change == QLatin1String("unauthorized")) {
        order.authorizationRequired = true;
    } else if (change == QLatin1String("authorized_other_amount")) {
        order.authorizationRequired = true;
        branch::AuthorizationRecord record;
        record.statement.serviceId = order.service.id;
        record.statement.amountFen = 12346;
        record.statement.currency = QStringLiteral("CNY");
        order.authorization = record;
    }
    const SubmissionOutcome outcome = SubmissionService(backends()).submit(order);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.reason(), reason);
    QVERIFY(!outcome.error().message.isEmpty());
    QCOMPARE(outcome.error().fieldErrors.isEmpty(),
             reason == branch::FlowReason::SignatureMissing || reason == branch::FlowReason::AuthorizationMissing);
    QCOMPARE(submissions(), 0);
    QCOMPARE(auditRows(), 0);
}

void TestSubmissionService::confirmedWarningsAreStored()
{
    SubmissionOrder order = transferOrder();
    order.values.insert(QStringLiteral("payee_card"), QStringLiteral("6222021234567890127"));
    order.values.insert(QStringLiteral("payee_card_confirm"), QStringLiteral("6222021234567890127"));
    order.warningsConfirmed = true;
    const SubmissionOutcome outcome = SubmissionService(backends()).submit(order);
    QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
    QCOMPARE(submissions(), 1);
    // Signature not required: branchctl's operator files have none.
    order = transferOrder();
    order.signaturePng.clear();
    order.signatureRequired = false;
    QVERIFY(SubmissionService(backends()).submit(order).ok());
    QCOMPARE(submissions(), 2);
    QCOMPARE(auditRows(), 2);
}

void TestSubmissionService::aFailureAnywhereLeavesNothing_data()
{
    QTest::addColumn<branch::SubmitStep>("step");
    QTest::newRow("number allocated") << branch::SubmitStep::NumberAllocated;
    QTest::newRow("payload encoded") << branch::SubmitStep::PayloadEncoded;
    QTest::newRow("submission inserted") << branch::SubmitStep::SubmissionInserted;
    QTest::newRow("outbox inserted") << branch::SubmitStep::OutboxInserted;
    QTest::newRow("before commit") << branch::SubmitStep::BeforeCommit;
}

void TestSubmissionService::aFailureAnywhereLeavesNothing()
{
    QFETCH(branch::SubmitStep, step);
    FailAt fault(step);
    SubmissionService service(backends());
    service.setFaultHook(&fault);
    const SubmissionOutcome outcome = service.submit(transferOrder());
    QCOMPARE(outcome.reason(), QString(branch::StoreReason::QueryFailed));
    QCOMPARE(submissions(), 0);
    QCOMPARE(auditRows(), 0);
    const auto counts = branch::OutboxRepository(m_rig->db).countByState();
    QVERIFY(counts.ok());
    QCOMPARE(counts.value.value(QString(branch::OutboxState::Pending)), 0);
}

void TestSubmissionService::writesTheReceiptFile()
{
    flowtest::TextReceiptPrinter printer;
    branch::SubmissionBackends b = backends();
    b.printer = &printer;
    b.receiptDirectory = m_rig->dir.filePath(QStringLiteral("receipts/new"));
    QList<SubmissionStage> stages;
    const SubmissionOutcome outcome =
        SubmissionService(b).submit(transferOrder(), [&stages](SubmissionStage stage) { stages.append(stage); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
    QVERIFY(stages.contains(SubmissionStage::WritingReceipt));
    QCOMPARE(outcome->receiptPath,
             QDir(b.receiptDirectory).filePath(outcome->stored.receiptNumber + QStringLiteral(".pdf")));
    QFile file(outcome->receiptPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString printed = QString::fromUtf8(file.readAll());
    QVERIFY(printed.startsWith(outcome->stored.receiptNumber));
    QVERIFY(printed.contains(QStringLiteral("622****0128")));
    QVERIFY(!printed.contains(QStringLiteral("6222021234567890128")));
    QVERIFY(!printed.contains(QStringLiteral("张三")));
    QVERIFY(printed.contains(QStringLiteral("signature=9")));
}

// The customer's care mode reaches the receipt's layout.
void TestSubmissionService::careModeAsksForLargePrint()
{
    flowtest::TextReceiptPrinter printer;
    branch::SubmissionBackends b = backends();
    b.printer = &printer;
    b.receiptDirectory = m_rig->dir.filePath(QStringLiteral("receipts"));
    SubmissionService service(b);
    branch::SubmissionOrder order = transferOrder();
    const SubmissionOutcome standard = service.submit(order);
    order.largePrint = true;
    const SubmissionOutcome large = service.submit(order);
    QVERIFY(standard.ok() && large.ok());
    QVERIFY(!standard->receipt.largePrint);
    QVERIFY(large->receipt.largePrint);
    QFile file(large->receiptPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("large print\n"));
}

void TestSubmissionService::aReceiptThatCannotBeWrittenKeepsTheRequest()
{
    flowtest::FailingReceiptPrinter printer;
    branch::SubmissionBackends b = backends();
    b.printer = &printer;
    b.receiptDirectory = m_rig->dir.filePath(QStringLiteral("receipts"));
    const SubmissionOutcome failed = SubmissionService(b).submit(transferOrder());
    QVERIFY(failed.ok());
    QCOMPARE(failed->receiptReason, QStringLiteral("receipt_write_failed"));
    QVERIFY(failed->receiptPath.isEmpty());
    b.receiptDirectory.clear();
    const SubmissionOutcome nowhere = SubmissionService(b).submit(transferOrder());
    QVERIFY(nowhere.ok());
    QCOMPARE(nowhere->receiptReason, QString(branch::FlowReason::NoReceiptDirectory));
    QCOMPARE(submissions(), 2);
}

void TestSubmissionService::notReadyWithoutAStore()
{
    branch::SubmissionBackends b = backends();
    b.database = nullptr;
    const SubmissionOutcome outcome = SubmissionService(b).submit(transferOrder());
    QCOMPARE(outcome.reason(), QString(branch::FlowReason::NotReady));
    QVERIFY(!outcome.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSubmissionService)
#include "tst_submissionservice.moc"
