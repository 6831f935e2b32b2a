#pragma once

#include "Result.h"
#include "SecurityError.h"

#include <QByteArray>
#include <QString>

namespace branch {

// The secret's bytes (empty after a write or a remove), or why not: a
// SecurityReason code, "not_found" when the entry does not exist.
using SecretResult = Result<QByteArray, SecurityError>;

// Where the kiosk keeps its secrets: the data key-encryption key
// ("data-kek"), the device credential ("device-credential") and the
// device's client certificate and key ("device-certificate", "device-key"). Names are
// lower-case ASCII letters, digits and '-'. Implementations never log values.
class SecretStore
{
public:
    virtual ~SecretStore();
    virtual SecretResult read(const QString &name) = 0;
    virtual SecretResult write(const QString &name, const QByteArray &value) = 0;
    // Removing a missing entry succeeds.
    virtual SecretResult remove(const QString &name) = 0;
    // "keychain", "development-file", or a test double's name.
    virtual QString backend() const = 0;

    static bool isValidName(const QString &name);
};

namespace SecretName {
inline constexpr QLatin1String DataKek{"data-kek"};
// A new KEK while a KEK rotation is in flight; see KeyRing.
inline constexpr QLatin1String DataKekNext{"data-kek-next"};
inline constexpr QLatin1String DeviceCredential{"device-credential"};
// Mutual TLS: the kiosk's client certificate (PEM) and its private key
// (PKCS#8 PEM), made at enrolment; see DeviceSecrets.
inline constexpr QLatin1String DeviceCertificate{"device-certificate"};
inline constexpr QLatin1String DeviceKey{"device-key"};
} // namespace SecretName

} // namespace branch
