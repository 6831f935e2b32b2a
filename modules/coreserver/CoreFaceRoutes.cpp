// CoreServer's face check (issue 13, docs/face.md): the reference core's
// stand-in for a bank's online identity check (联网核查), over the kiosk's
// mutual TLS like every kiosk route. It runs the kiosk's local method
// (alignment plus LBPH); a bank points the kiosk at its own gateway instead.
// The body holds a face and an ID card photo: neither is logged nor kept.
#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"
#include "FaceReasons.h"
#include "LocalFaceVerifier.h"
#include "StrictJson.h"

#include <QJsonObject>

namespace branch {

using Status = CoreHttp::Status;

namespace {

QByteArray base64Field(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isString())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

HttpResponse CoreServer::faceCheck(const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    const StrictJsonResult json = parseStrictJson(request.body);
    const QJsonObject o = json.document.object();
    QString reason = json.reason;
    QByteArray live, photo;
    if (reason.isEmpty() && !json.document.isObject())
        reason = QStringLiteral("not_a_face_check");
    if (reason.isEmpty()) {
        live = base64Field(o, "live");
        photo = base64Field(o, "card_photo");
        if (live.isEmpty())
            reason = QStringLiteral("live_invalid");
        else if (photo.isEmpty())
            reason = QStringLiteral("card_photo_invalid");
    }
    if (!reason.isEmpty()) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("A face check is {\"live\", \"card_photo\"}, both images in base64."), now, reason);
    }
    // One verifier per thread that serves routes: its cascades keep state.
    thread_local face::LocalFaceVerifier verifier;
    if (!verifier.isReady())
        return unavailable();
    const cv::Mat frame = face::decodeImage(live);
    const face::FaceDecision decision =
        frame.empty() ? face::FaceDecision::refused(face::kFrameUnreadable) : verifier.verify(frame, photo);
    live.fill('\0');
    photo.fill('\0');
    QJsonObject answer{{QStringLiteral("accepted"), decision.accepted}, {QStringLiteral("reason"), decision.reason}};
    if (decision.score >= 0.0) {
        answer.insert(QStringLiteral("score"), decision.score);
        answer.insert(QStringLiteral("threshold"), decision.threshold);
        answer.insert(QStringLiteral("method"), decision.method);
    }
    return CoreHttp::json(Status::Ok, answer, now);
}

} // namespace branch
