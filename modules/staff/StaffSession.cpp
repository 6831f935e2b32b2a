#include "StaffSession.h"

#include "Clock.h"

namespace branch {

void StaffSession::begin(const StaffMember &member)
{
    m_member = member;
    m_lastAction = m_clock.now();
}

void StaffSession::end()
{
    m_member.reset();
    m_lastAction = {};
}

void StaffSession::touch()
{
    if (active())
        m_lastAction = m_clock.now();
}

bool StaffSession::idle() const
{
    return m_member.has_value() && m_clock.now() >= idleAt();
}

QString StaffSession::actor() const
{
    return active() ? QStringLiteral("staff:") + m_member->id : QString();
}

} // namespace branch
