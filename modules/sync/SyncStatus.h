#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QString>

namespace branch {

class Database;

// What the last relay run learned about core, kept in the settings table
// ("sync.*") so `branchctl sync status` and the kiosk's banner can show it
// while no relay is running.
struct SyncStatus
{
    bool online = false;
    QDateTime lastSuccess; // invalid: never
    qint64 clockSkewMs = 0;
    bool clockSkewed = false;
    QString lastError; // reason code of the last failed exchange, or empty

    static StoreResult<SyncStatus> load(Database &db);
    StoreError save(Database &db) const;
};

// Where core is, as `branchctl device enroll` recorded it ("sync.core_url",
// "sync.ca_file"); --core and --ca override it for one run.
struct CoreSettings
{
    QString url;
    QString caFile;

    static StoreResult<CoreSettings> load(Database &db);
    StoreError save(Database &db) const;
};

} // namespace branch
