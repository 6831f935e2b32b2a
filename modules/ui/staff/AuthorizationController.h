#pragma once

#include "SupervisorApproval.h"

#include <QObject>
#include <QQmlEngine>

#include <functional>

namespace branch {

class FormController;

// The authorize step of a flow (issue 13 section 4, docs/authorization.md):
// a supervisor types their staff id and secret on the kiosk; core checks
// them, the role and dual control, and signs; the kiosk checks what core
// signed (SupervisorApproval) and gives it to the form, which goes on to pay
// or to store. The rules are core's and SupervisorApproval's; this only
// sequences and words them.
class AuthorizationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the kiosk")
    Q_PROPERTY(QString amountText READ amountText NOTIFY changed)
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
public:
    // What the kiosk adds to each request: its device id, who entered the
    // transaction (the signed-in staff member, or "customer") and core's
    // pinned key. The runner sends the request off the GUI thread.
    using Context = std::function<AuthorizationAsk()>;
    using Runner = std::function<void(const AuthorizationAsk &ask, const QString &supervisorId, const QString &secret)>;

    explicit AuthorizationController(FormController *form, QObject *parent = nullptr);

    void setContext(Context context) { m_context = std::move(context); }
    void setRunner(Runner run) { m_run = std::move(run); }

    QString amountText() const;
    QString serviceName() const;
    bool busy() const { return m_busy; }
    QString errorText() const;

    Q_INVOKABLE void authorize(const QString &supervisorId, const QString &secret);
    // Back to the step before; nothing was approved.
    Q_INVOKABLE void cancel();

public Q_SLOTS:
    void finish(const branch::AuthorizationResult &result);

Q_SIGNALS:
    void changed();
    // For the audit log: an authorization given ("authorized") or refused
    // (the reason), with the supervisor's id (proven only when given) and the
    // authorization id. Never the secret.
    void auditable(const QString &supervisorId, const QString &outcome, const QString &authorizationId);

private:
    void formStageChanged();
    void setError(const QString &reason);

    FormController *m_form;
    Context m_context;
    Runner m_run;
    bool m_busy = false;
    QString m_reason;
};

} // namespace branch
