#pragma once

#include "CoreStore.h"

#include <QDateTime>
#include <QString>

namespace branch {

// What core answers a kiosk's staff sign-in. reason is "" when signed in,
// else wrong_secret (also for an id core does not know, so the API does not
// tell which ids exist), staff_locked, or unavailable (the store failed).
struct StaffSignInAnswer
{
    QString reason;
    StaffRecord staff;      // when signed in: no secret hash
    QDateTime offlineUntil; // how long the kiosk may keep a verifier for offline sign-in
    int failuresLeft = 0;   // after a wrong secret: tries before the lock
};

// Core's staff sign-in (docs/staff.md): Argon2id verification, and the count
// of wrong secrets in a row that locks an account at StaffPolicy::LockAfterFailures
// (PCI DSS v4 8.3.4). Only an administrator's `branch-core staff
// reset-secret` unlocks it.
class StaffDesk
{
public:
    explicit StaffDesk(CoreStore &store) : m_store(store) {}

    StaffSignInAnswer signIn(const QString &staffId, const QByteArray &secret, const QDateTime &now);

private:
    CoreStore &m_store;
};

} // namespace branch
