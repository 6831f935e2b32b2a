// CoreServer's prefill routes (issue 12, docs/prefill.md). The phone's two
// routes come without a device certificate and are limited per address;
// the kiosk's come with one, like every other kiosk route.
#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"
#include "CoreServerLogging.h"
#include "PrefillKeys.h"
#include "PrefillReason.h"
#include "StrictJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace branch {

using Status = CoreHttp::Status;

namespace {

QString queryValue(const QByteArray &query, const QByteArray &name)
{
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && pair.left(eq) == name)
            return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)));
    }
    return {};
}

int claimStatus(const QString &reason)
{
    if (reason == PrefillReason::InUse)
        return Status::Conflict;
    if (reason == PrefillReason::AlreadyUsed || reason == PrefillReason::Expired)
        return 410;
    if (reason == u"not_found")
        return Status::NotFound;
    if (reason == u"too_many_guesses")
        return Status::TooManyRequests;
    if (reason == u"unavailable")
        return Status::ServiceUnavailable;
    if (reason == PrefillReason::Malformed || reason == PrefillReason::NotOurs
        || reason == PrefillReason::UnsupportedVersion)
        return Status::BadRequest;
    return 422; // bad_signature, unknown_key, wrong_branch, unknown_service
}

} // namespace

bool CoreServer::setupPrefills(const QString &branch, const QByteArray &vaultKey, QString *error)
{
    std::optional<PrefillVault> vault = PrefillVault::fromKey(vaultKey);
    if (!vault) {
        *error = tr("The prefill key must be %1 bytes.").arg(PrefillVault::KeySize);
        return false;
    }
    m_prefills = std::make_unique<PrefillDesk>(m_store, branch, std::move(vault));
    return true;
}

std::optional<HttpResponse> CoreServer::phoneLimit(const QHostAddress &peer)
{
    const QDateTime now = m_clock.now();
    const qint64 waitMs = m_phoneTries.tryAcquire(QStringLiteral("address:") + peer.toString(), now.toMSecsSinceEpoch());
    if (waitMs == 0)
        return std::nullopt;
    logRefusal(QStringLiteral("phone-limit"), QStringLiteral("phone requests over the limit (%1)").arg(peer.toString()));
    HttpResponse refusal = CoreHttp::error(Status::TooManyRequests, QStringLiteral("too_many_requests"),
                                           tr("Too many requests; wait a minute and try again."), now,
                                           QStringLiteral("phone_rate_limited"));
    refusal.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(qMax<qint64>(1, (waitMs + 999) / 1000)));
    return refusal;
}

HttpResponse CoreServer::prefillCreate(const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    if (!m_prefills)
        return unavailable();
    const StrictJsonResult json = parseStrictJson(request.body);
    const QJsonObject o = json.document.object();
    if (!json.reason.isEmpty() || !json.document.isObject() || !o.value(QStringLiteral("values")).isObject()
        || !o.value(QStringLiteral("service")).isString()) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("A prefill is {\"service\", \"language\", \"values\"}."), now,
                               json.reason.isEmpty() ? QStringLiteral("not_a_prefill") : json.reason);
    }
    const QString language = o.value(QStringLiteral("language")).toString(QStringLiteral("zh_CN"));
    const PrefillIssue issued = m_prefills->issue(o.value(QStringLiteral("service")).toString(), language,
                                                  o.value(QStringLiteral("values")).toObject(), now);
    if (issued.reason == u"invalid") {
        QJsonObject fields;
        for (auto it = issued.fields.cbegin(); it != issued.fields.cend(); ++it) {
            fields.insert(it.key(), QJsonObject{{QStringLiteral("reason"), it->reason},
                                                {QStringLiteral("message"), it->message}});
        }
        return CoreHttp::json(422, {{QStringLiteral("error"), QStringLiteral("invalid")},
                                    {QStringLiteral("fields"), fields}}, now);
    }
    if (issued.reason == PrefillReason::UnknownService)
        return CoreHttp::error(Status::NotFound, issued.reason, tr("No such service."), now);
    if (issued.reason == u"prefill_not_allowed")
        return CoreHttp::error(Status::Forbidden, issued.reason, tr("This service cannot be prefilled."), now);
    if (!issued.reason.isEmpty())
        return unavailable();
    QJsonObject body{{QStringLiteral("reference"), issued.record.reference},
                     {QStringLiteral("token"), issued.token},
                     {QStringLiteral("short_code"), issued.record.shortCode},
                     {QStringLiteral("expires_at"), issued.record.expiresAt.toUTC().toString(Qt::ISODate)}};
    if (!issued.offlineToken.isEmpty())
        body.insert(QStringLiteral("offline_token"), issued.offlineToken);
    return CoreHttp::json(Status::Created, body, now);
}

