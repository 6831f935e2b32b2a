#pragma once

#include "SecurityError.h"

#include <QList>

#include <functional>
#include <memory>

namespace branch {

class Database;
class KeyRing;
class SecretStore;

struct RotationReport
{
    quint32 keyId = 0;          // the data key now in use
    quint32 kekId = 0;          // the KEK now in use
    QList<quint32> retiredKeys; // data keys destroyed by this run
    qint64 rowsResealed = 0;
    qint64 batches = 0;
    bool resumed = false; // finished a rotation an earlier run had started
};

// Changes keys without ever leaving a row unreadable. Every submissions row
// names its codec and, inside the sealed value, its data key; each batch is
// one transaction, and an old key is destroyed only once no row names it.
// A crash at any point leaves every row readable, and running again finishes
// the job.
class KeyRotation
{
public:
    // Called after each committed batch with the rows re-sealed so far.
    using Progress = std::function<void(qint64 rowsResealed)>;

    KeyRotation(Database &db, SecretStore &secrets, std::shared_ptr<KeyRing> keys);

    void setBatchSize(int rows) { m_batchSize = rows > 0 ? rows : 1; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // New data key generation, re-seal every row (plain rows too), retire the
    // old keys. If an earlier run stopped midway, finishes that one instead.
    SecurityResult<RotationReport> rotateDataKey();
    // Re-seals rows not yet under the current key (e.g. rows still 'plain'),
    // without a new generation.
    SecurityResult<RotationReport> resealPending();
    // New KEK: only the wrapped data keys change; no row is touched.
    SecurityResult<RotationReport> rotateKek();

private:
    SecurityError startGeneration(RotationReport *report);
    SecurityError resealAll(RotationReport *report);
    SecurityError resealBatch(qint64 *done);
    SecurityError retireOldKeys(RotationReport *report);

    Database &m_db;
    SecretStore &m_secrets;
    std::shared_ptr<KeyRing> m_keys;
    int m_batchSize = 200;
    Progress m_progress;
};

} // namespace branch
