#include "AnchorStatement.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <sodium.h>

namespace branch {
namespace {

static_assert(crypto_sign_PUBLICKEYBYTES == AnchorSigner::PublicKeySize);
static_assert(crypto_sign_SECRETKEYBYTES == AnchorSigner::SecretKeySize);
static_assert(crypto_sign_BYTES == AnchorSigner::SignatureSize);

// sodium_init() is safe to call from any thread, any number of times.
bool sodiumReady()
{
    return sodium_init() >= 0;
}

void appendField(QByteArray *out, const QByteArray &field)
{
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    out->append(length, 4);
    out->append(field);
}

const auto *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

QByteArray AuditChain::genesis()
{
    return QByteArray(HashSize, '\0');
}

QByteArray AuditChain::link(const QByteArray &previous, const QByteArray &mac)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(QByteArrayView("\x02", 1)); // version 2: keyed rows (version 1 was plain SHA-256)
    sha.addData(previous);
    sha.addData(mac);
    return sha.result();
}

QByteArray AuditChain::fold(QByteArray head, const QByteArray &macs)
{
    for (qsizetype at = 0; at + HashSize <= macs.size(); at += HashSize)
        head = link(head, macs.mid(at, HashSize));
    return head;
}

bool AuditChain::isHexHash(QStringView text)
{
    if (text.size() != 2 * HashSize)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QByteArray AnchorStatement::message() const
{
    QByteArray out = QByteArrayLiteral("branchsuite/audit-anchor-v1");
    appendField(&out, deviceId.toUtf8());
    appendField(&out, QByteArray::number(sequence));
    appendField(&out, head.toLatin1());
    appendField(&out, anchoredAt.toUTC().toString(Qt::ISODateWithMs).toLatin1());
    return out;
}

bool SignedAnchor::verify() const
{
    return AnchorSigner::verify(publicKey, statement.message(), signature);
}

AnchorSigner::~AnchorSigner()
{
    if (!m_secret.isEmpty() && m_secret.isDetached())
        sodium_memzero(m_secret.data(), std::size_t(m_secret.size()));
}

std::optional<AnchorSigner> AnchorSigner::generate()
{
    if (!sodiumReady())
        return std::nullopt;
    AnchorSigner signer;
    signer.m_public.resize(PublicKeySize);
    signer.m_secret.resize(SecretKeySize);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(signer.m_public.data()),
                        reinterpret_cast<unsigned char *>(signer.m_secret.data()));
    return signer;
}

std::optional<AnchorSigner> AnchorSigner::fromSecretKey(const QByteArray &secretKey)
{
    if (secretKey.size() != SecretKeySize || !sodiumReady())
        return std::nullopt;
    AnchorSigner signer;
    signer.m_secret = secretKey;
    signer.m_secret.detach();
    signer.m_public.resize(PublicKeySize);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(signer.m_public.data()), bytes(signer.m_secret));
    return signer;
}

SignedAnchor AnchorSigner::sign(const AnchorStatement &statement) const
{
    SignedAnchor anchor;
    anchor.statement = statement;
    anchor.publicKey = m_public;
    const QByteArray message = statement.message();
    anchor.signature.resize(SignatureSize);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(anchor.signature.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), bytes(m_secret));
    return anchor;
}

bool AnchorSigner::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize || !sodiumReady())
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey))
        == 0;
}

} // namespace branch
