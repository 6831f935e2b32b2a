#include "PrefillKeys.h"

#include <sodium.h>

namespace branch {

namespace {
const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}
void scrub(QByteArray &b)
{
    if (!b.isEmpty())
        sodium_memzero(b.data(), static_cast<size_t>(b.size()));
}
} // namespace

quint32 prefillKeyId(const QByteArray &publicKey)
{
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, bytes(publicKey), static_cast<unsigned long long>(publicKey.size()),
                       nullptr, 0);
    return (quint32(hash[0]) << 24) | (quint32(hash[1]) << 16) | (quint32(hash[2]) << 8) | quint32(hash[3]);
}

QString prefillKeyIdText(quint32 keyId)
{
    return QStringLiteral("%1").arg(keyId, 8, 16, QLatin1Char('0'));
}

TokenSigner::~TokenSigner()
{
    scrub(m_secret);
}

std::optional<TokenSigner> TokenSigner::generate()
{
    if (sodium_init() < 0)
        return std::nullopt;
    TokenSigner signer;
    signer.m_public.resize(PublicKeySize);
    signer.m_secret.resize(SecretKeySize);
    crypto_sign_keypair(bytes(signer.m_public), bytes(signer.m_secret));
    return signer;
}

std::optional<TokenSigner> TokenSigner::fromSecretKey(const QByteArray &secretKey)
{
    if (sodium_init() < 0 || secretKey.size() != SecretKeySize)
        return std::nullopt;
    TokenSigner signer;
    signer.m_secret = secretKey;
    signer.m_secret.detach();
    signer.m_public.resize(PublicKeySize);
    crypto_sign_ed25519_sk_to_pk(bytes(signer.m_public), bytes(signer.m_secret));
    return signer;
}

QByteArray TokenSigner::sign(const QByteArray &message) const
{
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), static_cast<unsigned long long>(message.size()),
                         bytes(m_secret));
    return signature;
}

bool TokenSigner::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (sodium_init() < 0 || publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()), bytes(publicKey))
        == 0;
}

BranchBoxKey::~BranchBoxKey()
{
    scrub(m_secret);
}

std::optional<BranchBoxKey> BranchBoxKey::generate()
{
    if (sodium_init() < 0)
        return std::nullopt;
    BranchBoxKey key;
    key.m_public.resize(PublicKeySize);
    key.m_secret.resize(SecretKeySize);
    crypto_box_keypair(bytes(key.m_public), bytes(key.m_secret));
    return key;
}

std::optional<BranchBoxKey> BranchBoxKey::fromSecretKey(const QByteArray &secretKey)
{
    if (sodium_init() < 0 || secretKey.size() != SecretKeySize)
        return std::nullopt;
    BranchBoxKey key;
    key.m_secret = secretKey;
    key.m_secret.detach();
    key.m_public.resize(PublicKeySize);
    crypto_scalarmult_base(bytes(key.m_public), bytes(key.m_secret));
    return key;
}

} // namespace branch
