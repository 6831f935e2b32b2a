#include "SealedPayloadCodec.h"

#include "Aead.h"
#include "KeyRing.h"
#include "KeyWrap.h"
#include "SecureKey.h"

#include <QtEndian>

namespace branch {

SealedPayloadCodec::SealedPayloadCodec(std::shared_ptr<const KeyRing> keys)
    : m_keys(std::move(keys))
{
}

QString SealedPayloadCodec::name() const
{
    return codecName();
}

QByteArray SealedPayloadCodec::header(quint32 keyId)
{
    return QByteArray(1, Version) + KeyWrap::bigEndian32(keyId);
}

std::optional<quint32> SealedPayloadCodec::keyIdOf(const QByteArray &stored)
{
    if (stored.size() < HeaderSize || (stored.at(0) != Version && stored.at(0) != UnboundVersion))
        return std::nullopt;
    return qFromBigEndian<quint32>(stored.constData() + 1);
}

QByteArray SealedPayloadCodec::associatedData(const QByteArray &header, const QByteArray &context)
{
    // Values of the first format bound only their header.
    if (header.at(0) == UnboundVersion)
        return QByteArrayLiteral("branchsuite/sealed-v1") + header;
    // Length-prefixed, so no header and context can pass for another pair.
    return QByteArrayLiteral("branchsuite/sealed-v1") + header + KeyWrap::bigEndian32(quint32(context.size()))
         + context;
}

StoreResult<QByteArray> SealedPayloadCodec::encode(const QByteArray &plain, const QByteArray &context) const
{
    StoreResult<QByteArray> result;
    const quint32 keyId = m_keys->currentKeyId();
    const std::shared_ptr<const SecureKey> key = m_keys->key(keyId);
    if (!key) {
        result.error = StoreError::make(StoreReason::PayloadCodecFailed, QStringLiteral("no current data key"));
        return result;
    }
    const QByteArray head = header(keyId);
    const QByteArray sealed = Aead::seal(*key, plain, associatedData(head, context));
    if (sealed.isEmpty()) {
        result.error = StoreError::make(StoreReason::PayloadCodecFailed, QStringLiteral("libsodium unavailable"));
        return result;
    }
    result.value = head + sealed;
    return result;
}

StoreResult<QByteArray> SealedPayloadCodec::decode(const QByteArray &stored, const QByteArray &context) const
{
    StoreResult<QByteArray> result;
    const std::optional<quint32> keyId = keyIdOf(stored);
    if (!keyId || stored.size() < HeaderSize + Aead::NonceSize + Aead::TagSize) {
        result.error = StoreError::make(StoreReason::PayloadCodecFailed, QStringLiteral("not a sealed-v1 value"));
        return result;
    }
    const std::shared_ptr<const SecureKey> key = m_keys->key(*keyId);
    if (!key) {
        result.error = StoreError::make(StoreReason::PayloadCodecFailed,
                                        QStringLiteral("unknown or retired data key %1").arg(*keyId));
        return result;
    }
    const QByteArray head = stored.left(HeaderSize);
    std::optional<QByteArray> plain = Aead::open(*key, stored.mid(HeaderSize), associatedData(head, context));
    if (!plain) {
        result.error = StoreError::make(StoreReason::PayloadCodecFailed,
                                        QStringLiteral("sealed value failed authentication (key %1)").arg(*keyId));
        return result;
    }
    result.value = std::move(*plain);
    return result;
}

} // namespace branch
