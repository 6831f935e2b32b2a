// HttpsCoreClient's staff half (StaffDirectory): POST /v1/staff/sign-in.
#include "HttpsCoreClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace branch {

StaffDirectoryReply HttpsCoreClient::signInStaff(const QString &staffId, const QByteArray &secret)
{
    QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("staff_id"), staffId},
                                                {QStringLiteral("secret"), QString::fromUtf8(secret)}})
                          .toJson(QJsonDocument::Compact);
    Exchange ex = exchange("POST", QStringLiteral("/v1/staff/sign-in"), body, {}, true);
    body.fill('\0');
    StaffDirectoryReply reply;
    CoreReply status = ex.reply;
    // Only when core never judged the member may the kiosk sign in offline:
    // no answer, core failing, or core unable to authenticate the kiosk (a
    // 401 other than revoked_device: e.g. a kiosk clock far off, the case
    // staff must sign in to see). A revoked kiosk signs nobody in.
    if (!ex.reply.ok() || classify(ex.reply.httpStatus, ex.body, &status)) {
        const bool unreachable = status.status == ReplyStatus::Transport || status.status == ReplyStatus::Server
            || (status.status == ReplyStatus::Unauthorized && status.reason != u"revoked_device");
        reply.outcome = unreachable ? StaffDirectoryReply::Outcome::Unreachable : StaffDirectoryReply::Outcome::Refused;
        reply.reason = status.reason.isEmpty() ? QStringLiteral("transport") : status.reason;
        return reply;
    }
    const QJsonObject o = QJsonDocument::fromJson(ex.body).object();
    reply.member.id = o.value(QStringLiteral("staff_id")).toString();
    reply.member.name = o.value(QStringLiteral("name")).toString();
    reply.member.branch = o.value(QStringLiteral("branch")).toString();
    const std::optional<StaffRole> role = StaffRoles::parse(o.value(QStringLiteral("role")).toString());
    reply.offlineUntil =
        QDateTime::fromString(o.value(QStringLiteral("offline_until")).toString(), Qt::ISODateWithMs);
    if (reply.member.id != staffId || reply.member.name.isEmpty() || !role) {
        // An answer that breaks the contract is core's fault, not the member's.
        reply.outcome = StaffDirectoryReply::Outcome::Refused;
        reply.reason = QStringLiteral("bad_response");
        return reply;
    }
    reply.member.role = *role;
    reply.outcome = StaffDirectoryReply::Outcome::SignedIn;
    return reply;
}

} // namespace branch
