#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"
#include "CoreServerLogging.h"
#include "CoreStore.h"
#include "DeviceCa.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>

#include <cctype>

namespace branch {

using Status = CoreHttp::Status;

namespace {

enum class RouteKind {
    None, Enrol, Batch, Transaction, Reference, Time, AnchorLatest, AnchorSubmit, Payment, PaymentLookup,
    PrefillCreate, PrefillPhoto, PrefillClaim, PrefillKeys, StaffSignIn, Authorize, FaceCheck,
    // The phone page and what it asks about forms (CorePhoneRoutes.cpp).
    PhoneRedirect, PhoneFile, PhoneServices, PhoneSchema, PhoneValidate
};

// The phone page's routes: no device certificate, limited per address.
bool isPhoneRoute(RouteKind kind)
{
    return kind == RouteKind::PrefillCreate || kind == RouteKind::PrefillPhoto;
}

// The phone page's reading routes: no device certificate either, and a
// larger budget per address (a page load, a check as each field is left).
bool isPhonePageRoute(RouteKind kind)
{
    return kind >= RouteKind::PhoneRedirect;
}

bool isImageMediaType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "image/jpeg" || type == "image/png";
}

struct Route
{
    RouteKind kind = RouteKind::None;
    QByteArray method;
    QString arg;
};

// "/v1/phone/services/{id}<suffix>", with a catalog-like id (letters,
// digits, '.', '_').
bool phoneService(const QByteArray &path, const QByteArray &suffix, QString *id)
{
    static const QByteArray prefix = QByteArrayLiteral("/v1/phone/services/");
    if (!path.startsWith(prefix) || !path.endsWith(suffix))
        return false;
    const QByteArray middle = path.mid(prefix.size(), path.size() - prefix.size() - suffix.size());
    if (middle.isEmpty() || middle.size() > 64)
        return false;
    for (const char c : middle) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_'))
            return false;
    }
    *id = QString::fromLatin1(middle);
    return true;
}

Route routeOf(const QByteArray &path)
{
    auto tail = [&path](const QByteArray &prefix, QString *arg) {
        if (!path.startsWith(prefix) || path.size() == prefix.size() || path.indexOf('/', prefix.size()) >= 0)
            return false;
        *arg = QString::fromLatin1(path.mid(prefix.size()));
        return true;
    };
    Route route;
    if (path == "/v1/devices/enroll")
        route = {RouteKind::Enrol, "POST", {}};
    else if (path == "/v1/transactions/batch")
        route = {RouteKind::Batch, "POST", {}};
    else if (path == "/v1/time")
        route = {RouteKind::Time, "GET", {}};
    else if (path == "/v1/audit/anchors")
        route = {RouteKind::AnchorSubmit, "POST", {}};
    else if (path == "/v1/audit/anchors/latest")
        route = {RouteKind::AnchorLatest, "GET", {}};
    else if (path == "/v1/payments")
        route = {RouteKind::Payment, "POST", {}};
    else if (tail("/v1/payments/", &route.arg))
        route = {RouteKind::PaymentLookup, "GET", route.arg};
    else if (path == "/h5")
        route = {RouteKind::PhoneRedirect, "GET", {}};
    else if (path.startsWith("/h5/") && !path.contains("..") && !path.contains("//"))
        route = {RouteKind::PhoneFile, "GET", QString::fromLatin1(path.mid(4))};
    else if (path == "/v1/phone/services")
        route = {RouteKind::PhoneServices, "GET", {}};
    else if (phoneService(path, "/schema", &route.arg))
        route = {RouteKind::PhoneSchema, "GET", route.arg};
    else if (phoneService(path, "/validate", &route.arg))
        route = {RouteKind::PhoneValidate, "POST", route.arg};
    else if (path == "/v1/prefills")
        route = {RouteKind::PrefillCreate, "POST", {}};
    else if (path == "/v1/prefills/claim")
        route = {RouteKind::PrefillClaim, "POST", {}};
    else if (path == "/v1/prefills/keys")
        route = {RouteKind::PrefillKeys, "GET", {}};
    else if (path == "/v1/staff/sign-in")
        route = {RouteKind::StaffSignIn, "POST", {}};
    else if (path == "/v1/authorizations")
        route = {RouteKind::Authorize, "POST", {}};
    else if (path == "/v1/identity/face-check")
        route = {RouteKind::FaceCheck, "POST", {}};
    else if (path.startsWith("/v1/prefills/") && path.endsWith("/photos")) {
        const QByteArray reference = path.mid(13, path.size() - 13 - 7);
        if (!reference.isEmpty() && !reference.contains('/'))
            route = {RouteKind::PrefillPhoto, "POST", QString::fromLatin1(reference)};
    } else if (tail("/v1/transactions/", &route.arg))
        route = {RouteKind::Transaction, "GET", route.arg};
    else if (tail("/v1/reference/", &route.arg))
        route = {RouteKind::Reference, "GET", route.arg};
    return route;
}

