#pragma once

#include "StaffAccount.h"

#include <QDateTime>

#include <optional>

namespace branch {

class Clock;

// Who is signed in at the kiosk, and whether they must type their secret
// again: after StaffPolicy::IdleMinutes without a staff action (PCI DSS v4
// 8.2.8) the session is idle; the member is remembered so that the staff page
// asks only for the secret, but actor() is empty until they re-authenticate.
class StaffSession
{
public:
    explicit StaffSession(const Clock &clock) : m_clock(clock) {}

    void begin(const StaffMember &member);
    void end();
    // A staff action: the idle time starts again (only while not idle).
    void touch();

    bool signedIn() const { return m_member.has_value(); }
    // Signed in, but idle too long: re-authentication is required.
    bool idle() const;
    // Signed in and not idle.
    bool active() const { return signedIn() && !idle(); }
    std::optional<StaffMember> member() const { return m_member; }
    // "staff:S1024" while active; empty otherwise, so nothing is audited
    // under a member who walked away.
    QString actor() const;
    QDateTime idleAt() const { return m_lastAction.addSecs(qint64(StaffPolicy::IdleMinutes) * 60); }

private:
    const Clock &m_clock;
    std::optional<StaffMember> m_member;
    QDateTime m_lastAction;
};

} // namespace branch
