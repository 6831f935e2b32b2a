#include "DeviceCa.h"

#include "DevicePem.h"
#include "DevicePkiLogging.h"
#include "DevicePkiReason.h"
#include "OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace branch {

struct DeviceCa::Handles
{
    ossl::Certificate certificate;
    ossl::PKey key;
    ossl::Store store; // the CA alone: the only trust anchor
};

namespace {

constexpr qint64 ClockSlackSeconds = 5 * 60;

Error failed(QLatin1String reason)
{
    const QString detail = ossl::takeErrors();
    qCWarning(lcDevicePki).noquote() << reason << detail;
    return Error{reason, detail};
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    const ossl::Extension extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// 128 random bits, positive and 16 bytes long.
bool setRandomSerial(X509 *certificate)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] = static_cast<unsigned char>((bytes[0] & 0x7f) | 0x40);
    const ossl::Bignum serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

} // namespace

DeviceCa::DeviceCa(std::unique_ptr<Handles> handles)
    : m(std::move(handles))
{
}

DeviceCa::~DeviceCa() = default;

Result<std::unique_ptr<DeviceCa>> DeviceCa::load(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    auto handles = std::make_unique<Handles>();
    handles->certificate = ossl::parseCertificate(DevicePem::decode(certificatePem, "CERTIFICATE"));
    handles->key = ossl::parsePrivateKey(keyPem);
    if (!handles->certificate || !handles->key)
        return Error{DevicePkiReason::CaUnreadable, {}};
    if (X509_check_ca(handles->certificate.get()) < 1)
        return failed(DevicePkiReason::CaInvalid);
    if (X509_check_private_key(handles->certificate.get(), handles->key.get()) != 1)
        return failed(DevicePkiReason::CaKeyMismatch);
    handles->store.reset(X509_STORE_new());
    if (!handles->store || X509_STORE_add_cert(handles->store.get(), handles->certificate.get()) != 1)
        return failed(DevicePkiReason::CaInvalid);
    return std::unique_ptr<DeviceCa>(new DeviceCa(std::move(handles)));
}

QByteArray DeviceCa::certificatePem() const
{
    return DevicePem::encode(ossl::toDer(m->certificate.get()), "CERTIFICATE");
}

Result<IssuedCertificate> DeviceCa::issue(const QByteArray &csrPem, const QString &deviceId, const QDateTime &now,
                                          int validityDays) const
{
    QLatin1String reason;
    const ossl::Request request = ossl::checkedRequest(csrPem, deviceId, &reason);
    if (!request)
        return Error{reason, {}};
    const qint64 start = now.toSecsSinceEpoch() - ClockSlackSeconds;
    const qint64 end = now.toSecsSinceEpoch() + qint64(qBound(1, validityDays, MaxValidityDays)) * 24 * 3600;
    ossl::Certificate certificate(X509_new());
    const ossl::Name subject = ossl::commonName(deviceId);
    if (!certificate || !subject || X509_set_version(certificate.get(), X509_VERSION_3) != 1
        || !setRandomSerial(certificate.get())
        || X509_set_issuer_name(certificate.get(), X509_get_subject_name(m->certificate.get())) != 1
        || X509_set_subject_name(certificate.get(), subject.get()) != 1
        || !ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(start))
        || !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(end))
        || X509_set_pubkey(certificate.get(), X509_REQ_get0_pubkey(request.get())) != 1)
        return failed(DevicePkiReason::IssueFailed);
    X509V3_CTX context;
    X509V3_set_ctx(&context, m->certificate.get(), certificate.get(), nullptr, nullptr, 0);
    if (!addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), &context, NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), &context, NID_ext_key_usage, "clientAuth")
        || !addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash")
        || !addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always")
        || X509_sign(certificate.get(), m->key.get(), EVP_sha256()) <= 0)
        return failed(DevicePkiReason::IssueFailed);
    IssuedCertificate issued;
    issued.pem = DevicePem::encode(ossl::toDer(certificate.get()), "CERTIFICATE");
    issued.serial = ossl::serialHex(certificate.get());
    issued.notBefore = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    issued.notAfter = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    return issued;
}

Result<DeviceCertificate> DeviceCa::verify(const QByteArray &der, const QDateTime &now) const
{
    if (der.isEmpty())
        return Error{DevicePkiReason::CertificateMissing, {}};
    const ossl::Certificate certificate = ossl::parseCertificate(der);
    if (!certificate)
        return Error{DevicePkiReason::CertificateMalformed, {}};
    const ossl::StoreContext context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), m->store.get(), certificate.get(), nullptr) != 1)
        return failed(DevicePkiReason::CertificateUntrusted);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(param, time_t(now.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_X509_STRICT);
    X509_VERIFY_PARAM_set_depth(param, 0); // the CA issues device certificates itself
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_SSL_CLIENT);
    if (X509_verify_cert(context.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(context.get());
        ERR_clear_error();
        const QString detail = QString::fromLatin1(X509_verify_cert_error_string(error));
        if (error == X509_V_ERR_CERT_HAS_EXPIRED)
            return Error{DevicePkiReason::CertificateExpired, detail};
        if (error == X509_V_ERR_CERT_NOT_YET_VALID)
            return Error{DevicePkiReason::CertificateNotYetValid, detail};
        return Error{DevicePkiReason::CertificateUntrusted, detail};
    }
    DeviceCertificate verified;
    verified.deviceId = ossl::soleCommonName(X509_get_subject_name(certificate.get()));
    if (!ossl::isDeviceId(verified.deviceId))
        return Error{DevicePkiReason::CertificateSubject, {}};
    verified.serial = ossl::serialHex(certificate.get());
    verified.notAfter = ossl::toDateTime(X509_get0_notAfter(certificate.get()));
    return verified;
}

} // namespace branch
