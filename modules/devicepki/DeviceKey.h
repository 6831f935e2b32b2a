#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace branch {

// What a kiosk makes at enrolment: its private key (PKCS#8 PEM, never
// encrypted, so it belongs in the SecretStore and nowhere else; scrub it
// once stored) and the request core signs (PEM).
struct DeviceKeyRequest
{
    QByteArray privateKeyPem;
    QByteArray csrPem;
};

// The kiosk's side of the device certificate: a fresh EC P-256 key pair (Qt
// 6.4's OpenSSL backend presents EC keys as client certificates; Ed25519 it
// cannot load) and a certificate request for CN=<device id>, signed with
// ECDSA and SHA-256, as DeviceCsr wants it.
class DeviceKey
{
public:
    // Fails with key_generation_failed only if OpenSSL does.
    static Result<DeviceKeyRequest> generate(const QString &deviceId);

    // What core sent back belongs to this key and this device: one PEM
    // certificate whose public key is the private key's and whose subject is
    // CN=<deviceId>. Reasons: certificate_malformed, device_key_invalid,
    // certificate_key_mismatch, certificate_subject_invalid.
    static Result<void> checkCertificate(const QByteArray &certificatePem, const QByteArray &privateKeyPem,
                                         const QString &deviceId);
};

} // namespace branch
