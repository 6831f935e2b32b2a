#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace branch {

// AES on one 16-byte block, with a 128- or 256-bit key: the primitive ISO 9564
// format 4 chains by hand. The only cryptography of modules/payment, kept in
// one file; libsodium offers AES only inside AES-256-GCM, so this is OpenSSL's
// libcrypto, which modules/devicepki links already.
namespace PinCipher {
inline constexpr qsizetype BlockSize = 16;

// Reasons: pin_key_invalid (not 16 or 32 bytes), pin_block_malformed (not one
// block).
Result<QByteArray> encryptBlock(QByteArrayView key, QByteArrayView block);
Result<QByteArray> decryptBlock(QByteArrayView key, QByteArrayView block);
} // namespace PinCipher

} // namespace branch
