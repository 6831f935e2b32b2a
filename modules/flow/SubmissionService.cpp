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

namespace {

SubmissionOutcome refused(QLatin1String reason)
{
    SubmissionOutcome outcome;
    outcome.reason = reason;
    outcome.message = FlowMessages::messageFor(reason);
    return outcome;
}

} // namespace

SubmissionService::SubmissionService(const SubmissionBackends &backends)
    : m_backends(backends)
{
    if (!backends.database || !backends.clock || !backends.codec || !backends.keys)
        return;
    m_audit = std::make_unique<AuditLog>(*backends.database, *backends.clock);
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

SubmissionOutcome SubmissionService::check(const SubmissionOrder &order, const QDate &today)
{
    const QList<FieldError> found = FormValidator(order.service, today).validateForm(order.values);
    if (!found.isEmpty()) {
        const bool blocking = std::any_of(found.cbegin(), found.cend(), [](const FieldError &e) { return !e.warning; });
        if (blocking || !order.warningsConfirmed) {
            SubmissionOutcome outcome = refused(blocking ? FlowReason::InvalidForm : FlowReason::NeedsConfirmation);
            outcome.fieldErrors = found;
            return outcome;
        }
    }
    if (order.signatureRequired && order.service.hasStep(Step::Sign) && order.signaturePng.isEmpty())
        return refused(FlowReason::SignatureMissing);
    const AmountResult charged = submissionAmount(order.service, order.values);
    if (!charged.reason.isEmpty()) {
        SubmissionOutcome outcome = refused(FlowReason::AmountUnknown);
        outcome.amountReason = charged.reason;
        return outcome;
    }
    SubmissionOutcome outcome;
    outcome.amount = charged.amount;
    return outcome;
}

SubmissionOutcome SubmissionService::submit(const SubmissionOrder &order, const Progress &progress)
{
    const auto report = [&progress](SubmissionStage stage) {
        if (progress)
            progress(stage);
    };
    report(SubmissionStage::Checking);
    if (!m_repository)
        return refused(FlowReason::NotReady);
    SubmissionOutcome outcome = check(order, m_backends.clock->today());
    if (!outcome.ok()) {
        qCInfo(lcFlow) << "submission of" << order.service.id << "refused:" << outcome.reason << outcome.amountReason;
        return outcome;
    }

    report(SubmissionStage::Storing);
    SubmissionRequest request;
    request.serviceId = order.service.id;
    request.sessionId = order.sessionId;
    request.fields = order.values;
    request.amount = outcome.amount;
    request.signaturePng = order.signaturePng;
    request.signatureStrokes = order.signatureStrokes;
    const StoreResult<SubmissionReceipt> stored = m_repository->submit(request);
    if (!stored.ok()) {
        qCWarning(lcFlow) << "submission of" << order.service.id << "not stored:" << stored.error.reason;
        outcome.reason = stored.error.reason;
        outcome.message = stored.error.message;
        return outcome;
    }
    outcome.stored = stored.value;
    qCInfo(lcFlow) << "submission stored for service" << order.service.id;

    outcome.receipt = ReceiptComposer::compose(order.service, order.values, outcome.amount, order.locale);
    ReceiptComposer::stamp(outcome.receipt, stored.value.receiptNumber, stored.value.createdAt);
    if (m_backends.printer) {
        report(SubmissionStage::WritingReceipt);
        writeReceipt(order, outcome);
    }
    report(SubmissionStage::Done);
    return outcome;
}

void SubmissionService::writeReceipt(const SubmissionOrder &order, SubmissionOutcome &outcome) const
{
    QDir dir(m_backends.receiptDirectory);
    if (m_backends.receiptDirectory.isEmpty() || !dir.mkpath(QStringLiteral("."))) {
        qCWarning(lcFlow) << "no directory for receipts";
        outcome.receiptReason = FlowReason::NoReceiptDirectory;
        return;
    }
    const QString path = dir.filePath(outcome.stored.receiptNumber + QStringLiteral(".pdf"));
    const ReceiptPrintResult written = m_backends.printer->print(outcome.receipt, order.signaturePng, path);
    if (!written.ok()) {
        qCWarning(lcFlow) << "receipt file not written:" << written.reason;
        outcome.receiptReason = written.reason;
        return;
    }
    outcome.receiptPath = written.path;
}

} // namespace branch
