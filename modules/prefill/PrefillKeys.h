#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace branch {

// The key id a token names: the first 4 bytes of BLAKE2b-256 of the Ed25519
// public key, so a key's id follows from the key and rotation needs no registry.
quint32 prefillKeyId(const QByteArray &publicKey);
QString prefillKeyIdText(quint32 keyId); // 8 lower-case hex digits

// Core's Ed25519 key for prefill tokens. The kiosk holds only public keys.
class TokenSigner
{
public:
    static constexpr qsizetype PublicKeySize = 32;
    static constexpr qsizetype SecretKeySize = 64;
    static constexpr qsizetype SignatureSize = 64;

    TokenSigner(const TokenSigner &) = default;
    TokenSigner &operator=(const TokenSigner &) = default;
    ~TokenSigner();

    static std::optional<TokenSigner> generate();
    static std::optional<TokenSigner> fromSecretKey(const QByteArray &secretKey);

    QByteArray publicKey() const { return m_public; }
    QByteArray secretKey() const { return m_secret; }
    quint32 keyId() const { return prefillKeyId(m_public); }
    QByteArray sign(const QByteArray &message) const;
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    TokenSigner() = default;
    QByteArray m_public;
    QByteArray m_secret;
};

// The branch's X25519 key pair: core seals offline payloads to its public
// key; the branch's kiosks keep the secret key in the keychain.
class BranchBoxKey
{
public:
    static constexpr qsizetype PublicKeySize = 32;
    static constexpr qsizetype SecretKeySize = 32;

    BranchBoxKey(const BranchBoxKey &) = default;
    BranchBoxKey &operator=(const BranchBoxKey &) = default;
    ~BranchBoxKey();

    static std::optional<BranchBoxKey> generate();
    static std::optional<BranchBoxKey> fromSecretKey(const QByteArray &secretKey);

    QByteArray publicKey() const { return m_public; }
    QByteArray secretKey() const { return m_secret; }

private:
    BranchBoxKey() = default;
    QByteArray m_public;
    QByteArray m_secret;
};

} // namespace branch
