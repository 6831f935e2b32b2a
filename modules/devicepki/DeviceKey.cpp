#include "DeviceKey.h"

#include "DevicePem.h"
#include "DevicePkiLogging.h"
#include "DevicePkiReason.h"
#include "OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace branch {
namespace {

Error failed(QLatin1String reason)
{
    const QString detail = ossl::takeErrors();
    qCWarning(lcDevicePki).noquote() << reason << detail;
    return Error{reason, detail};
}

// PKCS#8 PEM through OpenSSL's secure-heap BIO, which is cleared when freed.
QByteArray privateKeyPem(EVP_PKEY *key)
{
    ossl::Bio bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return length > 0 ? QByteArray(data, length) : QByteArray();
}

} // namespace

Result<DeviceKeyRequest> DeviceKey::generate(const QString &deviceId)
{
    ossl::PKey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    ossl::Request request(X509_REQ_new());
    ossl::Name subject = ossl::commonName(deviceId);
    if (!key || !request || !subject || X509_REQ_set_version(request.get(), X509_REQ_VERSION_1) != 1
        || X509_REQ_set_subject_name(request.get(), subject.get()) != 1
        || X509_REQ_set_pubkey(request.get(), key.get()) != 1
        || X509_REQ_sign(request.get(), key.get(), EVP_sha256()) <= 0)
        return failed(DevicePkiReason::KeyGenerationFailed);
    DeviceKeyRequest made;
    made.csrPem = DevicePem::encode(ossl::toDer(request.get()), "CERTIFICATE REQUEST");
    made.privateKeyPem = privateKeyPem(key.get());
    if (made.privateKeyPem.isEmpty() || made.csrPem.size() < 64)
        return failed(DevicePkiReason::KeyGenerationFailed);
    return made;
}

Result<void> DeviceKey::checkCertificate(const QByteArray &certificatePem, const QByteArray &privateKeyPem,
                                         const QString &deviceId)
{
    const ossl::Certificate certificate = ossl::parseCertificate(DevicePem::decode(certificatePem, "CERTIFICATE"));
    if (!certificate)
        return Error{DevicePkiReason::CertificateMalformed, {}};
    const ossl::PKey key = ossl::parsePrivateKey(privateKeyPem);
    if (!key)
        return Error{DevicePkiReason::KeyInvalid, {}};
    const bool matches = X509_check_private_key(certificate.get(), key.get()) == 1;
    ERR_clear_error();
    if (!matches)
        return Error{DevicePkiReason::CertificateKeyMismatch, {}};
    if (ossl::soleCommonName(X509_get_subject_name(certificate.get())) != deviceId)
        return Error{DevicePkiReason::CertificateSubject, {}};
    return {};
}

} // namespace branch
