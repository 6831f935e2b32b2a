#include "OpenSslHandles.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <QRegularExpression>
#include <QStringList>

#include <ctime>

namespace branch::ossl {
namespace {

// Refuses to ask for a pass phrase: keys here are never encrypted.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

QByteArray bytesOf(int length, unsigned char *data)
{
    QByteArray out;
    if (length > 0 && data)
        out = QByteArray(reinterpret_cast<const char *>(data), length);
    OPENSSL_free(data);
    return out;
}

} // namespace

QString takeErrors()
{
    QStringList parts;
    char text[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, text, sizeof text);
        parts.append(QString::fromLatin1(text));
    }
    return parts.join(QStringLiteral("; "));
}

namespace {

template<typename T>
QByteArray encode(T *object, int (*i2d)(const T *, unsigned char **))
{
    unsigned char *out = nullptr;
    const int length = i2d(object, &out);
    return bytesOf(length, out);
}

// One DER object that takes every byte and encodes back to the same bytes.
template<typename Owned, typename T>
Owned decodeExactly(const QByteArray &der, T *(*d2i)(T **, const unsigned char **, long),
                    int (*i2d)(const T *, unsigned char **))
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const auto *end = p + der.size();
    Owned object(d2i(nullptr, &p, long(der.size())));
    if (!object || p != end || encode(object.get(), i2d) != der) {
        ERR_clear_error();
        return {};
    }
    return object;
}

} // namespace

Request parseRequest(const QByteArray &der)
{
    return decodeExactly<Request>(der, d2i_X509_REQ, i2d_X509_REQ);
}

Certificate parseCertificate(const QByteArray &der)
{
    return decodeExactly<Certificate>(der, d2i_X509, i2d_X509);
}

QByteArray toDer(X509 *certificate)
{
    return encode(certificate, i2d_X509);
}

QByteArray toDer(X509_REQ *request)
{
    return encode(request, i2d_X509_REQ);
}

PKey parsePrivateKey(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return {};
    PKey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
    if (!key)
        ERR_clear_error();
    return key;
}

QString soleCommonName(const X509_NAME *name)
{
    if (!name || X509_NAME_entry_count(name) != 1)
        return {};
    const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, 0);
    if (OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry)) != NID_commonName)
        return {};
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
    if (length < 0) {
        ERR_clear_error();
        return {};
    }
    return QString::fromUtf8(bytesOf(length, utf8));
}

Name commonName(const QString &text)
{
    Name name(X509_NAME_new());
    const QByteArray utf8 = text.toUtf8();
    if (!name
        || X509_NAME_add_entry_by_NID(name.get(), NID_commonName, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()), -1, 0)
            != 1)
        return {};
    return name;
}

bool isDeviceId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{2,12}$"));
    return pattern.match(text).hasMatch();
}

bool isP256(EVP_PKEY *key)
{
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC)
        return false;
    char group[64] = {};
    char encoding[64] = {};
    size_t length = 0;
    const bool named = EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) == 1
        && EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_EC_ENCODING, encoding, sizeof encoding, &length) == 1;
    ERR_clear_error();
    return named && qstrcmp(group, SN_X9_62_prime256v1) == 0 && qstrcmp(encoding, OSSL_PKEY_EC_ENCODING_GROUP) == 0;
}

QString serialHex(const X509 *certificate)
{
    Bignum serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr));
    if (!serial)
        return {};
    char *hex = BN_bn2hex(serial.get());
    const QString text = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    return text;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    std::tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

} // namespace branch::ossl
