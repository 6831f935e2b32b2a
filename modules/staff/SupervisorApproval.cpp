#include "SupervisorApproval.h"

#include "StaffLogging.h"

namespace branch {
namespace {

AuthorizationResult refused(const QString &supervisorId, const QString &reason)
{
    AuthorizationResult result;
    result.supervisorId = supervisorId;
    result.reason = reason;
    result.message = SupervisorApproval::messageFor(reason);
    return result;
}

} // namespace

AuthorizationResult SupervisorApproval::approve(StaffDirectory *directory, const AuthorizationAsk &ask,
                                                const QString &supervisorId, const QString &secret)
{
    if (!StaffSecrets::isStaffId(supervisorId))
        return refused(supervisorId, QStringLiteral("staff_id_invalid"));
    if (secret.isEmpty())
        return refused(supervisorId, QStringLiteral("secret_empty"));
    // Dual control is core's rule too; saying so here spares a wrong try.
    if (supervisorId == ask.enteredBy)
        return refused(supervisorId, QStringLiteral("same_person"));
    if (!directory)
        return refused(supervisorId, QStringLiteral("core_unreachable"));
    QByteArray utf8 = secret.toUtf8();
    const AuthorizationReply reply = directory->authorize(ask, supervisorId, utf8);
    utf8.fill('\0');
    if (reply.outcome == AuthorizationReply::Outcome::Unreachable)
        return refused(supervisorId, QStringLiteral("core_unreachable"));
    if (reply.outcome == AuthorizationReply::Outcome::Refused) {
        static const QStringList known{QStringLiteral("wrong_secret"), QStringLiteral("staff_locked"),
                                       QStringLiteral("not_a_supervisor"), QStringLiteral("same_person"),
                                       QStringLiteral("not_needed")};
        return refused(supervisorId, known.contains(reply.reason) ? reply.reason : QStringLiteral("core_refused"));
    }
    const QByteArray key = ask.pinnedCoreKey.isEmpty() ? reply.coreKey : ask.pinnedCoreKey;
    const QString wrong = reply.record
        ? AuthorizationCheck::refusal(*reply.record, key,
                                      {ask.deviceId, ask.sessionId, ask.serviceId, ask.amount.fen(),
                                       ask.amount.currency(), reply.record->statement.issuedAt})
        : QStringLiteral("authorization_malformed");
    if (!wrong.isEmpty() || reply.record->statement.supervisorId != supervisorId
        || reply.record->statement.enteredBy != ask.enteredBy) {
        const QString reason = wrong.isEmpty() ? QStringLiteral("authorization_mismatch") : wrong;
        qCWarning(lcStaff) << "core's authorization refused by the kiosk:" << reason;
        return refused(supervisorId, reason);
    }
    AuthorizationResult result;
    result.supervisorId = supervisorId;
    result.record = reply.record;
    return result;
}

QString SupervisorApproval::messageFor(const QString &reason)
{
    if (reason.isEmpty())
        return {};
    if (reason == u"staff_id_invalid")
        return tr("Enter the supervisor's staff id: a letter followed by letters or digits.");
    if (reason == u"secret_empty")
        return tr("Enter the supervisor's PIN or password.");
    if (reason == u"same_person")
        return tr("Dual control: the staff member who entered this transaction cannot authorize it. Please ask "
                  "another supervisor.");
    if (reason == u"wrong_secret")
        return tr("The staff id or the secret is wrong. After five wrong secrets in a row the account is locked.");
    if (reason == u"staff_locked")
        return tr("This staff account is locked after too many wrong secrets. An administrator must reset it.");
    if (reason == u"not_a_supervisor")
        return tr("Only a supervisor or a branch administrator can authorize this transaction.");
    if (reason == u"not_needed")
        return tr("Core says this transaction needs no authorization. Please go back and check the amount.");
    if (reason == u"core_unreachable")
        return tr("An authorization needs the bank's system, which cannot be reached now. Please complete this "
                  "transaction at the counter.");
    if (reason == u"core_refused")
        return tr("The bank's system refused this authorization request. Please ask at the counter.");
    return tr("The authorization from the bank's system could not be verified, so it was not accepted. Please ask "
              "at the counter.");
}

} // namespace branch
