// CoreServer's route handlers; the request has passed admit() (route,
// method, credential and certificate, media type) and its body is complete.
#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"
#include "CoreServerLogging.h"
#include "CoreStore.h"
#include "Credentials.h"
#include "DeviceCa.h"
#include "DeviceCsr.h"
#include "ReferenceData.h"
#include "StrictJson.h"

#include <QJsonArray>

namespace branch {

using Status = CoreHttp::Status;

HttpResponse CoreServer::enrol(const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    const StrictJsonResult json = parseStrictJson(request.body);
    const QJsonObject o = json.document.object();
    QString reason = json.reason;
    if (reason.isEmpty() && !json.document.isObject())
        reason = QStringLiteral("not_an_object");
    const QString deviceId = o.value(QStringLiteral("deviceId")).toString();
    const QString code = o.value(QStringLiteral("enrolmentCode")).toString();
    const QByteArray csr = o.value(QStringLiteral("csr")).toString().toLatin1();
    if (reason.isEmpty() && !Credentials::isDeviceId(deviceId))
        reason = QStringLiteral("device_id_invalid");
    if (reason.isEmpty() && code.isEmpty())
        reason = QStringLiteral("enrolment_code_missing");
    if (!reason.isEmpty()) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("The enrolment request is malformed."), now, reason);
    }
    // Checked before the code is spent: a bad request costs the kiosk nothing.
    if (const Result<void> checked = DeviceCsr::check(csr, deviceId); !checked.ok()) {
        logRefusal(QStringLiteral("enrol"),
                   QStringLiteral("certificate request refused for device %1: %2").arg(deviceId, checked.reason()));
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("The certificate request is not acceptable (%1).").arg(checked.reason()), now,
                               checked.reason());
    }
    if (std::optional<HttpResponse> limited = enrolmentLimit(QStringLiteral("device:") + deviceId))
        return std::move(*limited);
    const Result<IssuedCertificate> issued = m_deviceCa->issue(csr, deviceId, now, m_certificateDays);
    if (!issued.ok()) {
        qCWarning(lcCoreServer) << "certificate not issued for" << deviceId << issued.reason() << issued.error().detail;
        return unavailable();
    }
    const QString secret = Credentials::newSecret();
    const CoreStoreStatus status = m_store.enrolDevice(
        deviceId, Credentials::sha256Hex(Credentials::normalizeEnrolmentCode(code)), Credentials::sha256Hex(secret),
        DeviceCertificateRecord{issued.value().serial, deviceId, issued.value().notAfter, false}, now);
    if (status.reason == u"bad_enrolment_code") {
        logRefusal(QStringLiteral("enrol"), QStringLiteral("enrolment refused for device %1").arg(deviceId));
        return CoreHttp::error(Status::Forbidden, QStringLiteral("bad_enrolment_code"),
                               tr("The enrolment code is wrong, expired or already used."), now);
    }
    if (!status.ok())
        return unavailable();
    qCInfo(lcCoreServer) << "device enrolled:" << deviceId << "certificate" << issued.value().serial;
    return CoreHttp::json(Status::Created,
                          {{QStringLiteral("deviceId"), deviceId},
                           {QStringLiteral("secret"), secret},
                           {QStringLiteral("certificate"), QString::fromLatin1(issued.value().pem)}},
                          now);
}

HttpResponse CoreServer::batch(const HttpRequest &request)
{
    const QString &deviceId = request.deviceId;
    const QDateTime now = m_clock.now();
    const BatchParse parsed = parseBatch(request.body, m_limits);
    if (parsed.httpStatus == 413) {
        return CoreHttp::error(Status::PayloadTooLarge, QStringLiteral("payload_too_large"),
                               tr("The batch is too large: at most %1 transactions and %2 bytes.")
                                   .arg(m_limits.maxTransactions)
                                   .arg(m_limits.maxBodyBytes),
                               now, parsed.reason);
    }
    if (!parsed.ok()) {
        qCInfo(lcCoreServer) << "bad batch from" << deviceId << parsed.reason;
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("The batch request is malformed (%1).").arg(parsed.reason), now, parsed.reason);
    }
    QList<CoreResult> results;
    const CoreStoreStatus status = m_store.applyBatch(
        deviceId, parsed.transactions, now,
        [this, &deviceId, &now](const CoreTransaction &tx) {
            CoreResult result = m_rules.decide(deviceId, tx, now);
            if (!result.isApplied())
                return result;
            const QString refused = m_authorizations.transactionRefusal(deviceId, tx);
            return refused.isEmpty() ? result : CoreRules::rejected(tx.key, refused);
        },
        &results);
    if (!status.ok())
        return unavailable();
    QJsonArray array;
    int applied = 0;
    int replayed = 0;
    for (const CoreResult &r : results) {
        array.append(r.toJson());
        applied += r.isApplied() ? 1 : 0;
        replayed += r.replayed ? 1 : 0;
    }
    qCInfo(lcCoreServer) << "batch from" << deviceId << "size" << results.size() << "applied" << applied
                         << "replayed" << replayed;
    return CoreHttp::json(Status::Ok, {{QStringLiteral("results"), array}}, now);
}

HttpResponse CoreServer::transaction(const QString &key, const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    if (!isTransactionKey(key)) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("A transaction key is 32 lower-case hex digits."), now,
                               QStringLiteral("key_invalid"));
    }
    CoreStoreStatus status;
    std::optional<CoreResult> result = m_store.transactionResult(request.deviceId, key, &status);
    if (!status.ok())
        return unavailable();
    if (!result)
        return CoreHttp::json(Status::NotFound, {{QStringLiteral("outcome"), QStringLiteral("unknown")}}, now);
    // Whatever the kiosk asks about was decided earlier: it is a replay.
    result->replayed = true;
    return CoreHttp::json(Status::Ok, result->toJson(), now);
}

HttpResponse CoreServer::reference(const QString &name, const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    if (!ReferenceData::names().contains(name)) {
        return CoreHttp::error(Status::NotFound, QStringLiteral("unknown_reference"),
                               tr("No such reference data."), now);
    }
    CoreStoreStatus status;
    const std::optional<ReferenceEntry> entry = m_store.reference(name, &status);
    if (!status.ok())
        return unavailable();
    if (!entry) {
        return CoreHttp::error(Status::NotFound, QStringLiteral("unknown_reference"),
                               tr("No such reference data."), now);
    }
    const QByteArray etag = QByteArrayLiteral("\"v") + QByteArray::number(entry->version) + '"';
    const QList<QByteArray> candidates = request.header("If-None-Match").split(',');
    for (QByteArray candidate : candidates) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag || candidate == "*") {
            // 304 has no body, so it carries the time in Date only.
            HttpResponse notModified;
            notModified.status = Status::NotModified;
            notModified.setHeader(QByteArrayLiteral("ETag"), etag);
            notModified.setHeader(QByteArrayLiteral("Date"), CoreHttp::httpDate(now));
            return notModified;
        }
    }
    HttpResponse response = CoreHttp::json(
        Status::Ok,
        {{QStringLiteral("name"), name}, {QStringLiteral("version"), entry->version}, {QStringLiteral("data"), entry->data}},
        now);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return response;
}

HttpResponse CoreServer::time(const HttpRequest &)
{
    return CoreHttp::json(Status::Ok, {}, m_clock.now());
}

} // namespace branch
