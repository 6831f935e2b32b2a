// CoreServer's supervisor-authorization route (issue 13 section 4,
// docs/authorization.md), over the kiosk's mutual TLS. The body carries the
// supervisor's secret: never logged, scrubbed once verified.
#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"
#include "StaffAccount.h"
#include "StrictJson.h"

#include <QJsonObject>

namespace branch {

using Status = CoreHttp::Status;

namespace {

bool boundedText(const QJsonValue &value, qsizetype max)
{
    return value.isString() && !value.toString().isEmpty() && value.toString().size() <= max;
}

// The request's own shape: "" or the reason it is malformed.
QString readRequest(const QJsonObject &o, AuthorizationRequest *request, QString *supervisorId)
{
    if (!boundedText(o.value(QStringLiteral("session_id")), 64))
        return QStringLiteral("session_id_invalid");
    if (!boundedText(o.value(QStringLiteral("service_id")), 64))
        return QStringLiteral("service_id_invalid");
    const QJsonValue fen = o.value(QStringLiteral("amount_fen"));
    if (!fen.isDouble() || fen.toDouble() < 0 || fen.toDouble() > 1e15 || fen.toDouble() != double(fen.toInteger()))
        return QStringLiteral("amount_invalid");
    if (o.value(QStringLiteral("currency")).toString() != u"CNY")
        return QStringLiteral("currency_invalid");
    const QString enteredBy = o.value(QStringLiteral("entered_by")).toString();
    if (enteredBy != AuthorizationPolicy::Customer && !StaffSecrets::isStaffId(enteredBy))
        return QStringLiteral("entered_by_invalid");
    *supervisorId = o.value(QStringLiteral("supervisor_id")).toString();
    if (!StaffSecrets::isStaffId(*supervisorId))
        return QStringLiteral("staff_id_invalid");
    const QJsonValue secret = o.value(QStringLiteral("secret"));
    if (!secret.isString() || secret.toString().isEmpty() || secret.toString().size() > 256)
        return QStringLiteral("secret_invalid");
    request->sessionId = o.value(QStringLiteral("session_id")).toString();
    request->serviceId = o.value(QStringLiteral("service_id")).toString();
    request->amountFen = fen.toInteger();
    request->currency = QStringLiteral("CNY");
    request->enteredBy = enteredBy;
    return {};
}

} // namespace

HttpResponse CoreServer::authorize(const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    const StrictJsonResult json = parseStrictJson(request.body);
    const QJsonObject o = json.document.object();
    QByteArray secret = o.value(QStringLiteral("secret")).toString().toUtf8();
    AuthorizationRequest asked;
    QString supervisorId;
    QString reason = json.reason;
    if (reason.isEmpty() && !json.document.isObject())
        reason = QStringLiteral("not_an_object");
    if (reason.isEmpty())
        reason = readRequest(o, &asked, &supervisorId);
    if (!reason.isEmpty()) {
        secret.fill('\0');
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("The authorization request is malformed (%1).").arg(reason), now, reason);
    }
    const AuthorizationAnswer answer = m_authorizations.authorize(request.deviceId, asked, supervisorId, secret, now);
    secret.fill('\0');
    if (answer.reason.isEmpty())
        return CoreHttp::json(Status::Ok,
                              {{QStringLiteral("authorization"), answer.record.toJson()},
                               {QStringLiteral("publicKey"), QString::fromLatin1(answer.publicKey.toHex())}},
                              now);
    if (answer.reason == u"wrong_secret")
        return CoreHttp::error(Status::Forbidden, answer.reason, tr("The staff id or the secret is wrong."), now);
    if (answer.reason == u"staff_locked")
        return CoreHttp::error(423, answer.reason,
                               tr("This staff account is locked after too many wrong secrets; an administrator "
                                  "must reset it."),
                               now);
    if (answer.reason == u"not_a_supervisor")
        return CoreHttp::error(Status::Forbidden, answer.reason,
                               tr("Only a supervisor or a branch administrator can authorize."), now);
    if (answer.reason == u"same_person")
        return CoreHttp::error(Status::Forbidden, answer.reason,
                               tr("Dual control: the staff member who entered the transaction cannot authorize it."),
                               now);
    if (answer.reason == u"not_needed" || answer.reason == u"unknown_service")
        return CoreHttp::error(Status::Conflict, answer.reason,
                               tr("This service and amount need no authorization."), now);
    return unavailable();
}

} // namespace branch
