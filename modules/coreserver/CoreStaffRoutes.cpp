// CoreServer's staff sign-in route (issue 13, docs/staff.md), over the kiosk's
// mutual TLS like every kiosk route. The body carries a staff member's secret:
// it is never logged, and scrubbed once verified.
#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"
#include "StaffAccount.h"
#include "StrictJson.h"

namespace branch {

using Status = CoreHttp::Status;

HttpResponse CoreServer::staffSignIn(const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    const StrictJsonResult json = parseStrictJson(request.body);
    const QJsonObject o = json.document.object();
    const QString staffId = o.value(QStringLiteral("staff_id")).toString();
    QByteArray secret = o.value(QStringLiteral("secret")).toString().toUtf8();
    QString reason = json.reason;
    if (reason.isEmpty() && (!json.document.isObject() || !o.value(QStringLiteral("secret")).isString()))
        reason = QStringLiteral("not_a_sign_in");
    else if (reason.isEmpty() && !StaffSecrets::isStaffId(staffId))
        reason = QStringLiteral("staff_id_invalid");
    else if (reason.isEmpty() && (secret.isEmpty() || secret.size() > 256))
        reason = QStringLiteral("secret_invalid");
    if (!reason.isEmpty()) {
        secret.fill('\0');
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("A staff sign-in is {\"staff_id\", \"secret\"}."), now, reason);
    }
    const StaffSignInAnswer answer = m_staff.signIn(staffId, secret, now);
    secret.fill('\0');
    if (answer.reason == u"wrong_secret") {
        return CoreHttp::error(Status::Forbidden, answer.reason, tr("The staff id or the secret is wrong."), now);
    }
    if (answer.reason == u"staff_locked") {
        return CoreHttp::error(423, answer.reason,
                               tr("This staff account is locked after too many wrong secrets; an administrator "
                                  "must reset it."),
                               now);
    }
    if (!answer.reason.isEmpty())
        return unavailable();
    return CoreHttp::json(Status::Ok,
                          {{QStringLiteral("staff_id"), answer.staff.staffId},
                           {QStringLiteral("name"), answer.staff.name},
                           {QStringLiteral("role"), answer.staff.role},
                           {QStringLiteral("branch"), answer.staff.branch},
                           {QStringLiteral("offline_until"), answer.offlineUntil.toUTC().toString(Qt::ISODateWithMs)}},
                          now);
}

} // namespace branch
