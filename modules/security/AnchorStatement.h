#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace branch {

// The audit chain as the kiosk and core both compute it: Crosby & Wallach's
// tamper-evident log, with a hash chain in place of their history tree. Each
// row's hash is SHA-256 over a version byte, the previous head and the row's
// MAC (HMAC under a key only the kiosk holds). Core never sees the key or the
// rows, yet from the MACs alone it checks that a new head extends the last
// one it anchored, which is Crosby & Wallach's incremental proof.
namespace AuditChain {
inline constexpr qsizetype HashSize = 32;
// At most this many MACs travel in one anchor request (64 KiB of hex).
inline constexpr qint64 MaxLinksPerAnchor = 1000;

QByteArray genesis(); // the head before the first row: 32 zero bytes
QByteArray link(const QByteArray &previous, const QByteArray &mac);
// Links every 32-byte MAC in `macs` (concatenated) onto `head` in turn.
QByteArray fold(QByteArray head, const QByteArray &macs);
bool isHexHash(QStringView text); // 64 lower-case hex digits
} // namespace AuditChain

// What core signs when it keeps an anchor: Crosby & Wallach's commitment,
// here signed by the auditor so that the kiosk holds proof of what core saw.
struct AnchorStatement
{
    QString deviceId;
    qint64 sequence = 0;  // the audit row id the head belongs to (0: an empty log)
    QString head;         // that row's hash, 64 lower-case hex
    QDateTime anchoredAt; // core's clock when it took the anchor, UTC, milliseconds

    // Length-prefixed and tagged, so no two statements share their bytes.
    QByteArray message() const;
    friend bool operator==(const AnchorStatement &, const AnchorStatement &) = default;
};

// An anchor as core answers it and as the kiosk keeps it.
struct SignedAnchor
{
    AnchorStatement statement;
    QByteArray publicKey; // core's Ed25519 key, 32 bytes
    QByteArray signature; // 64 bytes

    bool verify() const; // signed by publicKey over exactly this statement
};

// Core's Ed25519 key for anchor statements (libsodium). Every core on one
// database signs with the same key, which the store keeps.
class AnchorSigner
{
public:
    static constexpr qsizetype PublicKeySize = 32;
    static constexpr qsizetype SecretKeySize = 64;
    static constexpr qsizetype SignatureSize = 64;

    ~AnchorSigner();
    AnchorSigner(const AnchorSigner &) = default;
    AnchorSigner &operator=(const AnchorSigner &) = default;

    static std::optional<AnchorSigner> generate();
    static std::optional<AnchorSigner> fromSecretKey(const QByteArray &secretKey);

    const QByteArray &publicKey() const { return m_public; }
    const QByteArray &secretKey() const { return m_secret; }
    SignedAnchor sign(const AnchorStatement &statement) const;
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    AnchorSigner() = default;

    QByteArray m_secret;
    QByteArray m_public;
};

} // namespace branch
