#pragma once

// OpenSSL objects owned by unique_ptr, and the helpers the device PKI
// classes share. Internal to branch_devicepki: only its .cpp files include
// it, so no other target sees an OpenSSL header.

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QByteArray>
#include <QDateTime>
#include <QLatin1String>
#include <QString>

#include <memory>

namespace branch::ossl {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};

using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509_free>>;
using Request = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using Name = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreContext = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;

// OpenSSL's queued errors as one line for the log; the queue is emptied.
QString takeErrors();

// One DER object and nothing after it; null otherwise.
Request parseRequest(const QByteArray &der);
Certificate parseCertificate(const QByteArray &der);
QByteArray toDer(X509 *certificate);
QByteArray toDer(X509_REQ *request);

// A private key in PEM (PKCS#8 or traditional), never encrypted: an
// encrypted one is refused rather than prompting on a terminal.
PKey parsePrivateKey(const QByteArray &pem);

// A name of exactly one entry, a common name: its text. Empty otherwise.
QString soleCommonName(const X509_NAME *name);
// A name of exactly one entry: CN=<text>.
Name commonName(const QString &text);
// 2 to 12 of A-Z and 0-9, as core's device ids.
bool isDeviceId(const QString &text);
// An EC key on P-256 (prime256v1), given by its name, not by explicit parameters.
bool isP256(EVP_PKEY *key);

QString serialHex(const X509 *certificate); // lower-case hex, no leading zeros
QDateTime toDateTime(const ASN1_TIME *time); // UTC; invalid if unreadable

// The checks DeviceCsr::check() makes; on success the parsed request (for
// DeviceCa::issue), else null and *reason set.
Request checkedRequest(const QByteArray &pem, const QString &deviceId, QLatin1String *reason);

} // namespace branch::ossl
