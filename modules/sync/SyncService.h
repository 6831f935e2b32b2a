#pragma once

#include "OutboxRelay.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

namespace branch {

class AuditChainKey;
class PayloadCodec;
class SyncWorker;

// What the kiosk shows about delivery to core. Counts only: nothing here is
// personal data.
struct SyncSnapshot
{
    bool configured = false; // a core address, a CA file, a device credential and certificate
    bool online = false;
    QueueCounts counts;
    bool clockSkewed = false;
    qint64 clockSkewMs = 0; // core's clock minus ours
    QDateTime lastSuccess; // UTC; invalid: never
    QString reason;        // why delivery is not happening (e.g. core_not_configured), or empty
    QMap<QString, qint64> referenceVersions; // reference data held: name -> version
    QDateTime referenceCheckedAt;            // UTC; last time core answered for it
    // Core's key for audit anchors as first seen by the worker, for the
    // owner's thread to pin in the SecretStore (public, not a secret).
    QByteArray coreAnchorKey;

    friend bool operator==(const SyncSnapshot &, const SyncSnapshot &) = default;
};

struct SyncServiceOptions
{
    QString databasePath;        // the kiosk's SQLite file (WAL), opened again on the worker thread
    // Opened by the caller on its own thread and shared: QtKeychain crashes
    // when its jobs run on a second thread, so the worker never opens secrets.
    std::shared_ptr<const PayloadCodec> codec; // null: delivery not possible
    std::shared_ptr<const AuditChainKey> auditKey; // null: delivery not possible
    QByteArray coreAnchorKey;                  // pinned in the SecretStore; empty: not yet
    QByteArray deviceCredential;               // empty: not enrolled
    // The client certificate and key (PEM) from enrolment; empty with a
    // credential: enrolled before device certificates (enrol again).
    QByteArray deviceCertificate;
    QByteArray deviceKey;
    QUrl coreUrl;                // overrides the enrolled address when set
    QString caFile;              // overrides the enrolled CA file when set
    int intervalMs = 15000;      // between passes when nothing hurries them
    int referenceIntervalMs = 5 * 60 * 1000; // between reference data checks (cheap: 304s)
    int nudgeDelayMs = 200;      // a nudge coalesces submissions made close together
    // An idle kiosk asks core the time this often, so "online" follows core
    // within seconds of a failure (the relay and the reference check are
    // quiet when there is nothing to send).
    int probeIntervalMs = 4000;
    int requestTimeoutMs = 10000;
    RelayOptions relay;
};

// Delivers the outbox to core in the background: the OutboxRelay runs on its
// own thread with its own database connection and its own sealing, so a slow
// or dead core never stalls the customer's screen. It runs a pass at start,
// then every intervalMs, sooner after nudge() and once the relay's backoff
// says work is due. Reference data (catalog, bills, avatar scripts, exchange
// rates) is checked at start and every referenceIntervalMs; a check that
// core answers also shows core is up while the outbox is empty. Every change
// is published as a snapshot through a queued signal, to the thread that
// owns this object.
class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(const SyncServiceOptions &options, QObject *parent = nullptr);
    // Stops the worker: an exchange in flight is cut short and its entries
    // stay "sent", to be asked about on the next start.
    ~SyncService() override;

    void start();
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }
    SyncSnapshot snapshot() const { return m_snapshot; }

    // Thread-safe: something was just stored, deliver it soon.
    void nudge();

Q_SIGNALS:
    void snapshotChanged(const branch::SyncSnapshot &snapshot);

private:
    SyncServiceOptions m_options;
    QThread m_thread;
    std::atomic<SyncWorker *> m_worker = nullptr; // lives on m_thread, deleted there
    SyncSnapshot m_snapshot;
};

} // namespace branch

Q_DECLARE_METATYPE(branch::SyncSnapshot)
