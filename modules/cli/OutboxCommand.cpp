#include "OutboxCommand.h"

#include "AuditKeying.h"
#include "CliLogging.h"
#include "Clock.h"
#include "CommandArgs.h"
#include "Database.h"
#include "Masking.h"
#include "OutboxRepository.h"
#include "FlowReason.h"
#include "OutboxRetry.h"
#include "StoreAccess.h"
#include "SecretStoreFactory.h"
#include "SyncCommand.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <pwd.h>
#include <unistd.h>

namespace branch {

namespace {

// The account branchctl runs as, for the audit log: the password database's
// name for the effective uid (what sudo and systemd set), else $USER/$LOGNAME.
QString operatingSystemUser()
{
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}

} // namespace

OutboxCommand::OutboxCommand(const Clock &clock)
    : m_clock(clock)
{
}

QString OutboxCommand::name() const
{
    return QStringLiteral("outbox");
}

QString OutboxCommand::summary() const
{
    return tr("List outbox entries, or put a rejected entry back for delivery");
}

QString OutboxCommand::usage() const
{
    return tr("Usage: branchctl outbox list [--state pending|sent|acknowledged|rejected] [--limit N]\n"
              "                             [--offset N] [--database <path>] [--json]\n"
              "       branchctl outbox retry <id> [--actor <id>] [--database <path>] [--dev-insecure-secrets <dir>]\n"
              "\n"
              "  list   newest first: id, key, state, attempts, service, masked receipt, reason\n"
              "         --json  one line per entry: {\"id\":..,\"key\":..,\"state\":..,...}\n"
              "  retry  send a rejected entry again, with the same idempotency key; audited\n"
              "         --actor  who does it, for the audit log (default: the user branchctl runs as)\n"
              "\n"
              "Exit codes: 0 done, 1 no such rejected entry, 2 usage error, 3 store failure.");
}

int OutboxCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    const CommandArgs parsed =
        CommandArgs::parse(args.mid(1), {QStringLiteral("--json")},
                           {QStringLiteral("--state"), QStringLiteral("--limit"), QStringLiteral("--offset"),
                            QStringLiteral("--database"), QStringLiteral("--actor"),
                            QStringLiteral("--dev-insecure-secrets")});
    if (!parsed.error.isEmpty())
        return reportUsageError(
            err, parsed.error, tr("Unknown or incomplete option %1. Run \"branchctl help outbox\".").arg(parsed.culprit));
    if (sub == QLatin1String("list"))
        return list(parsed, out, err);
    if (sub == QLatin1String("retry"))
        return retry(parsed, out, err);
    return reportUsageError(err, QStringLiteral("unknown_subcommand"), tr("Use \"outbox list\" or \"outbox retry\"."));
}

