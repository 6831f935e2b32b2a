#include "StaffSignInController.h"

#include "StaffSession.h"
#include "UiLog.h"

namespace branch {

StaffSignInController::StaffSignInController(QObject *parent)
    : QObject(parent)
{
    m_idleTimer.setInterval(10 * 1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &StaffSignInController::checkIdle);
}

void StaffSignInController::setSession(StaffSession *session)
{
    m_session = session;
    m_wasIdle = session && session->idle();
    Q_EMIT sessionChanged();
}

bool StaffSignInController::signedIn() const
{
    return m_session && m_session->active();
}

bool StaffSignInController::reauthenticating() const
{
    return m_session && m_session->idle();
}

QString StaffSignInController::memberId() const
{
    return m_session && m_session->member() ? m_session->member()->id : QString();
}

QString StaffSignInController::memberText() const
{
    if (!m_session || !m_session->member())
        return {};
    const StaffMember m = *m_session->member();
    return tr("%1 (%2) · %3 · branch %4").arg(m.name, m.id, StaffRoles::displayName(m.role), m.branch);
}

void StaffSignInController::signIn(const QString &staffId, const QString &secret)
{
    if (m_busy || !m_run)
        return;
    const QString id = staffId.trimmed();
    if (reauthenticating() && id != memberId()) {
        setError(QStringLiteral("staff_id_invalid"));
        return;
    }
    m_busy = true;
    m_pendingId = id;
    Q_EMIT busyChanged();
    m_run(id, secret);
}

void StaffSignInController::finish(const StaffSignInResult &result)
{
    m_busy = false;
    Q_EMIT busyChanged();
    if (!m_session)
        return;
    if (!result.ok()) {
        qCInfo(lcUi) << "staff sign-in refused:" << result.reason;
        setError(result.reason);
        Q_EMIT auditable(m_pendingId, QStringLiteral("sign_in_refused"), result.reason);
        return;
    }
    // Re-authentication by someone else ends the first member's session.
    if (m_session->member() && m_session->member()->id != result.member.id)
        m_session->end();
    m_session->begin(result.member);
    m_offline = result.offline;
    m_wasIdle = false;
    setError({});
    m_idleTimer.start();
    qCInfo(lcUi) << "staff signed in" << (result.offline ? "(offline)" : "");
    Q_EMIT auditable(result.member.id, QStringLiteral("sign_in"),
                     result.offline ? QStringLiteral("offline") : QStringLiteral("online"));
    Q_EMIT sessionChanged();
    Q_EMIT signedInNow();
}

void StaffSignInController::signOut()
{
    if (!m_session)
        return;
    if (m_session->member())
        Q_EMIT auditable(m_session->member()->id, QStringLiteral("sign_out"), QStringLiteral("signed_out"));
    m_session->end();
    m_offline = false;
    m_idleTimer.stop();
    setError({});
    Q_EMIT sessionChanged();
}

void StaffSignInController::touch()
{
    checkIdle();
    if (m_session)
        m_session->touch();
}

void StaffSignInController::checkIdle()
{
    const bool idle = reauthenticating();
    if (idle == m_wasIdle)
        return;
    m_wasIdle = idle;
    if (idle)
        qCInfo(lcUi) << "staff session idle: re-authentication required";
    Q_EMIT sessionChanged();
}

void StaffSignInController::setError(const QString &reason)
{
    m_reason = reason;
    const QString text = reason.isEmpty() ? QString() : StaffSignIn::messageFor(reason);
    if (text == m_error)
        return;
    m_error = text;
    Q_EMIT errorChanged();
}

void StaffSignInController::retranslate()
{
    setError(m_reason);
    Q_EMIT sessionChanged();
}

} // namespace branch
