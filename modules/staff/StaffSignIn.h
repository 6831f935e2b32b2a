#pragma once

#include "StaffAccount.h"

#include <QCoreApplication>

namespace branch {

class Clock;
class StaffCache;
class StaffDirectory;

// The outcome of a sign-in at the kiosk. reason is "" when signed in, else
// one of StaffSignIn's reason codes; message is translated for the staff page.
struct StaffSignInResult
{
    QString reason;
    QString message;
    StaffMember member;
    bool offline = false; // signed in with the cached verifier, core unreachable

    bool ok() const { return reason.isEmpty(); }
};

// Staff sign-in at the kiosk (docs/staff.md). Core decides whenever it
// answers; only when it cannot be reached (no answer, or a 5xx) does the
// kiosk check the verifier it cached at the member's last sign-in here, and
// only until it expires (StaffPolicy::OfflineDays, or core's shorter
// offline_until). Wrong secrets typed offline are counted here: at
// StaffPolicy::LockAfterFailures the cached verifier is dropped, so the member
// must next sign in against core. A refusal by core also counts here, and a
// lock at core drops the cache at once.
class StaffSignIn
{
    Q_DECLARE_TR_FUNCTIONS(branch::StaffSignIn)
public:
    // `directory` may be null: a kiosk with no core configured signs in offline only.
    StaffSignIn(StaffDirectory *directory, StaffCache &cache, const Clock &clock);

    StaffSignInResult signIn(const QString &staffId, const QString &secret);

    // Reason codes: staff_id_invalid, secret_empty, wrong_secret, staff_locked,
    // offline_unknown (core unreachable and never signed in here),
    // offline_expired (core unreachable and the cached verifier too old),
    // core_refused (core refused the kiosk itself), cache_failed.
    static QString messageFor(const QString &reason);

private:
    StaffSignInResult offline(const QString &staffId, const QByteArray &secret);
    void countRefusal(const QString &staffId);
    static StaffSignInResult refused(const QString &reason);

    StaffDirectory *m_directory;
    StaffCache &m_cache;
    const Clock &m_clock;
};

} // namespace branch
