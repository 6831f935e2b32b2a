#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace branch {

struct IssuedCertificate
{
    QByteArray pem;
    QString serial; // lower-case hex
    QDateTime notBefore;
    QDateTime notAfter;
};

// A certificate that chains to the device CA, is valid at the time asked
// about, and names one device.
struct DeviceCertificate
{
    QString deviceId;
    QString serial; // lower-case hex
    QDateTime notAfter;
};

// Core's device CA: it signs the certificates devices present with every
// request, and checks them. It holds the CA's private key for as long as it
// lives; it never writes it anywhere.
class DeviceCa
{
public:
    static constexpr int DefaultValidityDays = 365;
    static constexpr int MaxValidityDays = 825;

    ~DeviceCa();
    DeviceCa(const DeviceCa &) = delete;
    DeviceCa &operator=(const DeviceCa &) = delete;

    // One PEM CA certificate and its unencrypted private key. Reasons:
    // device_ca_unreadable (not one PEM certificate or key), device_ca_invalid
    // (not a CA), device_ca_key_mismatch.
    static Result<std::unique_ptr<DeviceCa>> load(const QByteArray &certificatePem, const QByteArray &keyPem);

    QByteArray certificatePem() const;

    // Checks the request (DeviceCsr, same reasons) and signs a client
    // certificate for CN=<deviceId> with the request's key: a random 128-bit
    // serial, valid from five minutes before `now` (clocks differ) for
    // `validityDays`, CA:FALSE, digitalSignature, clientAuth. Nothing the
    // request asks for besides its key is copied.
    Result<IssuedCertificate> issue(const QByteArray &csrPem, const QString &deviceId, const QDateTime &now,
                                    int validityDays = DefaultValidityDays) const;

    // A certificate as a device presented it (DER): issued by this CA (no
    // intermediates), valid at `now`, for TLS clients, its subject exactly
    // CN=<device id>. Reasons: certificate_missing, certificate_malformed,
    // certificate_untrusted, certificate_expired, certificate_not_yet_valid,
    // certificate_subject_invalid.
    Result<DeviceCertificate> verify(const QByteArray &der, const QDateTime &now) const;

private:
    struct Handles;
    explicit DeviceCa(std::unique_ptr<Handles> handles);
    std::unique_ptr<Handles> m;
};

} // namespace branch
