#include "Aead.h"

#include "SecureKey.h"

#include <sodium.h>

namespace branch::Aead {
namespace {

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

} // namespace

static_assert(NonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(TagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(SecureKey::Size == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

QByteArray seal(const SecureKey &key, const QByteArray &plain, const QByteArray &aad)
{
    if (!ensureSodium())
        return {};
    QByteArray out(NonceSize + plain.size() + TagSize, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, std::size_t(NonceSize));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + NonceSize, &written, bytes(plain),
                                               static_cast<unsigned long long>(plain.size()), bytes(aad),
                                               static_cast<unsigned long long>(aad.size()), nullptr, nonce,
                                               key.data());
    out.resize(NonceSize + qsizetype(written));
    return out;
}

std::optional<QByteArray> open(const SecureKey &key, const QByteArray &sealed, const QByteArray &aad)
{
    if (!ensureSodium() || sealed.size() < NonceSize + TagSize)
        return std::nullopt;
    const unsigned char *nonce = bytes(sealed);
    QByteArray plain(sealed.size() - NonceSize - TagSize, Qt::Uninitialized);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr, nonce + NonceSize,
        static_cast<unsigned long long>(sealed.size() - NonceSize), bytes(aad),
        static_cast<unsigned long long>(aad.size()), nonce, key.data());
    if (rc != 0)
        return std::nullopt;
    plain.resize(qsizetype(written));
    return plain;
}

} // namespace branch::Aead
