#pragma once

#include <QByteArray>

#include <optional>

namespace branch {

class SecureKey;

// XChaCha20-Poly1305 (IETF) from libsodium. Random 192-bit nonces are safe to
// draw per message at any volume a kiosk will see.
namespace Aead {
inline constexpr qsizetype NonceSize = 24;
inline constexpr qsizetype TagSize = 16;

// nonce || ciphertext || tag. Empty only if libsodium is unavailable.
QByteArray seal(const SecureKey &key, const QByteArray &plain, const QByteArray &aad);
// Nothing when the bytes, the key or the associated data do not match.
std::optional<QByteArray> open(const SecureKey &key, const QByteArray &sealed, const QByteArray &aad);
} // namespace Aead

} // namespace branch