// TLS 1.3, and TLS 1.2 only with forward secrecy and an AEAD cipher.
QList<QSslCipher> strongCiphers()
{
    QList<QSslCipher> ciphers;
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    for (const QSslCipher &cipher : supported) {
        const QString name = cipher.name();
        const bool aead = name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20"));
        if (name.startsWith(QLatin1String("TLS_")) || (name.startsWith(QLatin1String("ECDHE-")) && aead))
            ciphers.append(cipher);
    }
    return ciphers;
}

} // namespace

CoreServer::CoreServer(CoreStore &store, const Clock &clock, CoreRules rules, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_rules(std::move(rules)), m_anchors(store), m_payments(store), m_staff(store),
      m_certificateDays(DeviceCa::DefaultValidityDays), m_enrolmentTries(EnrolmentTriesPerMinute, 60 * 1000),
      m_phoneTries(PhoneRequestsPerMinute, 60 * 1000),
      m_phonePageRequests(PhonePageRequestsPerMinute, 60 * 1000), m_log(20), m_phoneForms(PhoneForms::embedded()),
      m_authorizations(m_staff, m_anchors, m_phoneForms.catalog())
{
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
    config.setCiphers(strongCiphers());
    // Ask every client for its certificate, but do not require one in the
    // handshake: enrolment comes without. admit() requires it on every other
    // route, before the body is read, and DeviceCa checks it there.
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_tlsConfig = config;
    m_tls = true;
    return true;
}

quint16 CoreServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_tls) {
        *error = tr("TLS is not set up; core serves HTTPS only.");
        return 0;
    }
    if (!m_deviceCa) {
        *error = tr("No device CA is set up; core needs one to issue and check device certificates.");
        return 0;
    }
    m_http = std::make_unique<HttpFrontEnd>(static_cast<HttpService &>(*this), m_tlsConfig, m_frontEndLimits);
    if (!m_http->listen(address, port)) {
        *error = tr("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_http->errorString());
        m_http.reset();
        return 0;
    }
    return m_http->serverPort();
}

void CoreServer::logRefusal(const QString &kind, const QString &line)
{
    qint64 suppressed = 0;
    if (!m_log.allow(kind, &suppressed))
        return;
    if (suppressed)
        qCWarning(lcCoreServer).noquote() << line << QStringLiteral("(%1 alike not logged)").arg(suppressed);
    else
        qCWarning(lcCoreServer).noquote() << line;
}

HttpResponse CoreServer::logged(const HttpRequest &request, HttpResponse response)
{
    // Route and status only: bodies may carry customer data.
    qCInfo(lcCoreServer).noquote() << request.method << request.path << response.status;
    return response;
}

// Refusals come from anyone, as often as they like: at most 20 lines a
// minute per status, and never more than 128 characters of the path.
HttpResponse CoreServer::refused(const HttpRequest &request, HttpResponse response)
{
    qint64 suppressed = 0;
    if (m_log.allow(QStringLiteral("refused-%1").arg(response.status), &suppressed)) {
        qCInfo(lcCoreServer).noquote() << request.method << request.path.left(128) << response.status
                                       << (suppressed ? QStringLiteral("(%1 alike not logged)").arg(suppressed) : QString());
    }
    return response;
}

HttpService::Admission CoreServer::admit(HttpRequest &head, const QHostAddress &peer)
{
    Admission admission;
    const QDateTime now = m_clock.now();
    const Route route = routeOf(head.path);
    if (route.kind == RouteKind::None) {
        admission.refusal = refused(head, CoreHttp::error(Status::NotFound, QStringLiteral("not_found"),
                                                          tr("No such endpoint."), now));
        return admission;
    }
    if (head.method != route.method) {
        HttpResponse refusal = CoreHttp::error(Status::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                                               tr("This endpoint takes %1 only.").arg(QString::fromLatin1(route.method)),
                                               now);
        refusal.setHeader(QByteArrayLiteral("Allow"), route.method);
        admission.refusal = refused(head, std::move(refusal));
        return admission;
    }
    admission.maxBody = route.kind == RouteKind::Batch ? m_limits.maxBodyBytes
                      : route.kind == RouteKind::AnchorSubmit ? MaxAnchorBody
                      : route.kind == RouteKind::PrefillPhoto ? PrefillDesk::MaxPhotoBytes
                      : route.kind == RouteKind::FaceCheck    ? MaxFaceBody
                                                               : MaxSmallBody;
    if (route.kind == RouteKind::Enrol) {
        // Counted before the body is read, so guessing costs the guesser.
        admission.refusal = enrolmentLimit(QStringLiteral("address:") + peer.toString());
    } else if (isPhoneRoute(route.kind)) {
        admission.refusal = phoneLimit(peer);
    } else if (isPhonePageRoute(route.kind)) {
        admission.refusal = phonePageLimit(peer);
    } else {
        admission.refusal = authenticate(head);
    }
    if (!admission.refusal && route.kind == RouteKind::PrefillPhoto) {
        if (!isImageMediaType(head.header("Content-Type"))) {
            admission.refusal = CoreHttp::error(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                                                tr("A photo is sent as image/jpeg or image/png."), now,
                                                QStringLiteral("content_type_invalid"));
        }
    } else if (!admission.refusal && head.method == "POST" && !CoreHttp::isJsonMediaType(head.header("Content-Type"))) {
        admission.refusal = CoreHttp::error(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                                            tr("The request body must be application/json."), now,
                                            QStringLiteral("content_type_invalid"));
    }
    if (admission.refusal)
        admission.refusal = refused(head, std::move(*admission.refusal));
    return admission;
}

