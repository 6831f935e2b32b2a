// HttpsCoreClient's supervisor authorization (StaffDirectory::authorize):
// POST /v1/authorizations. The supervisor's secret goes in the body, never logged.
#include "HttpsCoreClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace branch {

AuthorizationReply HttpsCoreClient::authorize(const AuthorizationAsk &ask, const QString &supervisorId,
                                              const QByteArray &secret)
{
    QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("session_id"), ask.sessionId},
                                                {QStringLiteral("service_id"), ask.serviceId},
                                                {QStringLiteral("amount_fen"), ask.amount.fen()},
                                                {QStringLiteral("currency"), ask.amount.currency()},
                                                {QStringLiteral("entered_by"), ask.enteredBy},
                                                {QStringLiteral("supervisor_id"), supervisorId},
                                                {QStringLiteral("secret"), QString::fromUtf8(secret)}})
                          .toJson(QJsonDocument::Compact);
    Exchange ex = exchange("POST", QStringLiteral("/v1/authorizations"), body, {}, true);
    body.fill('\0');
    AuthorizationReply reply;
    CoreReply status = ex.reply;
    if (!ex.reply.ok() || classify(ex.reply.httpStatus, ex.body, &status)) {
        // Unlike a sign-in, no answer means no approval: there is no offline one.
        const bool unreachable = status.status == ReplyStatus::Transport || status.status == ReplyStatus::Server;
        reply.outcome = unreachable ? AuthorizationReply::Outcome::Unreachable : AuthorizationReply::Outcome::Refused;
        reply.reason = status.reason.isEmpty() ? QStringLiteral("transport") : status.reason;
        return reply;
    }
    const QJsonObject o = QJsonDocument::fromJson(ex.body).object();
    QString reason;
    reply.record = AuthorizationRecord::fromJson(o.value(QStringLiteral("authorization")).toObject(), &reason);
    reply.coreKey = QByteArray::fromHex(o.value(QStringLiteral("publicKey")).toString().toLatin1());
    // The kiosk checks the record itself (SupervisorApproval); a malformed
    // one arrives as no record.
    reply.outcome = AuthorizationReply::Outcome::Authorized;
    return reply;
}

} // namespace branch
