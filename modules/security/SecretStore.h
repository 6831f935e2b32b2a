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
// ("data-kek"), the device credential ("device-credential"), the device's
// client certificate and key ("device-certificate", "device-key") and the
// audit chain's key ("audit-chain-key"). Names are lower-case ASCII letters,
// digits and '-'. Implementations never log values.
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
// The audit chain's HMAC key and where keying began (AuditChainKey).
inline constexpr QLatin1String AuditChainKey{"audit-chain-key"};
// Core's public key for signed audit anchors, pinned the first time core
// answers (not secret, but kept where the database cannot change it).
inline constexpr QLatin1String CoreAnchorKey{"core-anchor-key"};
// Mutual TLS: the kiosk's client certificate (PEM) and its private key
// (PKCS#8 PEM), made at enrolment; see DeviceSecrets.
inline constexpr QLatin1String DeviceCertificate{"device-certificate"};
inline constexpr QLatin1String DeviceKey{"device-key"};
} // namespace SecretName

} // namespace branch