HttpResponse CoreServer::prefillPhoto(const QString &reference, const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    if (!m_prefills)
        return unavailable();
    if (!isTransactionKey(reference))
        return CoreHttp::error(Status::NotFound, QStringLiteral("not_found"), tr("No such prefill."), now);
    const Result<QString> photo =
        m_prefills->attachPhoto(reference, queryValue(request.query, "document"), request.body, now);
    if (photo.ok())
        return CoreHttp::json(Status::Created, {{QStringLiteral("photo"), photo.value()}}, now);
    const QString reason = photo.reason();
    if (reason == u"not_found")
        return CoreHttp::error(Status::NotFound, reason, tr("No such prefill."), now);
    if (reason == u"prefill_closed")
        return CoreHttp::error(Status::Conflict, reason,
                               tr("This prefill is already at a counter, used or expired; photos can no longer be added."),
                               now);
    if (reason == u"too_many_photos")
        return CoreHttp::error(Status::Conflict, reason,
                               tr("At most %1 photos can be attached.").arg(PrefillDesk::MaxPhotos), now);
    if (reason == u"too_large")
        return CoreHttp::error(Status::PayloadTooLarge, reason,
                               tr("A photo may have at most %1 MB and %2 pixels a side.")
                                   .arg(PrefillDesk::MaxPhotoBytes / (1024 * 1024))
                                   .arg(PrefillDesk::MaxPhotoSide),
                               now);
    if (reason == u"not_an_image")
        return CoreHttp::error(Status::UnsupportedMediaType, reason, tr("This is not a JPEG or PNG photo."), now);
    if (reason == u"unknown_document")
        return CoreHttp::error(422, reason, tr("This form asks for no such document."), now);
    return unavailable();
}

HttpResponse CoreServer::prefillClaim(const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    if (!m_prefills)
        return unavailable();
    const StrictJsonResult json = parseStrictJson(request.body);
    const QJsonObject o = json.document.object();
    const QString token = o.value(QStringLiteral("token")).toString();
    const QString code = o.value(QStringLiteral("short_code")).toString();
    if (!json.reason.isEmpty() || token.isEmpty() == code.isEmpty()) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("A claim names either a token or a short code."), now, QStringLiteral("not_a_claim"));
    }
    const PrefillClaim claimed = token.isEmpty() ? m_prefills->claimShortCode(code, request.deviceId, now)
                                                 : m_prefills->claimToken(token, request.deviceId, now);
    if (!claimed.reason.isEmpty()) {
        if (claimed.reason == u"unavailable")
            return unavailable();
        const QString message = claimed.reason == u"not_found"          ? tr("No prefill has this code.")
                              : claimed.reason == u"too_many_guesses" ? tr("Too many wrong codes; wait ten minutes.")
                                                                       : PrefillMessages::message(claimed.reason);
        return CoreHttp::error(claimStatus(claimed.reason), claimed.reason, message, now);
    }
    QJsonArray photos;
    for (const PrefillPhotoView &photo : claimed.photos) {
        photos.append(QJsonObject{{QStringLiteral("photo"), photo.photoId},
                                  {QStringLiteral("document"), photo.document},
                                  {QStringLiteral("media_type"), photo.mediaType},
                                  {QStringLiteral("thumbnail"), QString::fromLatin1(photo.thumbnail.toBase64())}});
    }
    qCInfo(lcCoreServer) << "prefill claimed by" << request.deviceId;
    return CoreHttp::json(Status::Ok,
                          {{QStringLiteral("reference"), claimed.record.reference},
                           {QStringLiteral("service"), claimed.record.serviceId},
                           {QStringLiteral("branch"), claimed.record.branch},
                           {QStringLiteral("values"), claimed.values},
                           {QStringLiteral("photos"), photos},
                           {QStringLiteral("expires_at"), claimed.record.expiresAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("claimed_until"), claimed.record.claimedUntil.toUTC().toString(Qt::ISODate)}},
                          now);
}

// The keys a kiosk of this branch needs: core's public token keys, and the
// branch's X25519 key pair for offline tokens, which the kiosk keeps in its
// keychain. Only an enrolled device with its certificate gets here.
HttpResponse CoreServer::prefillKeys(const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    if (!m_prefills || !m_prefills->loadKeys())
        return unavailable();
    const QByteArray publicKey = m_prefills->signingPublicKey();
    qCInfo(lcCoreServer) << "prefill keys sent to" << request.deviceId;
    return CoreHttp::json(
        Status::Ok,
        {{QStringLiteral("branch"), m_prefills->branch()},
         {QStringLiteral("signing_keys"),
          QJsonArray{QJsonObject{{QStringLiteral("key_id"), prefillKeyIdText(prefillKeyId(publicKey))},
                                 {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())}}}},
         {QStringLiteral("branch_key"),
          QJsonObject{{QStringLiteral("public_key"), QString::fromLatin1(m_prefills->branchKey()->publicKey().toBase64())},
                      {QStringLiteral("secret_key"),
                       QString::fromLatin1(m_prefills->branchKey()->secretKey().toBase64())}}}},
        now);
}

} // namespace branch
