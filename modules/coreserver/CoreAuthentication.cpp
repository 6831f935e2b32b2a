// How CoreServer knows a device: its credential (Authorization: Bearer) and
// its client certificate from core's device CA, both on every request but
// enrolment (mutual TLS; docs/core-hardening.md).
#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"
#include "CoreStore.h"
#include "Credentials.h"
#include "DeviceCa.h"

#include <QFile>
#include <QSslCertificate>

namespace branch {

using Status = CoreHttp::Status;

namespace {

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.readAll();
}

} // namespace

bool CoreServer::setupDeviceCa(const QString &certPath, const QString &keyPath, QString *error)
{
    if (!m_tls) {
        *error = tr("Set up TLS before the device CA.");
        return false;
    }
    QString readError;
    const QByteArray certificate = readFile(certPath, &readError);
    QByteArray key = readFile(keyPath, &readError);
    if (certificate.isEmpty() || key.isEmpty()) {
        *error = tr("Cannot read the device CA %1 and its key %2: %3").arg(certPath, keyPath, readError);
        return false;
    }
    Result<std::unique_ptr<DeviceCa>> loaded = DeviceCa::load(certificate, key);
    key.fill('\0');
    if (!loaded.ok()) {
        *error = tr("The device CA %1 with the key %2 cannot be used (%3).").arg(certPath, keyPath, loaded.reason());
        return false;
    }
    m_deviceCa = std::move(loaded.value());
    // Named in the TLS handshake's certificate request, so a client knows
    // which of its certificates core wants.
    m_tlsConfig.setCaCertificates(QSslCertificate::fromData(certificate, QSsl::Pem));
    return true;
}

bool CoreServer::addTrustedProxy(const QString &certPath, QString *error)
{
    QString readError;
    const QByteArray pem = readFile(certPath, &readError);
    if (pem.isEmpty()) {
        *error = tr("Cannot read the trusted proxy certificate %1: %2").arg(certPath, readError);
        return false;
    }
    return m_clients.addTrustedProxy(pem, error);
}

// Every way a credential or certificate can be wrong gets this one answer:
// unknown device, wrong secret, no certificate, a certificate that is
// expired, from another CA, of another device, revoked or superseded. So the
// API does not tell which device ids exist; core's log says which it was,
// at most 20 lines a minute.
HttpResponse CoreServer::badCredential(const QString &logLine)
{
    logRefusal(QStringLiteral("credential"), logLine);
    return CoreHttp::error(Status::Unauthorized, QStringLiteral("bad_credential"),
                           tr("A valid device credential and device certificate are required."), m_clock.now());
}

std::optional<HttpResponse> CoreServer::authenticate(HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    const Credentials::Bearer bearer = Credentials::parseBearer(request.header("Authorization"));
    if (!bearer.valid)
        return badCredential(QStringLiteral("request without a valid credential"));
    // The certificate first: it costs no database work, so a stolen
    // credential alone never reaches the store.
    const Result<DeviceCertificate> certificate = m_deviceCa->verify(m_clients.presented(request), now);
    if (!certificate.ok()) {
        const QString detail = certificate.error().detail;
        return badCredential(QStringLiteral("credential of device %1 with %2%3")
                                 .arg(bearer.deviceId, certificate.reason(),
                                      detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
    }
    if (certificate.value().deviceId != bearer.deviceId) {
        return badCredential(QStringLiteral("certificate of device %1 with the credential of device %2")
                                 .arg(certificate.value().deviceId, bearer.deviceId));
    }
    CoreStoreStatus status;
    const std::optional<DeviceRecord> device = m_store.device(bearer.deviceId, &status);
    if (!status.ok())
        return unavailable();
    const bool known = device && !device->secretSha256.isEmpty();
    const QByteArray presented = Credentials::sha256Hex(bearer.secret); // hashed either way: same work, same time
    if (!known || !Credentials::constantTimeEquals(presented, device->secretSha256)) {
        return badCredential(known ? QStringLiteral("wrong secret for device %1").arg(bearer.deviceId)
                                   : QStringLiteral("credential for unknown device %1").arg(bearer.deviceId));
    }
    const std::optional<DeviceCertificateRecord> issued = m_store.deviceCertificate(certificate.value().serial, &status);
    if (!status.ok())
        return unavailable();
    if (!issued || issued->deviceId != bearer.deviceId) {
        return badCredential(QStringLiteral("certificate %1 of device %2 is not one core issued")
                                 .arg(certificate.value().serial, bearer.deviceId));
    }
    // Only a caller holding both the device's secret and its key learns that
    // the device was revoked: staff then know to enrol it again.
    if (device->revoked) {
        logRefusal(QStringLiteral("credential"), QStringLiteral("revoked device %1").arg(bearer.deviceId));
        return CoreHttp::error(Status::Unauthorized, QStringLiteral("revoked_device"),
                               tr("This device has been revoked."), now);
    }
    if (issued->revoked) {
        return badCredential(QStringLiteral("revoked certificate %1 of device %2")
                                 .arg(certificate.value().serial, bearer.deviceId));
    }
    request.deviceId = bearer.deviceId;
    return std::nullopt;
}

} // namespace branch
