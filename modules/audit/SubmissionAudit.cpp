#include "SubmissionAudit.h"

#include "AuditLog.h"
#include "AuditRecord.h"

namespace branch {

SubmissionRepository::StoredHook auditSubmissions(AuditLog &log, const QString &actor)
{
    return [&log, actor](const SubmissionRequest &request, const SubmissionReceipt &receipt,
                         const Transaction &tx) {
        AuditEvent event;
        event.kind = QString(AuditKind::Submission);
        event.actor = actor;
        event.subject = receipt.receiptNumber;
        event.details = AuditDetails().service(request.serviceId).session(request.sessionId);
        return log.append(event, &tx).error;
    };
}

} // namespace branch
