#pragma once

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

// Core's staff accounts as the kiosk reaches them (POST /v1/staff/sign-in).
// The real one is HttpsCoreClient; tests use it against real branch-core.
class StaffDirectory
{
public:
    virtual ~StaffDirectory();
    virtual StaffDirectoryReply signInStaff(const QString &staffId, const QByteArray &secret) = 0;
};

} // namespace branch
