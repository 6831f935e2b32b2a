#pragma once

#include "AuditLog.h"
#include "CoreMessages.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <memory>

namespace branch {

class AuditChainKey;
class Clock;
class CoreClient;
class Database;

namespace AnchorResult {
inline constexpr QLatin1String Unchanged{"unchanged"}; // core already holds the log's head
inline constexpr QLatin1String Anchored{"anchored"};   // core took a new head
inline constexpr QLatin1String Refused{"refused"};     // core refused it, and keeps a flag
inline constexpr QLatin1String Failed{"failed"};       // core or the store could not be asked
} // namespace AnchorResult

struct AnchorOutcome
{
    QString result = QString(AnchorResult::Unchanged);
    QString reason;      // why refused or failed
    qint64 sequence = 0; // the newest head core holds after this run
};

// Anchors the audit log's head at core after each relay pass (Crosby &
// Wallach: core is the auditor that keeps the log's commitments):
//  1. nothing to do while the log's last row is the anchor the kiosk holds;
//  2. otherwise asks core for its newest anchor B, checks the log with the
//     key (all of it at the first run and hourly, else the rows since the
//     last check), and sends the head with the MACs of rows B+1.. (at most
//     AuditChain::MaxLinksPerAnchor per request) and the check's outcome;
//  3. keeps core's signed answer as the held anchor.
// A cut, emptied, recomputed or forged log cannot extend B, so core refuses
// it (anchor_regressed, anchor_inconsistent, ...) and flags the device.
// Runs on the thread that owns the Database.
class AuditAnchoring
{
public:
    AuditAnchoring(Database &db, const Clock &clock, CoreClient &core, std::shared_ptr<const AuditChainKey> key);

    // Core's key as pinned in the SecretStore; empty: not pinned yet, the key
    // of core's first valid answer is then held to for this run.
    void setPinnedCoreKey(const QByteArray &publicKey) { m_coreKey = publicKey; }
    QByteArray coreKey() const { return m_coreKey; }
    // The device the credential names; empty: not checked.
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }

    // How often the whole log is checked again; in between, only the rows
    // written since the last check (and that the last checked row is unchanged).
    void setFullCheckIntervalMs(qint64 ms) { m_fullCheckIntervalMs = ms; }

    AnchorOutcome run();

private:
    bool trusted(const SignedAnchor &anchor, QString *reason);
    AnchorOutcome send(const AnchorRequest &request);
    StoreResult<AuditVerification> check();

    Database &m_db;
    const Clock &m_clock;
    CoreClient &m_core;
    std::shared_ptr<const AuditChainKey> m_key;
    QByteArray m_coreKey;
    QString m_deviceId;
    qint64 m_fullCheckIntervalMs = 60 * 60 * 1000;
    QDateTime m_fullCheckAt; // invalid: the whole log is checked at the first run
    qint64 m_checkedId = 0;
    QString m_checkedHead;
};

} // namespace branch
