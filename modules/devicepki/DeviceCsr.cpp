#include "DeviceCsr.h"

#include "DevicePem.h"
#include "DevicePkiReason.h"
#include "OpenSslHandles.h"

#include <openssl/err.h>

namespace branch {

namespace ossl {

Request checkedRequest(const QByteArray &pem, const QString &deviceId, QLatin1String *reason)
{
    if (pem.trimmed().isEmpty()) {
        *reason = DevicePkiReason::CsrMissing;
        return {};
    }
    Request request = parseRequest(DevicePem::decode(pem, "CERTIFICATE REQUEST"));
    if (!request || X509_REQ_get_version(request.get()) != X509_REQ_VERSION_1) {
        *reason = DevicePkiReason::CsrMalformed;
        return {};
    }
    EVP_PKEY *key = X509_REQ_get0_pubkey(request.get());
    if (!isP256(key)) {
        *reason = DevicePkiReason::CsrKeyType;
        return {};
    }
    if (soleCommonName(X509_REQ_get_subject_name(request.get())) != deviceId) {
        *reason = DevicePkiReason::CsrSubjectMismatch;
        return {};
    }
    if (X509_REQ_get_attr_count(request.get()) != 0) {
        *reason = DevicePkiReason::CsrAttributes;
        return {};
    }
    const bool verified = X509_REQ_get_signature_nid(request.get()) == NID_ecdsa_with_SHA256
        && X509_REQ_verify(request.get(), key) == 1;
    ERR_clear_error();
    if (!verified) {
        *reason = DevicePkiReason::CsrSignatureInvalid;
        return {};
    }
    return request;
}

} // namespace ossl

Result<void> DeviceCsr::check(const QByteArray &pem, const QString &deviceId)
{
    QLatin1String reason;
    if (!ossl::checkedRequest(pem, deviceId, &reason))
        return Error{reason, {}};
    return {};
}

} // namespace branch
