#pragma once

#include "SecurityError.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <memory>

namespace branch {

class Database;
class SecretStore;
class SecureKey;

// The unwrapped data keys of one database, plus the KEK that wraps them.
// Shared by the sealing codec (reads) and KeyRotation (changes); safe to use
// from several threads.
class KeyRing
{
public:
    // Reads the KEK from `secrets` (making one only when the database holds no
    // keys yet), finishes a KEK rotation that stopped half-way, unwraps every
    // live data key and makes the first data key if there is none. Refuses
    // ("kek_missing") rather than replacing a lost KEK.
    static SecurityResult<std::shared_ptr<KeyRing>> open(Database &db, SecretStore &secrets);

    quint32 currentKeyId() const;
    std::shared_ptr<const SecureKey> currentKey() const;
    std::shared_ptr<const SecureKey> key(quint32 keyId) const; // null if unknown
    QList<quint32> keyIds() const;
    quint32 kekId() const;
    std::shared_ptr<const SecureKey> kek() const;

    // For KeyRotation, after the database change is committed.
    void addKey(quint32 keyId, const std::shared_ptr<const SecureKey> &key, bool makeCurrent);
    void forgetKey(quint32 keyId);
    void setKek(quint32 kekId, std::shared_ptr<const SecureKey> kek);

private:
    KeyRing() = default;

    mutable QMutex m_mutex;
    QHash<quint32, std::shared_ptr<const SecureKey>> m_keys;
    quint32 m_current = 0;
    quint32 m_kekId = 0;
    std::shared_ptr<const SecureKey> m_kek;
};

} // namespace branch
