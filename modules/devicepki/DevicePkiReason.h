#pragma once

#include <QLatin1String>

namespace branch {

// Stable reason codes of device certificates. The csr_* ones are core's
// answer to a bad enrolment request (docs/api/openapi.yaml); the
// certificate_* ones stay in core's log: a device is only told
// bad_credential, so the API does not say which device ids exist.
namespace DevicePkiReason {
inline constexpr QLatin1String CsrMissing{"csr_missing"};
inline constexpr QLatin1String CsrMalformed{"csr_malformed"};
inline constexpr QLatin1String CsrKeyType{"csr_key_type"};
inline constexpr QLatin1String CsrSubjectMismatch{"csr_subject_mismatch"};
inline constexpr QLatin1String CsrSignatureInvalid{"csr_signature_invalid"};
inline constexpr QLatin1String CsrAttributes{"csr_attributes_not_allowed"};

inline constexpr QLatin1String CertificateMissing{"certificate_missing"};
inline constexpr QLatin1String CertificateMalformed{"certificate_malformed"};
inline constexpr QLatin1String CertificateUntrusted{"certificate_untrusted"};
inline constexpr QLatin1String CertificateExpired{"certificate_expired"};
inline constexpr QLatin1String CertificateNotYetValid{"certificate_not_yet_valid"};
inline constexpr QLatin1String CertificateSubject{"certificate_subject_invalid"};
inline constexpr QLatin1String CertificateKeyMismatch{"certificate_key_mismatch"};

inline constexpr QLatin1String CaUnreadable{"device_ca_unreadable"};
inline constexpr QLatin1String CaInvalid{"device_ca_invalid"};
inline constexpr QLatin1String CaKeyMismatch{"device_ca_key_mismatch"};
inline constexpr QLatin1String KeyGenerationFailed{"key_generation_failed"};
inline constexpr QLatin1String KeyInvalid{"device_key_invalid"};
inline constexpr QLatin1String IssueFailed{"certificate_issue_failed"};
} // namespace DevicePkiReason

} // namespace branch
