#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace branch {

class SecureKey;

// The key of the audit chain (HMAC-SHA-256, libsodium). It lives in the
// SecretStore as "audit-chain-key", never in the database, so whoever can
// write the database file can neither make a row that verifies nor recompute
// the chain after changing one.
//
// It also records where keying began: rows with an id below keyedFrom() were
// written with plain SHA-256 by a version before the key existed, and were
// checked once when it was made (modules/audit, AuditKeying). Kept beside the
// key, that switch point cannot be moved by editing the database either.
class AuditChainKey
{
public:
    static constexpr qsizetype MacSize = 32;

    ~AuditChainKey();
    AuditChainKey(const AuditChainKey &) = delete;
    AuditChainKey &operator=(const AuditChainKey &) = delete;

    // A new random key; null when libsodium is unavailable or keyedFrom < 1.
    static std::unique_ptr<AuditChainKey> generate(qint64 keyedFrom);
    // The SecretStore form: "BAK1", keyedFrom (8 bytes, big-endian), then the
    // 32 key bytes. Scrubs `secret`. Null when it is malformed.
    static std::unique_ptr<AuditChainKey> decode(QByteArray &secret);
    // The caller scrubs the returned bytes after use.
    QByteArray encode() const;

    qint64 keyedFrom() const { return m_keyedFrom; }
    // HMAC-SHA-256 of `message` under this key: MacSize bytes.
    QByteArray mac(QByteArrayView message) const;

private:
    AuditChainKey(std::unique_ptr<SecureKey> key, qint64 keyedFrom);

    std::unique_ptr<SecureKey> m_key;
    qint64 m_keyedFrom = 1;
};

} // namespace branch
