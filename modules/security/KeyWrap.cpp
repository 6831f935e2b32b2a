#include "KeyWrap.h"

#include "Aead.h"
#include "SecureKey.h"

#include <QtEndian>

namespace branch::KeyWrap {
namespace {

const QByteArray kKekMagic = QByteArrayLiteral("BK1");

QByteArray wrapAad(quint32 kekId, quint32 keyId)
{
    return QByteArrayLiteral("branchsuite/dek-v1") + bigEndian32(kekId) + bigEndian32(keyId);
}

} // namespace

QByteArray bigEndian32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QByteArray wrap(const SecureKey &kek, quint32 kekId, quint32 keyId, const SecureKey &dek)
{
    QByteArray plain(reinterpret_cast<const char *>(dek.data()), qsizetype(SecureKey::Size));
    QByteArray wrapped = Aead::seal(kek, plain, wrapAad(kekId, keyId));
    scrub(plain);
    return wrapped;
}

std::unique_ptr<SecureKey> unwrap(const SecureKey &kek, quint32 kekId, quint32 keyId, const QByteArray &wrapped)
{
    std::optional<QByteArray> plain = Aead::open(kek, wrapped, wrapAad(kekId, keyId));
    if (!plain)
        return nullptr;
    auto key = SecureKey::fromBytes(plain->constData(), std::size_t(plain->size()));
    scrub(*plain);
    return key;
}

QByteArray encodeKek(quint32 kekId, const SecureKey &kek)
{
    return kKekMagic + bigEndian32(kekId)
        + QByteArray(reinterpret_cast<const char *>(kek.data()), qsizetype(SecureKey::Size));
}

std::unique_ptr<SecureKey> decodeKek(QByteArray &secret, quint32 *kekId)
{
    std::unique_ptr<SecureKey> key;
    const qsizetype expected = kKekMagic.size() + 4 + qsizetype(SecureKey::Size);
    if (secret.size() == expected && secret.startsWith(kKekMagic)) {
        const quint32 id = qFromBigEndian<quint32>(secret.constData() + kKekMagic.size());
        key = SecureKey::fromBytes(secret.constData() + kKekMagic.size() + 4, SecureKey::Size);
        if (key && id != 0)
            *kekId = id;
        else
            key.reset();
    }
    scrub(secret);
    return key;
}

} // namespace branch::KeyWrap
