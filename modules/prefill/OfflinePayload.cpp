#include "OfflinePayload.h"

#include "PrefillReason.h"

#include <QJsonDocument>

#include <sodium.h>

namespace branch {

QByteArray OfflinePayload::seal(const QJsonObject &values, const QByteArray &branchPublicKey)
{
    if (sodium_init() < 0 || branchPublicKey.size() != BranchBoxKey::PublicKeySize)
        return {};
    const QByteArray plain = QJsonDocument(values).toJson(QJsonDocument::Compact);
    if (plain.size() > MaxPlainBytes)
        return {};
    QByteArray compressed = qCompress(plain, 9);
    QByteArray sealed(compressed.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                    reinterpret_cast<const unsigned char *>(compressed.constData()),
                    static_cast<unsigned long long>(compressed.size()),
                    reinterpret_cast<const unsigned char *>(branchPublicKey.constData()));
    sodium_memzero(compressed.data(), static_cast<size_t>(compressed.size()));
    return sealed;
}

Result<QJsonObject> OfflinePayload::inflate(const QByteArray &compressed)
{
    // qCompress puts the inflated size first, big-endian: refuse before inflating.
    if (compressed.size() < 5)
        return fail(PrefillReason::Malformed, QStringLiteral("short"));
    const auto *p = reinterpret_cast<const quint8 *>(compressed.constData());
    const quint32 declared = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (declared == 0 || declared > MaxPlainBytes)
        return fail(PrefillReason::Malformed, QStringLiteral("size"));
    const QByteArray plain = qUncompress(compressed);
    if (plain.isEmpty() || plain.size() != static_cast<qsizetype>(declared))
        return fail(PrefillReason::Malformed, QStringLiteral("inflate"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(plain, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(PrefillReason::Malformed, QStringLiteral("json"));
    const QJsonObject values = doc.object();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!it.value().isString())
            return fail(PrefillReason::Malformed, QStringLiteral("value"));
    }
    return values;
}

Result<QJsonObject> OfflinePayload::open(const QByteArray &sealed, const BranchBoxKey &key)
{
    if (sodium_init() < 0)
        return fail(PrefillReason::Malformed, QStringLiteral("sodium"));
    const auto overhead = static_cast<qsizetype>(crypto_box_SEALBYTES);
    if (sealed.size() <= overhead)
        return fail(PrefillReason::Malformed, QStringLiteral("short"));
    QByteArray compressed(sealed.size() - overhead, Qt::Uninitialized);
    const QByteArray pk = key.publicKey();
    const QByteArray sk = key.secretKey();
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(compressed.data()),
                             reinterpret_cast<const unsigned char *>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char *>(pk.constData()),
                             reinterpret_cast<const unsigned char *>(sk.constData()))
        != 0) {
        return fail(PrefillReason::UnknownKey, QStringLiteral("sealed_to_another_key"));
    }
    Result<QJsonObject> values = inflate(compressed);
    sodium_memzero(compressed.data(), static_cast<size_t>(compressed.size()));
    return values;
}

} // namespace branch
