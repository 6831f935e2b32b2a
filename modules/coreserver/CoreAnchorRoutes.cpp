// CoreServer's audit anchor routes (docs/api/openapi.yaml, "audit"): the
// kiosk anchors its audit log's head and reads back the newest anchor and
// flag. The decisions are AnchorDesk's.
#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"

#include <QJsonObject>

namespace branch {

using Status = CoreHttp::Status;

namespace {

QJsonObject anchorJson(const SignedAnchor &a)
{
    return {{QStringLiteral("deviceId"), a.statement.deviceId},
            {QStringLiteral("sequence"), a.statement.sequence},
            {QStringLiteral("head"), a.statement.head},
            {QStringLiteral("anchoredAt"), a.statement.anchoredAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("publicKey"), QString::fromLatin1(a.publicKey.toHex())},
            {QStringLiteral("signature"), QString::fromLatin1(a.signature.toHex())}};
}

} // namespace

HttpResponse CoreServer::anchorLatest(const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    std::optional<AnchorFlagRecord> flag;
    const AnchorDecision decision = m_anchors.latest(request.deviceId, &flag);
    if (decision.httpStatus == Status::NotFound)
        return CoreHttp::error(Status::NotFound, QStringLiteral("no_anchor"),
                               tr("Core holds no audit anchor for this device yet."), now);
    if (decision.httpStatus != Status::Ok)
        return unavailable();
    QJsonObject body = anchorJson(decision.anchor);
    QJsonValue flagJson;
    if (flag) {
        flagJson = QJsonObject{{QStringLiteral("reason"), flag->reason},
                               {QStringLiteral("sequence"), flag->sequence},
                               {QStringLiteral("flaggedAt"), flag->flaggedAt.toUTC().toString(Qt::ISODateWithMs)}};
    }
    body.insert(QStringLiteral("flag"), flagJson);
    return CoreHttp::json(Status::Ok, body, now);
}

HttpResponse CoreServer::anchorSubmit(const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    const AnchorParse parsed = parseAnchorSubmission(request.body);
    if (!parsed.ok()) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("The audit anchor request is malformed (%1).").arg(parsed.reason), now,
                               parsed.reason);
    }
    const AnchorDecision decision = m_anchors.submit(request.deviceId, parsed.submission, now);
    if (decision.httpStatus == Status::Conflict) {
        QString message;
        if (decision.refusal == AnchorRefusal::Regressed)
            message = tr("The audit log is behind the head core anchored: rows were removed. Core has flagged this device.");
        else if (decision.refusal == AnchorRefusal::Conflict)
            message = tr("A row core anchored now has another hash: the audit log was rewritten. Core has flagged this "
                         "device.");
        else if (decision.refusal == AnchorRefusal::Inconsistent)
            message = tr("The audit log does not extend the head core anchored: it was rewritten. Core has flagged "
                         "this device.");
        else if (decision.refusal == AnchorRefusal::Empty)
            message = tr("An empty audit log has nothing to anchor.");
        else
            message = tr("Another anchor was taken first; ask for the newest anchor and try again.");
        return CoreHttp::error(Status::Conflict, decision.refusal, message, now);
    }
    if (decision.httpStatus != Status::Ok && decision.httpStatus != Status::Created)
        return unavailable();
    QJsonObject body = anchorJson(decision.anchor);
    body.insert(QStringLiteral("replayed"), decision.replayed);
    return CoreHttp::json(decision.httpStatus, body, now);
}

} // namespace branch
