#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace branch {

// A device's certificate signing request as core accepts it at enrolment.
// Strict, because the request comes from the network before the device has
// any credential: one PEM block "CERTIFICATE REQUEST" (DevicePem), one DER
// object that encodes back to the same bytes, version 1, an EC P-256 key
// named by its curve, the subject exactly CN=<the enrolling device id>, no
// attributes (so no extension requests), and an ECDSA-with-SHA-256
// signature that verifies with the request's own key.
class DeviceCsr
{
public:
    // Success, or the DevicePkiReason csr_* code of the first problem, in
    // this order: csr_missing, csr_malformed, csr_key_type,
    // csr_subject_mismatch, csr_attributes_not_allowed, csr_signature_invalid.
    static Result<void> check(const QByteArray &pem, const QString &deviceId);
};

} // namespace branch
