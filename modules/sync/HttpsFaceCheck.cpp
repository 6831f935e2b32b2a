// HttpsCoreClient's face check: POST /v1/identity/face-check (CoreFaceVerifier).
#include "HttpsCoreClient.h"

#include "FaceReasons.h"
#include "FaceVerifier.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace branch {

face::FaceDecision HttpsCoreClient::checkFace(const QByteArray &liveImage, const QByteArray &cardPhoto)
{
    QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("live"), QString::fromLatin1(liveImage.toBase64())},
                                                {QStringLiteral("card_photo"), QString::fromLatin1(cardPhoto.toBase64())}})
                          .toJson(QJsonDocument::Compact);
    Exchange ex = exchange("POST", QStringLiteral("/v1/identity/face-check"), body, {}, true);
    body.fill('\0');
    CoreReply status = ex.reply;
    // No answer, or core could not judge: the face is not checked, and the
    // flow does not go on (it never passes a customer it could not check).
    if (!ex.reply.ok() || classify(ex.reply.httpStatus, ex.body, &status))
        return face::FaceDecision::refused(face::kVerifierUnavailable);
    const QJsonObject o = QJsonDocument::fromJson(ex.body).object();
    const QJsonValue accepted = o.value(QStringLiteral("accepted"));
    if (!accepted.isBool())
        return face::FaceDecision::refused(face::kVerifierUnavailable);
    face::FaceDecision decision;
    decision.accepted = accepted.toBool();
    decision.reason = o.value(QStringLiteral("reason")).toString();
    decision.score = o.value(QStringLiteral("score")).toDouble(-1.0);
    decision.threshold = o.value(QStringLiteral("threshold")).toDouble(-1.0);
    decision.method = o.value(QStringLiteral("method")).toString();
    // An answer that breaks the contract is core's fault: never a pass.
    if (decision.accepted != decision.reason.isEmpty())
        return face::FaceDecision::refused(face::kVerifierUnavailable);
    return decision;
}

} // namespace branch
