#include "AuditChainKey.h"

#include "SecureKey.h"

#include <QtEndian>

#include <sodium.h>

namespace branch {
namespace {

const QByteArray kMagic = QByteArrayLiteral("BAK1");
constexpr qsizetype kEncodedSize = 4 + 8 + qsizetype(SecureKey::Size);

static_assert(crypto_auth_hmacsha256_KEYBYTES == SecureKey::Size);
static_assert(crypto_auth_hmacsha256_BYTES == AuditChainKey::MacSize);

} // namespace

AuditChainKey::AuditChainKey(std::unique_ptr<SecureKey> key, qint64 keyedFrom)
    : m_key(std::move(key))
    , m_keyedFrom(keyedFrom)
{
}

AuditChainKey::~AuditChainKey() = default;

std::unique_ptr<AuditChainKey> AuditChainKey::generate(qint64 keyedFrom)
{
    if (keyedFrom < 1)
        return nullptr;
    std::unique_ptr<SecureKey> key = SecureKey::random();
    if (!key)
        return nullptr;
    return std::unique_ptr<AuditChainKey>(new AuditChainKey(std::move(key), keyedFrom));
}

std::unique_ptr<AuditChainKey> AuditChainKey::decode(QByteArray &secret)
{
    std::unique_ptr<AuditChainKey> result;
    if (secret.size() == kEncodedSize && secret.startsWith(kMagic)) {
        const qint64 keyedFrom = qFromBigEndian<qint64>(secret.constData() + kMagic.size());
        std::unique_ptr<SecureKey> key = SecureKey::fromBytes(secret.constData() + kMagic.size() + 8, SecureKey::Size);
        if (key && keyedFrom >= 1)
            result.reset(new AuditChainKey(std::move(key), keyedFrom));
    }
    scrub(secret);
    return result;
}

QByteArray AuditChainKey::encode() const
{
    QByteArray from(8, Qt::Uninitialized);
    qToBigEndian(m_keyedFrom, from.data());
    return kMagic + from + QByteArray(reinterpret_cast<const char *>(m_key->data()), qsizetype(SecureKey::Size));
}

QByteArray AuditChainKey::mac(QByteArrayView message) const
{
    QByteArray out(MacSize, Qt::Uninitialized);
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char *>(out.data()),
                           reinterpret_cast<const unsigned char *>(message.data()),
                           static_cast<unsigned long long>(message.size()), m_key->data());
    return out;
}

} // namespace branch
