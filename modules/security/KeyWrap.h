#pragma once

#include <QByteArray>

#include <memory>

namespace branch {

class SecureKey;

// How keys are stored outside guarded memory.
namespace KeyWrap {

// A data key sealed by the KEK. The associated data binds both ids, so a
// wrapped key moved to another row or claimed by another KEK will not open.
QByteArray wrap(const SecureKey &kek, quint32 kekId, quint32 keyId, const SecureKey &dek);
std::unique_ptr<SecureKey> unwrap(const SecureKey &kek, quint32 kekId, quint32 keyId, const QByteArray &wrapped);

// The KEK as kept in the SecretStore: "BK1", its id (4 bytes, big-endian),
// then the 32 key bytes. The caller scrubs the returned bytes after use.
QByteArray encodeKek(quint32 kekId, const SecureKey &kek);
// Scrubs `secret`. Null (and *kekId untouched) when the value is malformed.
std::unique_ptr<SecureKey> decodeKek(QByteArray &secret, quint32 *kekId);

QByteArray bigEndian32(quint32 value);

} // namespace KeyWrap
} // namespace branch
