#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"
#include "CoreServerLogging.h"
#include "CoreStore.h"
#include "Credentials.h"
#include "ReferenceData.h"
#include "StrictJson.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace branch {

using Status = CoreHttp::Status;

namespace {
constexpr qsizetype MaxEnrolBody = 16 * 1024;

const char *methodName(const QHttpServerRequest &request)
{
    const char *name =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(request.method()));
    return name ? name : "Unknown";
}
} // namespace

CoreServer::CoreServer(CoreStore &store, const Clock &clock, CoreRules rules, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_rules(std::move(rules))
{
    addRoutes();
}

CoreServer::~CoreServer() = default;

bool CoreServer::setupTls(const QString &certPath, const QString &keyPath, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("No PEM certificate could be read from %1.").arg(certPath);
        return false;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the private key %1: %2").arg(keyPath, keyFile.errorString());
        return false;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = tr("The private key %1 is not an unencrypted PEM EC or RSA key.").arg(keyPath);
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // devices prove themselves with bearer secrets
    m_http.sslSetup(config);
    m_tls = true;
    return true;
}

quint16 CoreServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_tls) {
        *error = tr("TLS is not set up; core serves HTTPS only.");
        return 0;
    }
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0)
        *error = tr("Cannot listen on %1:%2.").arg(address.toString()).arg(port);
    return bound;
}

void CoreServer::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_http.route(QStringLiteral("/v1/devices/enroll"), Method::Post,
                 [this](const QHttpServerRequest &r) { return enrol(r); });
    m_http.route(QStringLiteral("/v1/transactions/batch"), Method::Post,
                 [this](const QHttpServerRequest &r) { return batch(r); });
    m_http.route(QStringLiteral("/v1/transactions/<arg>"), Method::Get,
                 [this](const QString &key, const QHttpServerRequest &r) { return transaction(key, r); });
    m_http.route(QStringLiteral("/v1/reference/<arg>"), Method::Get,
                 [this](const QString &name, const QHttpServerRequest &r) { return reference(name, r); });
    m_http.route(QStringLiteral("/v1/time"), Method::Get, [this](const QHttpServerRequest &r) { return time(r); });

    m_http.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        // Route and status only: bodies may carry customer data.
        qCInfo(lcCoreServer).noquote() << methodName(request) << request.url().path()
                                       << int(response.statusCode());
        return std::move(response);
    });
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QDateTime now = m_clock.now();
        qCInfo(lcCoreServer).noquote() << methodName(request) << request.url().path() << 404;
        const QJsonObject body{{QStringLiteral("error"), QStringLiteral("not_found")},
                               {QStringLiteral("message"), tr("No such endpoint.")},
                               {QStringLiteral("serverTime"), isoUtcMs(now)}};
        responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                         {QByteArrayLiteral("Date"), CoreHttp::httpDate(now)}},
                        Status::NotFound);
    });
}

QHttpServerResponse CoreServer::unavailable()
{
    return CoreHttp::error(Status::ServiceUnavailable, QStringLiteral("unavailable"),
                           tr("The core store is unavailable; try again later."), m_clock.now());
}

CoreServer::Caller CoreServer::authenticate(const QHttpServerRequest &request)
{
    Caller caller;
    const QDateTime now = m_clock.now();
    auto refuse = [&](const char *error, const QString &message) {
        caller.refusal.emplace(
            CoreHttp::error(Status::Unauthorized, QString::fromLatin1(error), message, now));
        return std::move(caller);
    };
    const Credentials::Bearer bearer = Credentials::parseBearer(CoreHttp::header(request, "Authorization"));
    if (!bearer.valid)
        return refuse("bad_credential", tr("A device credential is required."));
    CoreStoreStatus status;
    const std::optional<DeviceRecord> device = m_store.device(bearer.deviceId, &status);
    if (!status.ok()) {
        caller.refusal.emplace(unavailable());
        return caller;
    }
    if (!device || device->secretSha256.isEmpty())
        return refuse("unknown_device", tr("This device is not enrolled with core."));
    if (!Credentials::constantTimeEquals(Credentials::sha256Hex(bearer.secret), device->secretSha256)) {
        qCWarning(lcCoreServer) << "bad credential for device" << bearer.deviceId;
        return refuse("bad_credential", tr("The device credential is wrong."));
    }
    if (device->revoked)
        return refuse("revoked_device", tr("This device has been revoked."));
    caller.deviceId = bearer.deviceId;
    return caller;
}

