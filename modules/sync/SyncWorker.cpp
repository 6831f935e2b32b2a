#include "SyncWorker.h"

#include "Clock.h"
#include "CoreClient.h"
#include "Database.h"
#include "HttpsCoreClient.h"
#include "OutboxRelay.h"
#include "PayloadCodec.h"
#include "RandomSource.h"
#include "ReferenceSync.h"
#include "SyncLogging.h"
#include "SyncStatus.h"

#include <algorithm>

namespace branch {

SyncWorker::SyncWorker(const SyncServiceOptions &options)
    : m_options(options)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncWorker::pass);
}

// The relay and the client refer to the database and the codec: destroy
// them first.
SyncWorker::~SyncWorker()
{
    m_reference.reset();
    m_relay.reset();
    m_core.reset();
}

void SyncWorker::setUp()
{
    m_clock = std::make_unique<SystemClock>();
    m_db = std::make_unique<Database>();
    OpenOptions open;
    open.path = m_options.databasePath;
    const OpenResult opened = m_db->open(open);
    if (!opened.ok) {
        qCWarning(lcSync) << "sync worker: the kiosk database could not be opened:" << opened.status.reason;
        m_db.reset();
        m_snapshot.reason = opened.status.reason;
        publish();
        return;
    }
    m_snapshot.reason = configure();
    m_snapshot.configured = m_snapshot.reason.isEmpty();
    readReferenceVersions();
    if (!m_snapshot.configured)
        qCInfo(lcSync) << "delivery to core is not configured:" << m_snapshot.reason;
    pass();
}

// Empty when the relay is ready; otherwise the reason it is not.
QString SyncWorker::configure()
{
    const auto stored = CoreSettings::load(*m_db);
    if (!stored.ok())
        return stored.error.reason;
    CoreEndpoint endpoint;
    endpoint.baseUrl = m_options.coreUrl.isEmpty() ? QUrl(stored.value.url) : m_options.coreUrl;
    endpoint.caFile = m_options.caFile.isEmpty() ? stored.value.caFile : m_options.caFile;
    endpoint.timeoutMs = m_options.requestTimeoutMs;
    if (endpoint.baseUrl.isEmpty() || endpoint.caFile.isEmpty())
        return QStringLiteral("core_not_configured");

    if (!m_options.codec || !m_options.auditKey)
        return QStringLiteral("no_sealing");
    if (m_options.deviceCredential.isEmpty())
        return QStringLiteral("no_device_credential");
    // Core refuses a credential without the device's certificate: say so
    // once, here, instead of trying and being refused every pass.
    if (m_options.deviceCertificate.isEmpty() || m_options.deviceKey.isEmpty())
        return QStringLiteral("device_certificate_missing");
    endpoint.credential = m_options.deviceCredential;
    endpoint.clientCertificate = m_options.deviceCertificate;
    endpoint.clientKey = m_options.deviceKey;

    QString error;
    std::unique_ptr<HttpsCoreClient> client = HttpsCoreClient::create(endpoint, &error);
    if (!client)
        return error;
    m_core = std::move(client);
    m_random = std::make_unique<SeededRandom>();
    m_relay = std::make_unique<OutboxRelay>(*m_db, *m_clock, *m_core, *m_options.codec, m_options.auditKey, *m_random,
                                            m_options.relay);
    m_relay->anchoring().setPinnedCoreKey(m_options.coreAnchorKey);
    m_relay->anchoring().setDeviceId(credentialDeviceId(m_options.deviceCredential));
    m_reference = std::make_unique<ReferenceSync>(*m_db, *m_core);
    return {};
}

void SyncWorker::nudge()
{
    if (!m_db)
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > m_options.nudgeDelayMs)
        schedule(m_options.nudgeDelayMs);
}

