#pragma once

#include "StoreError.h"

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

namespace branch {

// Stable reason codes for keys, secrets and rotation.
namespace SecurityReason {
inline constexpr QLatin1String NoKeychain{"no_keychain"};
inline constexpr QLatin1String KeychainFailed{"keychain_failed"};
inline constexpr QLatin1String KeychainTimeout{"keychain_timeout"};
inline constexpr QLatin1String SecretNotFound{"not_found"};
inline constexpr QLatin1String SecretInvalidName{"invalid_secret_name"};
inline constexpr QLatin1String SecretFileFailed{"secret_file_failed"};
inline constexpr QLatin1String CryptoUnavailable{"crypto_unavailable"};
inline constexpr QLatin1String KekMissing{"kek_missing"};
inline constexpr QLatin1String KekInvalid{"kek_invalid"};
inline constexpr QLatin1String KeyUnwrapFailed{"key_unwrap_failed"};
inline constexpr QLatin1String RotationFailed{"rotation_failed"};
inline constexpr QLatin1String AuditKeyMissing{"audit_key_missing"};
inline constexpr QLatin1String AuditKeyInvalid{"audit_key_invalid"};
inline constexpr QLatin1String DeviceNotEnrolled{"no_device_credential"};
inline constexpr QLatin1String DeviceCertificateMissing{"device_certificate_missing"};
} // namespace SecurityReason

struct SecurityError
{
    Q_DECLARE_TR_FUNCTIONS(SecurityError)

public:
    QString reason;  // empty when there is no error
    QString message; // translated, fit to show to staff
    QString detail;  // technical; never key bytes or sealed data

    bool isError() const { return !reason.isEmpty(); }

    static SecurityError make(QLatin1String reason, const QString &detail = {});
    static SecurityError fromStore(const StoreError &error);
    static QString messageFor(const QString &reason);
};

template<typename T>
struct SecurityResult
{
    T value{};
    SecurityError error;

    bool ok() const { return !error.isError(); }
};

} // namespace branch
