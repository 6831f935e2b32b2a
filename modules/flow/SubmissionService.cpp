#include "SubmissionService.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "FlowLogging.h"
#include "FlowReason.h"
#include "ReceiptPrinter.h"
#include "SubmissionAmount.h"
#include "SubmissionAudit.h"

#include <QDir>

#include <algorithm>

namespace branch {

SubmissionError SubmissionError::of(QLatin1String reason)
{
    return {QString(reason), FlowMessages::messageFor(reason), {}, {}};
}

SubmissionService::SubmissionService(const SubmissionBackends &backends)
    : m_backends(backends)
{
    if (!backends.database || !backends.clock || !backends.codec || !backends.keys || !backends.auditKey)
        return;
    m_audit = std::make_unique<AuditLog>(*backends.database, *backends.clock, backends.auditKey);
    m_repository = std::make_unique<SubmissionRepository>(*backends.database, *backends.clock, *backends.codec,
                                                          *backends.keys, backends.settings);
    m_repository->setStoredHook(auditSubmissions(*m_audit, backends.auditActor));
}

SubmissionService::~SubmissionService() = default;

void SubmissionService::setFaultHook(SubmitFaultHook *hook)
{
    if (m_repository)
        m_repository->setFaultHook(hook);
}

Result<std::optional<Money>, SubmissionError> SubmissionService::check(const SubmissionOrder &order,
                                                                       const QDate &today)
{
    const QList<FieldError> found = FormValidator(order.service, today).validateForm(order.values);
    if (!found.isEmpty()) {
        const bool blocking = std::any_of(found.cbegin(), found.cend(), [](const FieldError &e) { return !e.warning; });
        if (blocking || !order.warningsConfirmed) {
            SubmissionError error =
                SubmissionError::of(blocking ? FlowReason::InvalidForm : FlowReason::NeedsConfirmation);
            error.fieldErrors = found;
            return error;
        }
    }
    if (order.signatureRequired && order.service.hasStep(Step::Sign) && order.signaturePng.isEmpty())
        return SubmissionError::of(FlowReason::SignatureMissing);
    if (order.paymentRequired
        && (!order.payment || order.payment->key.isEmpty()
            || (order.payment->state != PaymentState::Authorised && order.payment->state != PaymentState::Unknown)))
        return SubmissionError::of(FlowReason::PaymentMissing);
    const AmountResult charged = submissionAmount(order.service, order.values);
    if (!charged.reason.isEmpty()) {
        SubmissionError error = SubmissionError::of(FlowReason::AmountUnknown);
        error.amountReason = charged.reason;
        return error;
    }
    // Core checks the signature again on arrival; here the approval must at
    // least be for this service and exactly this amount.
    const Money approved = charged.amount.value_or(Money(0)); // a service without an amount: approved for 0
    if (order.authorizationRequired
        && (!order.authorization || order.authorization->statement.serviceId != order.service.id
            || order.authorization->statement.amountFen != approved.fen()
            || order.authorization->statement.currency != approved.currency()))
        return SubmissionError::of(FlowReason::AuthorizationMissing);
    return charged.amount;
}

SubmissionResult SubmissionService::submit(const SubmissionOrder &order, const Progress &progress)
{
    const auto report = [&progress](SubmissionStage stage) {
        if (progress)
            progress(stage);
    };
    report(SubmissionStage::Checking);
    if (!m_repository)
        return SubmissionError::of(FlowReason::NotReady);
    const auto checked = check(order, m_backends.clock->today());
    if (!checked.ok()) {
        qCInfo(lcFlow) << "submission of" << order.service.id << "refused:" << checked.reason()
                       << checked.error().amountReason;
        return checked.error();
    }

    report(SubmissionStage::Storing);
    SubmissionRequest request;
    request.serviceId = order.service.id;
    request.sessionId = order.sessionId;
    request.prefillReference = order.prefillReference;
    if (order.payment)
        request.paymentKey = order.payment->key;
    if (order.authorization)
        request.authorization = order.authorization->toJson();
    request.fields = order.values;
    request.amount = checked.value();
    request.signaturePng = order.signaturePng;
    request.signatureStrokes = order.signatureStrokes;
    const StoreResult<SubmissionReceipt> stored = m_repository->submit(request);
    if (!stored.ok()) {
        qCWarning(lcFlow) << "submission of" << order.service.id << "not stored:" << stored.error.reason;
        return SubmissionError{stored.error.reason, stored.error.message, {}, {}};
    }
    qCInfo(lcFlow) << "submission stored for service" << order.service.id;

    SubmittedRequest submitted;
    submitted.amount = checked.value();
    submitted.stored = stored.value;
    submitted.receipt = ReceiptComposer::compose(order.service, order.values, submitted.amount, order.locale);
    submitted.receipt.largePrint = order.largePrint;
    if (order.payment)
        ReceiptComposer::addPayment(submitted.receipt, *order.payment);
    ReceiptComposer::stamp(submitted.receipt, stored.value.receiptNumber, stored.value.createdAt);
    if (m_backends.printer) {
        report(SubmissionStage::WritingReceipt);
        writeReceipt(order, submitted);
    }
    report(SubmissionStage::Done);
    return submitted;
}

void SubmissionService::writeReceipt(const SubmissionOrder &order, SubmittedRequest &request) const
{
    QDir dir(m_backends.receiptDirectory);
    if (m_backends.receiptDirectory.isEmpty() || !dir.mkpath(QStringLiteral("."))) {
        qCWarning(lcFlow) << "no directory for receipts";
        request.receiptReason = FlowReason::NoReceiptDirectory;
        return;
    }
    const QString path = dir.filePath(request.stored.receiptNumber + QStringLiteral(".pdf"));
    const Result<QString, FlowError> written = m_backends.printer->print(request.receipt, order.signaturePng, path);
    if (!written.ok()) {
        qCWarning(lcFlow) << "receipt file not written:" << written.reason();
        request.receiptReason = written.reason();
        return;
    }
    request.receiptPath = written.value();
}

} // namespace branch
