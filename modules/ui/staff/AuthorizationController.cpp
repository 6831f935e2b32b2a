#include "AuthorizationController.h"

#include "FormController.h"

#include <QLocale>

namespace branch {

AuthorizationController::AuthorizationController(FormController *form, QObject *parent)
    : QObject(parent)
    , m_form(form)
{
    qRegisterMetaType<AuthorizationResult>();
    connect(m_form, &FormController::stageChanged, this, &AuthorizationController::formStageChanged);
    connect(m_form, &FormController::textsChanged, this, &AuthorizationController::changed);
}

void AuthorizationController::formStageChanged()
{
    // Each visit to the step starts clean: no error of an earlier supervisor.
    if (m_form->stage() == FormController::Stage::Authorize && !m_busy)
        setError({});
    Q_EMIT changed();
}

QString AuthorizationController::amountText() const
{
    const std::optional<Money> due = m_form->amountDue();
    return due ? due->format(QLocale()) : QString();
}

QString AuthorizationController::serviceName() const
{
    return m_form->serviceName();
}

QString AuthorizationController::errorText() const
{
    return SupervisorApproval::messageFor(m_reason);
}

void AuthorizationController::setError(const QString &reason)
{
    m_reason = reason;
    Q_EMIT changed();
}

void AuthorizationController::authorize(const QString &supervisorId, const QString &secret)
{
    if (m_busy || m_form->stage() != FormController::Stage::Authorize)
        return;
    if (!m_run || !m_context) {
        setError(QStringLiteral("core_unreachable"));
        return;
    }
    AuthorizationAsk ask = m_context();
    ask.sessionId = m_form->sessionId();
    ask.serviceId = m_form->serviceId();
    // A service without an amount (opening an account) is approved for 0.
    ask.amount = m_form->amountDue().value_or(Money(0));
    m_busy = true;
    setError({});
    m_run(ask, supervisorId.trimmed(), secret);
}

void AuthorizationController::cancel()
{
    if (m_busy || m_form->stage() != FormController::Stage::Authorize)
        return;
    setError({});
    m_form->back();
}

void AuthorizationController::finish(const AuthorizationResult &result)
{
    m_busy = false;
    if (!result.ok()) {
        Q_EMIT auditable(result.supervisorId, result.reason, {});
        setError(result.reason);
        return;
    }
    // A visit that ended meanwhile: the approval is not used, and says so
    // in the audit log; nobody is there to read an error.
    if (m_form->stage() != FormController::Stage::Authorize) {
        Q_EMIT auditable(result.supervisorId, QStringLiteral("authorized_unused"), result.record->statement.id);
        Q_EMIT changed();
        return;
    }
    if (!m_form->completeAuthorization(*result.record)) {
        Q_EMIT auditable(result.supervisorId, QStringLiteral("authorized_unused"), result.record->statement.id);
        setError(QStringLiteral("authorization_mismatch"));
        return;
    }
    Q_EMIT auditable(result.supervisorId, QStringLiteral("authorized"), result.record->statement.id);
    Q_EMIT changed();
}

} // namespace branch
