#pragma once

#include "PayloadCodec.h"

#include <memory>
#include <optional>

namespace branch {

class KeyRing;

// Seals personal data with the key ring's current data key:
//   0x02 | key id (4 bytes, big-endian) | nonce (24) | ciphertext | tag (16)
// The associated data is the first five bytes and the value's context (its
// column and row), so a value relabelled with another key id or version, or
// copied into another row or column, does not open. Values of the first
// format (0x01) bound only the five bytes; they still open, and key rotation
// re-seals them in this one. Decoding picks the key named in the value, so
// rows sealed before a rotation stay readable until re-sealed.
class SealedPayloadCodec final : public PayloadCodec
{
public:
    static constexpr char Version = 0x02;
    static constexpr char UnboundVersion = 0x01;
    static constexpr qsizetype HeaderSize = 5;
    static QString codecName() { return QStringLiteral("sealed-v1"); }

    explicit SealedPayloadCodec(std::shared_ptr<const KeyRing> keys);

    QString name() const override;
    StoreResult<QByteArray> encode(const QByteArray &plain, const QByteArray &context) const override;
    StoreResult<QByteArray> decode(const QByteArray &stored, const QByteArray &context) const override;

    static QByteArray header(quint32 keyId);
    // The key a stored value names, if it is a sealed-v1 value at all.
    static std::optional<quint32> keyIdOf(const QByteArray &stored);
    static QByteArray associatedData(const QByteArray &header, const QByteArray &context);

private:
    std::shared_ptr<const KeyRing> m_keys;
};

} // namespace branch
