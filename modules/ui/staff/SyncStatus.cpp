#include "SyncStatus.h"

namespace branch {

SyncStatus::SyncStatus(QObject *parent)
    : QObject(parent)
{
}

template<typename T>
void SyncStatus::set(T &member, const T &value)
{
    if (member == value)
        return;
    member = value;
    Q_EMIT changed();
}

void SyncStatus::setConfigured(bool configured)
{
    set(m_configured, configured);
}

void SyncStatus::setOnline(bool online)
{
    set(m_online, online);
}

void SyncStatus::setWaiting(int waiting)
{
    set(m_waiting, waiting);
}

void SyncStatus::setRefused(int refused)
{
    set(m_refused, refused);
}

void SyncStatus::setLanguage(const QString &language)
{
    set(m_language, language);
}

QString SyncStatus::text() const
{
    // Requests are kept and sent later, but what needs core now (a bill, a
    // balance) does not work: the customer hears that much and no more.
    return offline() ? tr("Some services are unavailable") : tr("Service normal");
}

QString SyncStatus::detailText() const
{
    QString text;
    if (!m_configured)
        text = tr("Offline (not set up) — %n waiting", "", m_waiting);
    else if (!m_online)
        text = tr("Offline — %n request(s) waiting to be sent", "", m_waiting);
    else
        text = m_waiting > 0 ? tr("%n waiting", "", m_waiting) : tr("Online");
    if (m_refused > 0)
        text += QStringLiteral(" · ") + tr("%n refused by core", "", m_refused);
    return text;
}

QString SyncStatus::description() const
{
    return m_configured ? tr("Press and hold to open the staff page")
                        : tr("This kiosk is not connected to core. Press and hold to open the staff page");
}

QString SyncStatus::queueText() const
{
    return m_configured ? tr("%n request(s) waiting to be sent", "", m_waiting)
                        : tr("This kiosk is not connected to core: requests are kept until it is.");
}

} // namespace branch