void SyncWorker::pass()
{
    if (!m_db)
        return;
    if (!m_relay) {
        // Not configured: the kiosk works offline; staff still see what waits.
        m_snapshot.counts = localCounts();
        publish();
        schedule(m_options.intervalMs);
        return;
    }
    const RelayPass done = m_relay->runOnce();
    if (QThread::currentThread()->isInterruptionRequested())
        return;
    // A relay that just failed to reach core has said all there is to say.
    const std::optional<bool> referenceReached = done.stopped ? std::nullopt : refreshReference();
    if (QThread::currentThread()->isInterruptionRequested())
        return;
    // Never a null string: SyncStatus::save binds it as SQL NULL, which the
    // settings table refuses.
    SyncStatus status{m_relay->isOnline(), m_relay->lastSuccess(), m_relay->clockSkewMs(),
                      m_relay->isClockSkewed(), done.stopped ? done.reason : QStringLiteral("")};
    if (!status.lastSuccess.isValid())
        status.lastSuccess = SyncStatus::load(*m_db).value.lastSuccess;
    // For `branchctl sync status`; the kiosk itself uses the snapshot.
    if (const StoreError saved = status.save(*m_db); saved.isError() && !m_statusWarned) {
        m_statusWarned = true;
        qCWarning(lcSync) << "sync status not saved:" << saved.reason << saved.detail;
    }

    const auto counts = m_relay->counts();
    m_snapshot.counts = counts.ok() ? counts.value : localCounts();
    // With nothing to deliver the relay never calls core; the reference
    // check is then the only word on whether core is up.
    const bool relayTalked = done.stopped || done.sent > 0 || done.acknowledged > 0 || done.rejected > 0
                          || done.requeued > 0;
    if (relayTalked)
        m_snapshot.online = status.online;
    else if (referenceReached)
        m_snapshot.online = *referenceReached;
    else if (const std::optional<bool> answered = probe())
        m_snapshot.online = *answered;
    if (relayTalked || referenceReached)
        m_probeDue.setRemainingTime(m_options.probeIntervalMs);
    m_snapshot.clockSkewed = m_relay->isClockSkewed();
    m_snapshot.clockSkewMs = m_relay->clockSkewMs();
    m_snapshot.lastSuccess = status.lastSuccess;
    m_snapshot.reason = status.lastError;
    m_snapshot.coreAnchorKey = m_relay->anchoring().coreKey();
    publish();

    // The relay knows when work is next due (its backoff, its breaker);
    // never wait longer than the interval, so new entries go out.
    const qint64 idle = m_relay->idleMs();
    const qint64 next = idle < 0 ? m_options.intervalMs : std::clamp<qint64>(idle, 50, m_options.intervalMs);
    schedule(std::min<qint64>(next, std::max<qint64>(m_probeDue.remainingTime(), 50)));
}

std::optional<bool> SyncWorker::refreshReference()
{
    if (!m_referenceDue.hasExpired())
        return std::nullopt;
    const QDateTime sentAt = m_clock->now();
    const QList<ReferenceOutcome> outcomes = m_reference->pullAll();
    for (const ReferenceOutcome &o : outcomes) {
        if (o.result == QLatin1String("failed") && o.reached)
            qCWarning(lcSync) << "reference" << o.name << "refused:" << o.reason;
    }
    // pullAll() stops at the first name core does not answer for.
    const bool reached = !outcomes.isEmpty() && outcomes.constLast().reached;
    // The round is the only exchange an idle kiosk makes: check the clock on
    // it (a few requests long, well inside the minutes that matter).
    if (reached)
        m_relay->observeClock(sentAt, outcomes.constLast().serverTime);
    // Unanswered: ask again on the next pass, not in five minutes.
    m_referenceDue.setRemainingTime(reached ? m_options.referenceIntervalMs : m_options.intervalMs);
    if (reached)
        m_snapshot.referenceCheckedAt = m_clock->now();
    readReferenceVersions();
    return reached;
}

std::optional<bool> SyncWorker::probe()
{
    if (!m_probeDue.hasExpired())
        return std::nullopt;
    m_probeDue.setRemainingTime(m_options.probeIntervalMs);
    const CoreReply reply = m_core->fetchTime();
    // Any answer, even a refusal, means core is up; no answer, or a 5xx
    // (core cannot work), means it is not.
    return reply.status != ReplyStatus::Transport && reply.status != ReplyStatus::Server;
}

void SyncWorker::readReferenceVersions()
{
    if (!m_db || !m_reference)
        return;
    for (const QString &name : ReferenceName::all()) {
        const auto held = m_reference->copy(name);
        if (held.ok() && held.value.version >= 0)
            m_snapshot.referenceVersions.insert(name, held.value.version);
    }
}

void SyncWorker::schedule(qint64 delayMs)
{
    m_timer.start(int(std::clamp<qint64>(delayMs, 0, m_options.intervalMs)));
}

void SyncWorker::publish()
{
    if (m_published && m_snapshot == m_lastPublished)
        return;
    m_published = true;
    m_lastPublished = m_snapshot;
    Q_EMIT snapshotChanged(m_snapshot);
}

QueueCounts SyncWorker::localCounts() const
{
    QueueCounts c;
    const auto byState = OutboxRepository(*m_db).countByState();
    if (!byState.ok())
        return m_snapshot.counts;
    c.pending = byState.value.value(OutboxState::Pending);
    c.sent = byState.value.value(OutboxState::Sent);
    c.acknowledged = byState.value.value(OutboxState::Acknowledged);
    c.rejected = byState.value.value(OutboxState::Rejected);
    return c;
}

} // namespace branch
