#include "SyncCommand.h"

#include "AuditKeying.h"
#include "CliLogging.h"
#include "Clock.h"
#include "CommandArgs.h"
#include "Database.h"
#include "DatabasePath.h"
#include "DeviceEndpoint.h"
#include "DeviceSecrets.h"
#include "HttpsCoreClient.h"
#include "OutboxRelay.h"
#include "PayloadCodec.h"
#include "RandomSource.h"
#include "ReferenceSync.h"
#include "SealingSetup.h"
#include "StoreAccess.h"
#include "SyncStatus.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <optional>

namespace branch {
namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject countsJson(const QueueCounts &c)
{
    return {{QStringLiteral("pending"), c.pending},
            {QStringLiteral("sent"), c.sent},
            {QStringLiteral("acknowledged"), c.acknowledged},
            {QStringLiteral("rejected"), c.rejected}};
}

// --name N as a bounded integer; false when given and not one.
bool intOption(const CommandArgs &args, const QString &name, qint64 low, qint64 high, qint64 *value)
{
    if (!args.values.contains(name))
        return true;
    bool ok = false;
    const qint64 v = args.value(name).toLongLong(&ok);
    if (!ok || v < low || v > high)
        return false;
    *value = v;
    return true;
}

} // namespace

int reportStoreFailure(QTextStream &err, const StoreError &error)
{
    err << "branchctl: " << error.message << " (" << error.reason << ")\n";
    err.flush();
    qCWarning(lcCli) << "store error" << error.reason << error.detail;
    return ExitFailure;
}

int openSyncDatabase(const CommandArgs &args, Database &db, QTextStream &err)
{
    return StoreAccess::openForWriting(StoreAccess::path(args), db, err);
}

SyncCommand::SyncCommand(const Clock &clock)
    : m_clock(clock)
{
}

QString SyncCommand::name() const
{
    return QStringLiteral("sync");
}

QString SyncCommand::summary() const
{
    return tr("Deliver the outbox to core, or show the delivery status");
}

QString SyncCommand::usage() const
{
    return tr("Usage: branchctl sync run [--until-empty] [--core <url> --ca <file>] [--database <path>]\n"
              "                          [--dev-insecure-secrets <dir>] [--reference] [--json]\n"
              "                          [--batch N] [--timeout-ms N] [--retry-base-ms N] [--retry-cap-ms N]\n"
              "                          [--seed N] [--max-seconds N]\n"
              "       branchctl sync status [--database <path>] [--json]\n"
              "\n"
              "  run     resolve entries whose outcome is unknown, then send due entries in batches\n"
              "          --until-empty  repeat, waiting out backoff, until nothing is pending or sent\n"
              "          --core, --ca   core's https URL and the only CA to trust (default: as enrolled)\n"
              "          --dev-insecure-secrets  DEVELOPMENT ONLY: read the credential from this directory\n"
              "          --reference    also pull catalog, bills, avatar scripts and exchange rates\n"
              "          --batch        transactions per request, 1 to 500 (default 500)\n"
              "          --seed         seed for retry jitter (default: random)\n"
              "  status  counts by state, last success, online, clock skew (no network)\n"
              "\n"
              "Exit codes: 0 done, 2 usage error, 3 core or the local database failed.");
}

int SyncCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    const CommandArgs parsed = CommandArgs::parse(
        args.mid(1),
        {QStringLiteral("--until-empty"), QStringLiteral("--json"), QStringLiteral("--reference")},
        {QStringLiteral("--core"), QStringLiteral("--ca"), QStringLiteral("--database"),
         QStringLiteral("--dev-insecure-secrets"), QStringLiteral("--batch"), QStringLiteral("--timeout-ms"),
         QStringLiteral("--retry-base-ms"), QStringLiteral("--retry-cap-ms"), QStringLiteral("--seed"),
         QStringLiteral("--max-seconds")});
    if (!parsed.error.isEmpty())
        return reportUsageError(err, parsed.error,
                                tr("Unknown or incomplete option %1. Run \"branchctl help sync\".").arg(parsed.culprit));
    if (!parsed.positional.isEmpty())
        return reportUsageError(err, QStringLiteral("too_many_arguments"), tr("Unexpected argument."));
    if (sub == QLatin1String("run"))
        return runRelay(parsed, out, err);
    if (sub == QLatin1String("status"))
        return status(parsed, out, err);
    return reportUsageError(err, QStringLiteral("unknown_subcommand"), tr("Use \"sync run\" or \"sync status\"."));
}

