#pragma once

#include "SecretStore.h"

#include <QByteArray>

namespace branch {

// What a kiosk holds to reach core, all three in the SecretStore (the
// keychain on a kiosk) and never in its database or a log: the credential
// "<deviceId>.<secret>", and the client certificate core issued at
// enrolment with the private key that goes with it. Core wants both the
// credential and the certificate on every request.
struct DeviceSecrets
{
    QByteArray credential;
    QByteArray certificate; // PEM
    QByteArray privateKey;  // PKCS#8 PEM

    // All three, or why not: no_device_credential (never enrolled),
    // device_certificate_missing (a credential but no certificate or key: the
    // kiosk was enrolled before core asked for certificates, and must be
    // enrolled again), or the store's own reason.
    static Result<DeviceSecrets, SecurityError> read(SecretStore &store);

    // Removes the old credential, then writes the key, the certificate and
    // the credential last, so a kiosk whose write failed half-way is left
    // not enrolled rather than with a credential and another key.
    SecretResult write(SecretStore &store) const;

    // Overwrites the bytes this copy holds.
    void scrub();
};

} // namespace branch
