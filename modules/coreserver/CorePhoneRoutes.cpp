// The phone page's routes (docs/phone.md): its static bundle and what it asks
// about forms. Browsers come without a device certificate, so admit() counts
// these per source address instead of authenticating them.
#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"
#include "CoreServerLogging.h"
#include "StrictJson.h"

#include <QJsonArray>

namespace branch {

using Status = CoreHttp::Status;

std::optional<HttpResponse> CoreServer::phonePageLimit(const QHostAddress &peer)
{
    const QDateTime now = m_clock.now();
    const qint64 waitMs = m_phonePageRequests.tryAcquire(QStringLiteral("address:") + peer.toString(), now.toMSecsSinceEpoch());
    if (waitMs == 0)
        return std::nullopt;
    logRefusal(QStringLiteral("phone-page-limit"), QStringLiteral("phone page requests over the limit (%1)").arg(peer.toString()));
    HttpResponse refusal = CoreHttp::error(Status::TooManyRequests, QStringLiteral("too_many_requests"),
                                           tr("Too many requests; wait a minute and try again."), now,
                                           QStringLiteral("phone_rate_limited"));
    refusal.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(qMax<qint64>(1, (waitMs + 999) / 1000)));
    return refusal;
}

HttpResponse CoreServer::phoneRedirect()
{
    HttpResponse response;
    response.status = 301;
    response.setHeader(QByteArrayLiteral("Location"), QByteArrayLiteral("/h5/"));
    response.setHeader(QByteArrayLiteral("Date"), CoreHttp::httpDate(m_clock.now()));
    return response;
}

HttpResponse CoreServer::phoneFile(const QString &path, const HttpRequest &request)
{
    std::optional<HttpResponse> file = m_phonePage.serve(path, request.header("If-None-Match"),
                                                              request.header("Accept-Encoding"), m_clock.now());
    if (!file)
        return refused(request, CoreHttp::error(Status::NotFound, QStringLiteral("not_found"), tr("No such endpoint."),
                                                m_clock.now()));
    return *file;
}

HttpResponse CoreServer::phoneServices()
{
    HttpResponse response = CoreHttp::json(Status::Ok, m_phoneForms.services(), m_clock.now());
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return response;
}

HttpResponse CoreServer::phoneSchema(const QString &serviceId)
{
    const std::optional<QJsonObject> schema = m_phoneForms.schema(serviceId);
    if (!schema) {
        return CoreHttp::error(Status::NotFound, QStringLiteral("unknown_service"),
                               tr("No such service, or it cannot be filled in on a phone."), m_clock.now());
    }
    HttpResponse response = CoreHttp::json(Status::Ok, *schema, m_clock.now());
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return response;
}

// {"language":"zh_CN"|"en", "values":{fieldId: typed text, ...}, "only":[fieldId, ...]}
HttpResponse CoreServer::phoneValidate(const QString &serviceId, const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    if (!m_phoneForms.allowsPrefill(serviceId)) {
        return CoreHttp::error(Status::NotFound, QStringLiteral("unknown_service"),
                               tr("No such service, or it cannot be filled in on a phone."), now);
    }
    const StrictJsonResult json = parseStrictJson(request.body, 4);
    const QJsonObject body = json.document.object();
    const QJsonValue language = body.value(QStringLiteral("language"));
    const QJsonValue values = body.value(QStringLiteral("values"));
    const QJsonValue only = body.value(QStringLiteral("only"));
    QString reason = json.reason;
    if (reason.isEmpty() && !json.document.isObject())
        reason = QStringLiteral("not_an_object");
    else if (reason.isEmpty() && !(language.isUndefined() || PhoneForms::isLanguage(language.toString())))
        reason = QStringLiteral("language_invalid");
    else if (reason.isEmpty() && !values.isObject())
        reason = QStringLiteral("values_invalid");
    else if (reason.isEmpty() && !(only.isUndefined() || only.isArray()))
        reason = QStringLiteral("only_invalid");
    if (!reason.isEmpty()) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("The check request is malformed (%1).").arg(reason), now, reason);
    }
    QStringList fields;
    const QJsonArray onlyArray = only.toArray();
    for (const auto &id : onlyArray)
        fields.append(id.toString());
    const PhoneForms::Checked checked = m_phoneForms.validate(
        serviceId, values.toObject(), language.isUndefined() ? QStringLiteral("zh_CN") : language.toString(), fields);
    return CoreHttp::json(Status::Ok, {{QStringLiteral("valid"), checked.valid}, {QStringLiteral("fields"), checked.fields}},
                          now);
}

} // namespace branch
