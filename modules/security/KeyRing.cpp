#include "KeyRing.h"

#include "DataKeyRepository.h"
#include "Database.h"
#include "KeyWrap.h"
#include "SecretStore.h"
#include "SecureKey.h"
#include "SecurityLogging.h"
#include "Transaction.h"

#include <QMutexLocker>

#include <algorithm>

namespace branch {
namespace {

struct Kek
{
    quint32 id = 0;
    std::shared_ptr<const SecureKey> key;
};

SecurityError secretError(const SecretResult &r, const QString &what)
{
    SecurityError e;
    e.reason = r.error().reason;
    e.message = r.error().message;
    e.detail = what;
    return e;
}

// Reads one KEK entry. A missing entry is not an error: `kek` stays empty.
SecurityError readKek(SecretStore &secrets, const QString &name, Kek *kek)
{
    SecretResult r = secrets.read(name);
    if (r.reason() == QLatin1String(SecurityReason::SecretNotFound))
        return {};
    if (!r.ok())
        return secretError(r, name);
    kek->key = KeyWrap::decodeKek(r.value(), &kek->id);
    if (!kek->key)
        return SecurityError::make(SecurityReason::KekInvalid, name);
    return {};
}

SecurityError writeKek(SecretStore &secrets, const QString &name, const Kek &kek)
{
    QByteArray bytes = KeyWrap::encodeKek(kek.id, *kek.key);
    const SecretResult r = secrets.write(name, bytes);
    scrub(bytes);
    return r.ok() ? SecurityError{} : secretError(r, name);
}

// A KEK rotation writes the new KEK as "data-kek-next", rewraps the data
// keys in one transaction, then promotes it to "data-kek". Whichever step a
// crash interrupted, the rows say which KEK is current.
SecurityError settleKekRotation(SecretStore &secrets, const QList<DataKeyRow> &rows, Kek *current,
                                const Kek &next)
{
    if (!next.key)
        return {};
    const bool inUse = std::any_of(rows.cbegin(), rows.cend(),
                                   [&](const DataKeyRow &row) { return row.kekId == next.id; });
    if (inUse) {
        qCInfo(lcSecurity) << "finishing an interrupted KEK rotation to kek" << next.id;
        if (SecurityError e = writeKek(secrets, SecretName::DataKek, next); e.isError())
            return e;
        *current = next;
    }
    const SecretResult removed = secrets.remove(SecretName::DataKekNext);
    if (!removed.ok())
        qCWarning(lcSecurity) << "could not remove data-kek-next:" << removed.reason();
    return {};
}

} // namespace

SecurityResult<std::shared_ptr<KeyRing>> KeyRing::open(Database &db, SecretStore &secrets)
{
    SecurityResult<std::shared_ptr<KeyRing>> result;
    SecurityError &e = result.error;
    if (!ensureSodium()) {
        e = SecurityError::make(SecurityReason::CryptoUnavailable);
        return result;
    }
    const auto rows = DataKeyRepository::live(db.connection());
    if (!rows.ok()) {
        e = SecurityError::fromStore(rows.error);
        return result;
    }
    Kek kek, next;
    if ((e = readKek(secrets, SecretName::DataKek, &kek)).isError()
        || (e = readKek(secrets, SecretName::DataKekNext, &next)).isError()
        || (e = settleKekRotation(secrets, rows.value, &kek, next)).isError())
        return result;
    if (!kek.key) {
        if (!rows.value.isEmpty()) {
            e = SecurityError::make(SecurityReason::KekMissing, QStringLiteral("data keys exist, data-kek does not"));
            return result;
        }
        kek = {1, SecureKey::random()};
        if (!kek.key) {
            e = SecurityError::make(SecurityReason::CryptoUnavailable);
            return result;
        }
        if ((e = writeKek(secrets, SecretName::DataKek, kek)).isError())
            return result;
        qCInfo(lcSecurity) << "created kek" << kek.id << "in" << secrets.backend();
    }

    std::shared_ptr<KeyRing> ring(new KeyRing);
    ring->m_kekId = kek.id;
    ring->m_kek = kek.key;
    for (const DataKeyRow &row : rows.value) {
        if (row.kekId != kek.id) {
            e = SecurityError::make(SecurityReason::KekMissing,
                                    QStringLiteral("data key %1 wrapped by kek %2").arg(row.keyId).arg(row.kekId));
            return result;
        }
        std::shared_ptr<const SecureKey> dek = KeyWrap::unwrap(*kek.key, kek.id, row.keyId, row.wrapped);
        if (!dek) {
            e = SecurityError::make(SecurityReason::KeyUnwrapFailed, QStringLiteral("data key %1").arg(row.keyId));
            return result;
        }
        ring->m_keys.insert(row.keyId, dek);
        if (row.state == QLatin1String(DataKeyRepository::Active))
            ring->m_current = row.keyId;
    }

    if (ring->m_current == 0) {
        // First start (or a crash right after the KEK was made).
        Transaction tx(db.connection());
        std::shared_ptr<const SecureKey> dek = SecureKey::random();
        StoreResult<quint32> id;
        StoreError se;
        if ((se = tx.begin()).isError() || !(id = DataKeyRepository::nextId(db.connection())).ok()
            || (se = DataKeyRepository::insertActive(db.connection(), id.value, kek.id,
                                                KeyWrap::wrap(*kek.key, kek.id, id.value, *dek)))
                   .isError()
            || (se = tx.commit()).isError()) {
            e = SecurityError::fromStore(se.isError() ? se : id.error);
            return result;
        }
        ring->m_keys.insert(id.value, dek);
        ring->m_current = id.value;
        qCInfo(lcSecurity) << "created data key" << id.value;
    }
    result.value = ring;
    return result;
}

quint32 KeyRing::currentKeyId() const
{
    const QMutexLocker lock(&m_mutex);
    return m_current;
}

std::shared_ptr<const SecureKey> KeyRing::currentKey() const
{
    const QMutexLocker lock(&m_mutex);
    return m_keys.value(m_current);
}

std::shared_ptr<const SecureKey> KeyRing::key(quint32 keyId) const
{
    const QMutexLocker lock(&m_mutex);
    return m_keys.value(keyId);
}

QList<quint32> KeyRing::keyIds() const
{
    const QMutexLocker lock(&m_mutex);
    QList<quint32> ids = m_keys.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

quint32 KeyRing::kekId() const
{
    const QMutexLocker lock(&m_mutex);
    return m_kekId;
}

std::shared_ptr<const SecureKey> KeyRing::kek() const
{
    const QMutexLocker lock(&m_mutex);
    return m_kek;
}

void KeyRing::addKey(quint32 keyId, const std::shared_ptr<const SecureKey> &key, bool makeCurrent)
{
    const QMutexLocker lock(&m_mutex);
    m_keys.insert(keyId, key);
    if (makeCurrent)
        m_current = keyId;
}

void KeyRing::forgetKey(quint32 keyId)
{
    const QMutexLocker lock(&m_mutex);
    if (keyId != m_current)
        m_keys.remove(keyId);
}

void KeyRing::setKek(quint32 kekId, std::shared_ptr<const SecureKey> kek)
{
    const QMutexLocker lock(&m_mutex);
    m_kekId = kekId;
    m_kek = std::move(kek);
}

} // namespace branch