HttpResponse CoreServer::respond(const HttpRequest &request, const QHostAddress &)
{
    const Route route = routeOf(request.path);
    switch (route.kind) {
    case RouteKind::Enrol: return logged(request, enrol(request));
    case RouteKind::Batch: return logged(request, batch(request));
    case RouteKind::Transaction: return logged(request, transaction(route.arg, request));
    case RouteKind::Reference: return logged(request, reference(route.arg, request));
    case RouteKind::Time: return logged(request, time(request));
    case RouteKind::AnchorLatest: return logged(request, anchorLatest(request));
    case RouteKind::AnchorSubmit: return logged(request, anchorSubmit(request));
    case RouteKind::Payment: return logged(request, paymentAuthorise(request));
    case RouteKind::PaymentLookup: return logged(request, paymentLookup(route.arg, request));
    case RouteKind::PrefillCreate: return logged(request, prefillCreate(request));
    case RouteKind::PrefillPhoto: {
        // The reference lets its holder add photos: it stays out of the log.
        HttpRequest shown = request;
        shown.path = QByteArrayLiteral("/v1/prefills/{reference}/photos");
        return logged(shown, prefillPhoto(route.arg, request));
    }
    case RouteKind::PrefillClaim: return logged(request, prefillClaim(request));
    case RouteKind::PrefillKeys: return logged(request, prefillKeys(request));
    case RouteKind::StaffSignIn: return logged(request, staffSignIn(request));
    case RouteKind::Authorize: return logged(request, authorize(request));
    case RouteKind::FaceCheck: return logged(request, faceCheck(request));
    case RouteKind::PhoneRedirect: return phoneRedirect();
    case RouteKind::PhoneFile: return phoneFile(route.arg, request);
    case RouteKind::PhoneServices: return logged(request, phoneServices());
    case RouteKind::PhoneSchema: return logged(request, phoneSchema(route.arg));
    case RouteKind::PhoneValidate: return logged(request, phoneValidate(route.arg, request));
    case RouteKind::None: break;
    }
    return protocolError(404, "not_found"); // admit() refuses these first
}

HttpResponse CoreServer::protocolError(int status, const QByteArray &reason)
{
    const QDateTime now = m_clock.now();
    switch (status) {
    case 408:
        return CoreHttp::error(status, QStringLiteral("request_timeout"), tr("The request did not arrive in time."),
                               now, QString::fromLatin1(reason));
    case 411:
        return CoreHttp::error(status, QStringLiteral("length_required"),
                               tr("The request needs a Content-Length."), now, QString::fromLatin1(reason));
    case 413:
        return CoreHttp::error(status, QStringLiteral("payload_too_large"),
                               tr("The request body is too large."), now, QString::fromLatin1(reason));
    case 431:
        return CoreHttp::error(status, QStringLiteral("headers_too_large"),
                               tr("The request headers are too large or too many."), now,
                               QString::fromLatin1(reason));
    case 404:
        return CoreHttp::error(status, QStringLiteral("not_found"), tr("No such endpoint."), now);
    default:
        return CoreHttp::error(status, QStringLiteral("bad_request"), tr("The request is not valid HTTP/1.1."), now,
                               QString::fromLatin1(reason));
    }
}

HttpResponse CoreServer::unavailable()
{
    return CoreHttp::error(Status::ServiceUnavailable, QStringLiteral("unavailable"),
                           tr("The core store is unavailable; try again later."), m_clock.now());
}

std::optional<HttpResponse> CoreServer::enrolmentLimit(const QString &key)
{
    const QDateTime now = m_clock.now();
    const qint64 waitMs = m_enrolmentTries.tryAcquire(key, now.toMSecsSinceEpoch());
    if (waitMs == 0)
        return std::nullopt;
    logRefusal(QStringLiteral("enrol-limit"), QStringLiteral("enrolment tries over the limit (%1)").arg(key));
    HttpResponse refusal = CoreHttp::error(Status::TooManyRequests, QStringLiteral("too_many_requests"),
                                           tr("Too many enrolment tries; wait a minute and try again."), now,
                                           QStringLiteral("enrolment_rate_limited"));
    refusal.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(qMax<qint64>(1, (waitMs + 999) / 1000)));
    return refusal;
}

} // namespace branch