int OutboxCommand::list(const CommandArgs &args, QTextStream &out, QTextStream &err)
{
    const QString state = args.value(QStringLiteral("--state"));
    const QStringList states{OutboxState::Pending, OutboxState::Sent, OutboxState::Acknowledged,
                             OutboxState::Rejected};
    if (!state.isEmpty() && !states.contains(state))
        return reportUsageError(err, QStringLiteral("invalid_state"), tr("Unknown state %1.").arg(state));
    bool limitOk = true, offsetOk = true;
    const int limit = args.values.value(QStringLiteral("--limit"), QStringLiteral("100")).toInt(&limitOk);
    const int offset = args.values.value(QStringLiteral("--offset"), QStringLiteral("0")).toInt(&offsetOk);
    if (!limitOk || !offsetOk || limit < 1 || limit > 10000 || offset < 0)
        return reportUsageError(err, QStringLiteral("invalid_number"), tr("--limit is 1 to 10000, --offset 0 or more."));
    if (!args.positional.isEmpty())
        return reportUsageError(err, QStringLiteral("too_many_arguments"), tr("Unexpected argument."));

    // Only reads: a damaged or missing file is reported, never set aside or made.
    Database db;
    if (const int rc = StoreAccess::openForReading(StoreAccess::path(args), db, err); rc != ExitSuccess)
        return rc;
    const auto entries = OutboxRepository(db).list(state, limit, offset);
    if (!entries.ok())
        return reportStoreFailure(err, entries.error);
    if (const int rc = StoreAccess::confirmRead(db, err); rc != ExitSuccess)
        return rc;
    const bool json = args.has(QStringLiteral("--json"));
    for (const OutboxEntry &e : entries.value) {
        const QString receipt = maskIdentifier(e.receiptNumber);
        if (json) {
            QJsonObject o{{QStringLiteral("id"), e.id},
                          {QStringLiteral("key"), e.idempotencyKey},
                          {QStringLiteral("state"), e.state},
                          {QStringLiteral("attempts"), e.attempts},
                          {QStringLiteral("serviceId"), e.serviceId},
                          {QStringLiteral("receipt"), receipt},
                          {QStringLiteral("reason"), e.state == OutboxState::Rejected ? e.rejectReason : e.lastError}};
            if (e.state == OutboxState::Rejected)
                o.insert(QStringLiteral("message"), e.rejectMessage);
            out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            out << e.id << '\t' << e.state << '\t' << e.attempts << '\t' << e.serviceId << '\t' << receipt << '\t'
                << (e.state == OutboxState::Rejected ? e.rejectReason : e.lastError) << '\n';
        }
    }
    out.flush();
    return ExitSuccess;
}

int OutboxCommand::retry(const CommandArgs &args, QTextStream &out, QTextStream &err)
{
    if (args.positional.size() != 1)
        return reportUsageError(err, QStringLiteral("missing_id"), tr("Give exactly one outbox entry id."));
    bool ok = false;
    const qint64 id = args.positional.constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return reportUsageError(err, QStringLiteral("invalid_id"), tr("An outbox entry id is a positive number."));
    const QString actorId = args.values.value(QStringLiteral("--actor"), operatingSystemUser());
    const std::optional<Actor> actor = Actor::forOperator(actorId);
    if (!actor)
        return reportUsageError(err, QStringLiteral("invalid_actor"),
                                FlowMessages::messageFor(FlowReason::InvalidActor)
                                    + u' ' + tr("Name who sends the entry again with --actor."));
    Database db;
    if (const int rc = openSyncDatabase(args, db, err); rc != ExitSuccess)
        return rc;
    // The audit row is keyed: the chain's key comes from the keychain.
    SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = args.value(QStringLiteral("--dev-insecure-secrets"));
    const SecretStoreOpenResult secrets = openSecretStore(secretOptions);
    if (!secrets.ok()) {
        err << "branchctl: " << secrets.error().message << " (" << secrets.reason() << ")\n";
        return ExitFailure;
    }
    const AuditKeyResult auditKey = openAuditKey(db, *secrets.value(), m_clock, QString(AuditActor::Branchctl));
    if (!auditKey.ok()) {
        err << "branchctl: " << auditKey.error.message << " (" << auditKey.error.reason << ")\n";
        return ExitFailure;
    }
    if (const int rc = StoreAccess::auditSalvage(db, m_clock, auditKey.value, err); rc != ExitSuccess)
        return rc;
    // The kiosk's staff page does exactly this: same key, audited in the
    // retry's own transaction.
    const auto retried = OutboxRetry(db, m_clock, auditKey.value).retry(id, *actor);
    if (retried.reason() == OutboxReason::NotFound || retried.reason() == OutboxReason::WrongState) {
        err << "branchctl: " << tr("Entry %1 is not a rejected outbox entry.").arg(id) << " (" << retried.reason()
            << ")\n";
        return ExitInvalid;
    }
    if (!retried.ok()) {
        StoreError failure;
        failure.reason = retried.error().reason;
        failure.message = retried.error().message;
        return reportStoreFailure(err, failure);
    }
    qCInfo(lcCli) << "an operator put outbox entry" << id << "back for delivery";
    out << tr("Entry %1 will be sent again with its original key.").arg(id) << '\n';
    out.flush();
    return ExitSuccess;
}

} // namespace branch