QHttpServerResponse CoreServer::enrol(const QHttpServerRequest &request)
{
    const QDateTime now = m_clock.now();
    if (request.body().size() > MaxEnrolBody) {
        return CoreHttp::error(Status::PayloadTooLarge, QStringLiteral("payload_too_large"),
                               tr("The request body is too large."), now, QStringLiteral("body_too_large"));
    }
    const StrictJsonResult json = parseStrictJson(request.body());
    const QJsonObject o = json.document.object();
    QString reason = json.reason;
    if (reason.isEmpty() && !json.document.isObject())
        reason = QStringLiteral("not_an_object");
    const QString deviceId = o.value(QStringLiteral("deviceId")).toString();
    const QString code = o.value(QStringLiteral("enrolmentCode")).toString();
    if (reason.isEmpty() && !Credentials::isDeviceId(deviceId))
        reason = QStringLiteral("device_id_invalid");
    if (reason.isEmpty() && code.isEmpty())
        reason = QStringLiteral("enrolment_code_missing");
    if (!reason.isEmpty()) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("The enrolment request is malformed."), now, reason);
    }
    const QString secret = Credentials::newSecret();
    const CoreStoreStatus status =
        m_store.enrolDevice(deviceId, Credentials::sha256Hex(Credentials::normalizeEnrolmentCode(code)),
                            Credentials::sha256Hex(secret), now);
    if (status.reason == u"bad_enrolment_code") {
        qCWarning(lcCoreServer) << "enrolment refused for device" << deviceId;
        return CoreHttp::error(Status::Forbidden, QStringLiteral("bad_enrolment_code"),
                               tr("The enrolment code is wrong, expired or already used."), now);
    }
    if (!status.ok())
        return unavailable();
    qCInfo(lcCoreServer) << "device enrolled:" << deviceId;
    return CoreHttp::json(Status::Created,
                          {{QStringLiteral("deviceId"), deviceId}, {QStringLiteral("secret"), secret}}, now);
}

QHttpServerResponse CoreServer::batch(const QHttpServerRequest &request)
{
    Caller caller = authenticate(request);
    if (caller.refusal)
        return std::move(*caller.refusal);
    const QDateTime now = m_clock.now();
    const BatchParse parsed = parseBatch(request.body(), m_limits);
    if (parsed.httpStatus == 413) {
        return CoreHttp::error(Status::PayloadTooLarge, QStringLiteral("payload_too_large"),
                               tr("The batch is too large: at most %1 transactions and %2 bytes.")
                                   .arg(m_limits.maxTransactions)
                                   .arg(m_limits.maxBodyBytes),
                               now, parsed.reason);
    }
    if (!parsed.ok()) {
        qCInfo(lcCoreServer) << "bad batch from" << caller.deviceId << parsed.reason;
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("The batch request is malformed (%1).").arg(parsed.reason), now, parsed.reason);
    }
    QList<CoreResult> results;
    const CoreStoreStatus status = m_store.applyBatch(
        caller.deviceId, parsed.transactions, now,
        [this, &caller, &now](const CoreTransaction &tx) { return m_rules.decide(caller.deviceId, tx, now); },
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
    qCInfo(lcCoreServer) << "batch from" << caller.deviceId << "size" << results.size() << "applied" << applied
                         << "replayed" << replayed;
    return CoreHttp::json(Status::Ok, {{QStringLiteral("results"), array}}, now);
}

QHttpServerResponse CoreServer::transaction(const QString &key, const QHttpServerRequest &request)
{
    Caller caller = authenticate(request);
    if (caller.refusal)
        return std::move(*caller.refusal);
    const QDateTime now = m_clock.now();
    if (!isTransactionKey(key)) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("A transaction key is 32 lower-case hex digits."), now,
                               QStringLiteral("key_invalid"));
    }
    CoreStoreStatus status;
    std::optional<CoreResult> result = m_store.transactionResult(caller.deviceId, key, &status);
    if (!status.ok())
        return unavailable();
    if (!result)
        return CoreHttp::json(Status::NotFound, {{QStringLiteral("outcome"), QStringLiteral("unknown")}}, now);
    // Whatever the kiosk asks about was decided earlier: it is a replay.
    result->replayed = true;
    return CoreHttp::json(Status::Ok, result->toJson(), now);
}

QHttpServerResponse CoreServer::reference(const QString &name, const QHttpServerRequest &request)
{
    Caller caller = authenticate(request);
    if (caller.refusal)
        return std::move(*caller.refusal);
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
    const QList<QByteArray> candidates = CoreHttp::header(request, "If-None-Match").split(',');
    for (QByteArray candidate : candidates) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag || candidate == "*") {
            // 304 has no body, so it carries the time in Date only.
            QHttpServerResponse notModified(Status::NotModified);
            notModified.setHeader(QByteArrayLiteral("ETag"), etag);
            notModified.setHeader(QByteArrayLiteral("Date"), CoreHttp::httpDate(now));
            return notModified;
        }
    }
    QHttpServerResponse response = CoreHttp::json(
        Status::Ok,
        {{QStringLiteral("name"), name}, {QStringLiteral("version"), entry->version}, {QStringLiteral("data"), entry->data}},
        now);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return response;
}

QHttpServerResponse CoreServer::time(const QHttpServerRequest &request)
{
    Caller caller = authenticate(request);
    if (caller.refusal)
        return std::move(*caller.refusal);
    return CoreHttp::json(Status::Ok, {}, m_clock.now());
}

} // namespace branch
