#pragma once

#include "StaffDirectory.h"

#include <QCoreApplication>

namespace branch {

// The outcome of a supervisor's authorization at the kiosk. reason is ""
// with a record core signed and this kiosk checked; else a code below, with
// its translated message for the authorization screen.
struct AuthorizationResult
{
    QString reason;
    QString message;
    std::optional<AuthorizationRecord> record;
    QString supervisorId; // as typed; proven only when ok()

    bool ok() const { return reason.isEmpty() && record.has_value(); }
};

// A supervisor approves one transaction at the kiosk (issue 13 section 4,
// docs/authorization.md). Core decides: it checks the secret, the role and
// dual control, and signs. The kiosk then checks what core signed, so that a
// reply that is not core's, or that approves something else, is never kept.
// There is no offline approval: without core the customer is sent to the counter.
class SupervisorApproval
{
    Q_DECLARE_TR_FUNCTIONS(branch::SupervisorApproval)
public:
    // `directory` may be null (no core configured): core_unreachable.
    static AuthorizationResult approve(StaffDirectory *directory, const AuthorizationAsk &ask,
                                       const QString &supervisorId, const QString &secret);

    // Reason codes: staff_id_invalid, secret_empty, same_person, wrong_secret,
    // staff_locked, not_a_supervisor, not_needed, core_unreachable,
    // core_refused (core refused the kiosk or the request), and the
    // AuthorizationCheck codes (authorization_forged, _mismatch, ...).
    static QString messageFor(const QString &reason);
};

} // namespace branch
