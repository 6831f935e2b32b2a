#pragma once

#include "Authorization.h"
#include "Money.h"
#include "StaffAccount.h"

#include <QDateTime>

namespace branch {

// What core answered a staff sign-in, as the kiosk needs it.
struct StaffDirectoryReply
{
    enum class Outcome {
        SignedIn,
        Refused,     // core answered no: reason is core's (wrong_secret, staff_locked, ...)
        // No answer, core failed (5xx), or core could not authenticate the
        // kiosk (401 other than revoked_device): core never judged the
        // member. The only case for offline sign-in.
        Unreachable,
    };
    Outcome outcome = Outcome::Unreachable;
    QString reason;
    StaffMember member;
    QDateTime offlineUntil; // how long core lets the kiosk sign this member in offline
};

// A supervisor's authorization asked of core for one transaction at this
// kiosk (POST /v1/authorizations, docs/authorization.md).
struct AuthorizationAsk
{
    QString deviceId;  // this kiosk, as core knows it
    QString sessionId;
    QString serviceId;
    Money amount;
    QString enteredBy; // "customer", or the staff id signed in here
    // Core's key as this kiosk pinned it (its audit anchors); empty when
    // none is pinned yet, and then core's answer names its key, which came
    // over the mutually authenticated channel.
    QByteArray pinnedCoreKey;
};

struct AuthorizationReply
{
    enum class Outcome { Authorized, Refused, Unreachable };
    Outcome outcome = Outcome::Unreachable;
    QString reason; // core's (wrong_secret, staff_locked, not_a_supervisor, same_person, ...)
    std::optional<AuthorizationRecord> record;
    QByteArray coreKey; // the public key core says it signed with
};

// Core's staff accounts as the kiosk reaches them (POST /v1/staff/sign-in).
// The real one is HttpsCoreClient; tests use it against real branch-core.
class StaffDirectory
{
public:
    virtual ~StaffDirectory();
    virtual StaffDirectoryReply signInStaff(const QString &staffId, const QByteArray &secret) = 0;
    // Never offline: an approval is core's to give.
    virtual AuthorizationReply authorize(const AuthorizationAsk &ask, const QString &supervisorId,
                                         const QByteArray &secret) = 0;
};

} // namespace branch
