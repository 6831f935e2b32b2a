#include "PrefillVault.h"

#include <sodium.h>

namespace branch {

namespace {
constexpr auto NonceSize = static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
constexpr auto TagSize = static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES);

const unsigned char *u(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
} // namespace

PrefillVault::~PrefillVault()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), static_cast<size_t>(m_key.size()));
}

PrefillVault::PrefillVault(PrefillVault &&other) noexcept
    : m_key(std::move(other.m_key))
{
}

std::optional<PrefillVault> PrefillVault::fromKey(const QByteArray &key)
{
    if (sodium_init() < 0 || key.size() != KeySize)
        return std::nullopt;
    PrefillVault vault;
    vault.m_key = key;
    vault.m_key.detach();
    return std::optional<PrefillVault>(std::move(vault));
}

QByteArray PrefillVault::newKey()
{
    if (sodium_init() < 0)
        return {};
    QByteArray key(KeySize, Qt::Uninitialized);
    randombytes_buf(key.data(), static_cast<size_t>(KeySize));
    return key;
}

QByteArray PrefillVault::seal(const QByteArray &plain, const QByteArray &aad) const
{
    QByteArray out(NonceSize + plain.size() + TagSize, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, static_cast<size_t>(NonceSize));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + NonceSize, &written, u(plain),
                                               static_cast<unsigned long long>(plain.size()), u(aad),
                                               static_cast<unsigned long long>(aad.size()), nullptr, nonce, u(m_key));
    out.resize(NonceSize + static_cast<qsizetype>(written));
    return out;
}

std::optional<QByteArray> PrefillVault::open(const QByteArray &sealed, const QByteArray &aad) const
{
    if (sealed.size() < NonceSize + TagSize)
        return std::nullopt;
    QByteArray plain(sealed.size() - NonceSize - TagSize, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
                                                   u(sealed) + NonceSize,
                                                   static_cast<unsigned long long>(sealed.size() - NonceSize), u(aad),
                                                   static_cast<unsigned long long>(aad.size()), u(sealed), u(m_key))
        != 0)
        return std::nullopt;
    plain.resize(static_cast<qsizetype>(written));
    return plain;
}

} // namespace branch
