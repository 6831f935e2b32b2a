#pragma once

#include "SubmissionRepository.h"

#include <QString>

namespace branch {

class AuditLog;

// The hook that audits each submission inside the transaction that stores
// it: a crash can leave a submission with its audit row or neither, never
// one without the other. The row names the receipt number, the service and
// the visit; never a value the customer entered.
SubmissionRepository::StoredHook auditSubmissions(AuditLog &log, const QString &actor);

} // namespace branch