int SyncCommand::runRelay(const CommandArgs &args, QTextStream &out, QTextStream &err)
{
    RelayOptions options;
    qint64 batch = options.batchSize, timeoutMs = 15000, seed = -1, maxSeconds = 0;
    if (!intOption(args, QStringLiteral("--batch"), 1, 500, &batch)
        || !intOption(args, QStringLiteral("--timeout-ms"), 100, 600000, &timeoutMs)
        || !intOption(args, QStringLiteral("--retry-base-ms"), 1, 3600000, &options.backoff.baseMs)
        || !intOption(args, QStringLiteral("--retry-cap-ms"), 1, 86400000, &options.backoff.capMs)
        || !intOption(args, QStringLiteral("--seed"), 0, 0xffffffffLL, &seed)
        || !intOption(args, QStringLiteral("--max-seconds"), 0, 86400 * 7, &maxSeconds))
        return reportUsageError(err, QStringLiteral("invalid_number"), tr("A numeric option is out of range."));
    options.batchSize = int(batch);
    options.breaker.minOpenMs = std::min<qint64>(options.breaker.minOpenMs, options.backoff.capMs);

    Database db;
    if (const int rc = openSyncDatabase(args, db, err); rc != ExitSuccess)
        return rc;
    const auto stored = CoreSettings::load(db);
    if (!stored.ok())
        return reportStoreFailure(err, stored.error);
    CoreEndpoint endpoint;
    endpoint.baseUrl = QUrl(args.values.value(QStringLiteral("--core"), stored.value.url));
    endpoint.caFile = args.values.value(QStringLiteral("--ca"), stored.value.caFile);
    endpoint.timeoutMs = int(timeoutMs);
    if (endpoint.baseUrl.isEmpty() || endpoint.caFile.isEmpty())
        return reportUsageError(err, QStringLiteral("core_not_configured"),
                                tr("No core address: enrol the device, or give --core and --ca."));

    // The kiosk's rows are sealed: the relay reads them with the same keys.
    SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = args.value(QStringLiteral("--dev-insecure-secrets"));
    const auto sealing = openSealing(db, secretOptions);
    if (!sealing.ok()) {
        err << "branchctl: " << sealing.error.message << " (" << sealing.error.reason << ")\n";
        return ExitFailure;
    }
    const auto &secrets = *sealing.value;
    // Core wants the credential and the device's certificate together; a
    // kiosk enrolled before certificates is told to enrol again.
    Result<DeviceSecrets, SecurityError> device = DeviceSecrets::read(*secrets.secrets);
    if (!device.ok()) {
        err << "branchctl: " << device.error().message << " (" << device.reason() << ")\n";
        return ExitFailure;
    }
    presentDevice(endpoint, device.value());
    const AuditKeyResult auditKey =
        openAuditKey(db, *secrets.secrets, m_clock, QString(AuditActor::Branchctl));
    if (!auditKey.ok()) {
        err << "branchctl: " << auditKey.error.message << " (" << auditKey.error.reason << ")\n";
        return ExitFailure;
    }
    if (const int rc = StoreAccess::auditSalvage(db, m_clock, auditKey.value, err); rc != ExitSuccess)
        return rc;

    QString clientError;
    const auto client = HttpsCoreClient::create(endpoint, &clientError);
    if (!client)
        return reportUsageError(err, clientError, tr("The core address or CA file cannot be used."));

    SeededRandom random = seed >= 0 ? SeededRandom(quint32(seed)) : SeededRandom();
    OutboxRelay relay(db, m_clock, *client, *sealing.value->codec, auditKey.value, random, options);
    const SecretResult pinned = secrets.secrets->read(QString(SecretName::CoreAnchorKey));
    relay.anchoring().setPinnedCoreKey(pinned.ok() ? pinned.value() : QByteArray());
    relay.anchoring().setDeviceId(credentialDeviceId(endpoint.credential));
    if (args.has(QStringLiteral("--reference"))) {
        ReferenceSync reference(db, *client);
        for (const ReferenceOutcome &o : reference.pullAll())
            qCInfo(lcCli) << "reference" << o.name << o.result << o.version << o.reason;
    }

    const QDeadlineTimer deadline = maxSeconds > 0 ? QDeadlineTimer(maxSeconds * 1000) : QDeadlineTimer::Forever;
    RelayPass total;
    RelayPass last;
    std::optional<AnchorOutcome> anchor; // of the last pass that reached its end
    bool fatal = false;
    for (;;) {
        last = relay.runOnce();
        if (last.anchor)
            anchor = last.anchor;
        total.sent += last.sent;
        total.acknowledged += last.acknowledged;
        total.rejected += last.rejected;
        total.requeued += last.requeued;
        SyncStatus status{relay.isOnline(), relay.lastSuccess(), relay.clockSkewMs(), relay.isClockSkewed(),
                          last.stopped ? last.reason : QString()};
        if (!status.lastSuccess.isValid())
            status.lastSuccess = SyncStatus::load(db).value.lastSuccess;
        status.save(db);
        // A refused credential will not get better by retrying.
        fatal = last.reason == QLatin1String("unknown_device") || last.reason == QLatin1String("bad_credential")
            || last.reason == QLatin1String("revoked_device");
        if (!args.has(QStringLiteral("--until-empty")) || fatal)
            break;
        const qint64 idle = relay.idleMs();
        if (idle < 0 || deadline.hasExpired())
            break;
        if (idle > 0)
            QThread::msleep(ulong(std::clamp<qint64>(idle, 1, 1000)));
    }
    // The head as this run leaves it, unless core could not be reached.
    if (!last.stopped) {
        const AnchorOutcome closing = relay.anchorNow();
        if (!anchor || closing.result != AnchorResult::Unchanged)
            anchor = closing;
    }
    // Core's anchor key, pinned the first time it answers (over the pinned CA).
    if (!pinned.ok() && !relay.anchoring().coreKey().isEmpty())
        secrets.secrets->write(QString(SecretName::CoreAnchorKey), relay.anchoring().coreKey());
    const auto counts = relay.counts();
    const bool empty = counts.ok() && counts.value.undelivered() == 0;
    const bool ok = !fatal && (args.has(QStringLiteral("--until-empty")) ? empty : !last.stopped);
    if (args.has(QStringLiteral("--json"))) {
        QJsonObject o{{QStringLiteral("result"), ok ? QStringLiteral("ok") : QStringLiteral("stopped")},
                      {QStringLiteral("reason"), last.reason},
                      {QStringLiteral("sent"), total.sent},
                      {QStringLiteral("acknowledged"), total.acknowledged},
                      {QStringLiteral("rejected"), total.rejected},
                      {QStringLiteral("requeued"), total.requeued},
                      {QStringLiteral("online"), relay.isOnline()},
                      {QStringLiteral("clockSkewMs"), relay.clockSkewMs()},
                      {QStringLiteral("counts"), countsJson(counts.value)}};
        if (anchor) {
            o.insert(QStringLiteral("anchor"), QJsonObject{{QStringLiteral("result"), anchor->result},
                                                           {QStringLiteral("reason"), anchor->reason},
                                                           {QStringLiteral("sequence"), anchor->sequence}});
        }
        out << compact(o) << '\n';
    } else {
        out << tr("Sent %1, acknowledged %2, rejected %3; %4 pending, %5 awaiting an answer.")
                   .arg(total.sent)
                   .arg(total.acknowledged)
                   .arg(total.rejected)
                   .arg(counts.value.pending)
                   .arg(counts.value.sent)
            << '\n';
        if (!ok)
            out << tr("Stopped: %1").arg(last.reason) << '\n';
        if (anchor && anchor->reason.isEmpty())
            out << tr("Audit log anchored at core up to row %1.").arg(anchor->sequence) << '\n';
        else if (anchor)
            out << tr("The audit log was not anchored at core: %1").arg(anchor->reason) << '\n';
    }
    out.flush();
    return ok ? ExitSuccess : ExitFailure;
}

