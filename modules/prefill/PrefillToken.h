#pragma once

#include "PrefillKeys.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace branch {

// What the QR code on the customer's phone says (docs/prefill.md): which
// prefill, for which service and branch, until when, signed by core. No
// personal data: anyone can photograph a phone's screen. The offline variant
// adds the form data sealed to the branch's X25519 key (OfflinePayload).
//
// Text: "ETB1." then base32 of
//   version u8 | flags u8 (bit 0: offline) | key id u32 | reference 16 bytes
//   | nonce 8 bytes | expiry u32 (Unix seconds) | branch u8 len + ASCII
//   | service u8 len + ASCII | [offline: sealed u16 len + bytes]
//   | Ed25519 signature (64 bytes) over "ETB1" and everything before it.
struct PrefillToken
{
    static constexpr quint8 Version = 1;
    static constexpr qsizetype ReferenceSize = 16; // 128 random bits
    static constexpr qsizetype NonceSize = 8;
    static constexpr qsizetype MaxSealedSize = 4096;

    quint32 keyId = 0;
    QByteArray reference;
    QByteArray nonce;
    QString serviceId;
    QString branch; // a branch id or a region ("region:GD"): where it may be redeemed
    QDateTime expiresAt;
    QByteArray sealedPayload; // offline variant only

    bool isOffline() const { return !sealedPayload.isEmpty(); }
    QString referenceText() const { return QString::fromLatin1(reference.toHex()); }

    // Fresh random reference and nonce.
    static PrefillToken create(const QString &serviceId, const QString &branch, const QDateTime &expiresAt);
};

// What the reader accepts: the keys it holds, where it stands, which
// services it offers, and the time.
struct PrefillTokenPolicy
{
    QHash<quint32, QByteArray> publicKeys; // key id -> Ed25519 public key
    QStringList scopes;                    // the kiosk's branch id and its region
    std::function<bool(const QString &)> knownService;
    QDateTime now;
};

namespace PrefillTokenCodec {
inline constexpr QLatin1String Prefix{"ETB1."};
// QR version 25 at error correction level M holds 1,853 alphanumeric
// characters: an offline token longer than this is not issued.
inline constexpr qsizetype MaxOfflineChars = 1853;

QString encode(const PrefillToken &token, const TokenSigner &signer);
// The token with its signature, origin, service and expiry checked; else one
// of PrefillReason's codes.
Result<PrefillToken> parse(const QString &text, const PrefillTokenPolicy &policy);
// The token's fields without any check but its format: for core's own
// look-ups and the fuzzer. *signedPart and *signature get what parse() verifies.
Result<PrefillToken> decode(const QString &text, QByteArray *signedPart = nullptr, QByteArray *signature = nullptr);
} // namespace PrefillTokenCodec

} // namespace branch
