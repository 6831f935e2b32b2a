#pragma once

#include "StaffSignIn.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

namespace branch {

class StaffSession;

// The staff page's sign-in (docs/staff.md): what the sign-in page shows and
// asks, over the kiosk's StaffSession. A sign-in runs elsewhere (the kiosk:
// StaffSignInQueue on a worker thread) through `run`; its result comes back
// through finish(). After StaffPolicy::IdleMinutes without a staff action the
// session is idle: the page asks the same member for the secret again.
class StaffSignInController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the kiosk at start-up")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    // Signed in, but idle too long: only the secret is asked again.
    Q_PROPERTY(bool reauthenticating READ reauthenticating NOTIFY sessionChanged)
    Q_PROPERTY(QString memberId READ memberId NOTIFY sessionChanged)
    Q_PROPERTY(QString memberText READ memberText NOTIFY sessionChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    using Runner = std::function<void(const QString &staffId, const QString &secret)>;

    explicit StaffSignInController(QObject *parent = nullptr);
    void setSession(StaffSession *session);
    void setRunner(Runner run) { m_run = std::move(run); }

    bool signedIn() const;
    bool reauthenticating() const;
    QString memberId() const;
    // "Wang Fang · Teller · branch 0101", in the current language.
    QString memberText() const;
    bool offline() const { return m_offline; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_error; }

    // Re-authentication keeps the member: another id is refused.
    Q_INVOKABLE void signIn(const QString &staffId, const QString &secret);
    Q_INVOKABLE void signOut();
    // A staff action on the page: the idle time starts again.
    Q_INVOKABLE void touch();
    // Checks the idle limit now (a timer calls it; tests after moving the clock).
    void checkIdle();

public Q_SLOTS:
    void finish(const branch::StaffSignInResult &result);
    void retranslate();

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void errorChanged();
    void signedInNow(); // a sign-in or re-authentication succeeded
    // For the audit log: a member signed in (action "sign_in", outcome
    // "online" or "offline") or out ("sign_out"), or a sign-in was refused
    // (action "sign_in_refused", outcome the reason; the id is as typed,
    // unproven). Never the secret.
    void auditable(const QString &staffId, const QString &action, const QString &outcome);

private:
    void setError(const QString &reason);

    StaffSession *m_session = nullptr;
    Runner m_run;
    QTimer m_idleTimer;
    bool m_wasIdle = false;
    bool m_busy = false;
    bool m_offline = false;
    QString m_reason;
    QString m_pendingId; // the id of the sign-in under way
    QString m_error;
};

} // namespace branch