int SyncCommand::status(const CommandArgs &args, QTextStream &out, QTextStream &err)
{
    // Only reads: a damaged or missing file is reported, never set aside or made.
    Database db;
    if (const int rc = StoreAccess::openForReading(StoreAccess::path(args), db, err); rc != ExitSuccess)
        return rc;
    const auto byState = OutboxRepository(db).countByState();
    const auto status = SyncStatus::load(db);
    if (!byState.ok())
        return reportStoreFailure(err, byState.error);
    if (!status.ok())
        return reportStoreFailure(err, status.error);
    if (const int rc = StoreAccess::confirmRead(db, err); rc != ExitSuccess)
        return rc;
    QueueCounts c;
    c.pending = byState.value.value(OutboxState::Pending);
    c.sent = byState.value.value(OutboxState::Sent);
    c.acknowledged = byState.value.value(OutboxState::Acknowledged);
    c.rejected = byState.value.value(OutboxState::Rejected);
    const QString lastSuccess =
        status.value.lastSuccess.isValid() ? status.value.lastSuccess.toUTC().toString(Qt::ISODateWithMs) : QString();
    if (args.has(QStringLiteral("--json"))) {
        QJsonObject o{{QStringLiteral("counts"), countsJson(c)},
                      {QStringLiteral("lastSuccess"), lastSuccess.isEmpty() ? QJsonValue() : QJsonValue(lastSuccess)},
                      {QStringLiteral("online"), status.value.online},
                      {QStringLiteral("clockSkewMs"), status.value.clockSkewMs},
                      {QStringLiteral("clockSkewed"), status.value.clockSkewed},
                      {QStringLiteral("lastError"), status.value.lastError}};
        out << compact(o) << '\n';
    } else {
        out << tr("Pending %1, sent %2, acknowledged %3, rejected %4.")
                   .arg(c.pending)
                   .arg(c.sent)
                   .arg(c.acknowledged)
                   .arg(c.rejected)
            << '\n'
            << (status.value.online ? tr("Core: online") : tr("Core: offline")) << '\n'
            << tr("Last success: %1").arg(lastSuccess.isEmpty() ? tr("never") : lastSuccess) << '\n';
        if (status.value.clockSkewed)
            out << tr("Warning: this kiosk's clock is %1 s away from core's.").arg(status.value.clockSkewMs / 1000)
                << '\n';
    }
    out.flush();
    return ExitSuccess;
}

} // namespace branch
