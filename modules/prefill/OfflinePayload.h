#pragma once

#include "PrefillKeys.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace branch {

// The offline token's form data: the answers as the phone sent them
// ({"fieldId": "text", ...}), compact JSON, deflate-compressed (zlib), then
// crypto_box_seal'ed to the branch's X25519 public key. Photos never travel
// in it. Only a kiosk holding the branch's secret key reads it.
namespace OfflinePayload {
// The inflated JSON may be no larger: a sealed payload cannot become a
// decompression bomb.
inline constexpr qsizetype MaxPlainBytes = 16 * 1024;

QByteArray seal(const QJsonObject &values, const QByteArray &branchPublicKey);
// The answers; else unknown_key (sealed to another key) or malformed.
Result<QJsonObject> open(const QByteArray &sealed, const BranchBoxKey &key);
// The inflate and JSON half of open(), for the fuzzer and tests.
Result<QJsonObject> inflate(const QByteArray &compressed);
} // namespace OfflinePayload

} // namespace branch
