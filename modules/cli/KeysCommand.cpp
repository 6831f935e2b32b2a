#include "KeysCommand.h"

#include "AuditKeying.h"
#include "AuditLog.h"
#include "CliLogging.h"
#include "CommandArgs.h"
#include "Database.h"
#include "DatabasePath.h"
#include "JsonLine.h"
#include "KeyRing.h"
#include "KeyRotation.h"
#include "SecretStoreFactory.h"
#include "StoreAccess.h"

#include <QFileInfo>

namespace branch {
namespace {

int failure(QTextStream &err, const QString &reason, const QString &message)
{
    err << "branchctl: " << message << " (" << reason << ")\n";
    err.flush();
    qCWarning(lcCli) << "keys rotate failed:" << reason;
    return ExitFailure;
}

QString idList(const QList<quint32> &ids)
{
    QStringList parts;
    for (quint32 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

KeysCommand::KeysCommand(const Clock &clock)
    : m_clock(clock)
{
}

QString KeysCommand::name() const
{
    return QStringLiteral("keys");
}

QString KeysCommand::summary() const
{
    return tr("Rotate the keys that protect stored personal data");
}

QString KeysCommand::usage() const
{
    return tr("Usage: branchctl keys rotate [--kek] [--database <path>] [--dev-insecure-secrets <dir>] [--json]\n"
              "\n"
              "  --kek                   rotate the key-encryption key in the keychain instead of the data key\n"
              "  --database              the kiosk database (default: %1)\n"
              "  --dev-insecure-secrets  DEVELOPMENT ONLY: keep secrets as files in <dir>\n"
              "  --json                  print one line: {\"rotated\":...,\"key_id\":...,\"kek_id\":...,...}\n"
              "\n"
              "Interrupted rotations are finished by running the command again.\n"
              "Exit codes: 0 done, 2 usage error, 3 failure.")
        .arg(kioskDatabasePath());
}

int KeysCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed = CommandArgs::parse(args, {QStringLiteral("--json"), QStringLiteral("--kek")},
                                                  {QStringLiteral("--database"), QStringLiteral("--dev-insecure-secrets")});
    if (!parsed.error.isEmpty())
        return reportUsageError(err, parsed.error,
                                tr("Unknown or incomplete option %1. Run \"branchctl help keys\".").arg(parsed.culprit));
    if (parsed.positional != QStringList{QStringLiteral("rotate")})
        return reportUsageError(err, QStringLiteral("unknown_action"), tr("The only action is \"rotate\"."));
    const bool kek = parsed.has(QStringLiteral("--kek"));

    const QString path = StoreAccess::path(parsed);
    if (!QFileInfo::exists(path))
        return failure(err, QStringLiteral("database_missing"), tr("The database %1 does not exist.").arg(path));
    Database database;
    if (const int rc = StoreAccess::openForWriting(path, database, err); rc != ExitSuccess)
        return rc;

    SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = parsed.value(QStringLiteral("--dev-insecure-secrets"));
    const SecretStoreOpenResult secrets = openSecretStore(secretOptions);
    if (!secrets.ok())
        return failure(err, secrets.reason(), secrets.error().message);
    const auto ring = KeyRing::open(database, *secrets.value());
    if (!ring.ok())
        return failure(err, ring.error.reason, ring.error.message);

    KeyRotation rotation(database, *secrets.value(), ring.value);
    const SecurityResult<RotationReport> done = kek ? rotation.rotateKek() : rotation.rotateDataKey();
    if (!done.ok()) {
        qCWarning(lcCli) << "rotation detail:" << done.error.detail;
        return failure(err, done.error.reason, done.error.message);
    }
    const RotationReport &r = done.value;

    QList<qint64> retired;
    for (quint32 id : r.retiredKeys)
        retired.append(qint64(id));
    AuditEvent event;
    event.kind = QString(AuditKind::KeyRotation);
    event.actor = QString(AuditActor::Branchctl);
    event.subject = AuditSubject::named(kek ? QStringLiteral("kek") : QStringLiteral("data_key"), kek ? r.kekId : r.keyId);
    event.details = AuditDetails()
                        .rotated(kek ? QStringLiteral("kek") : QStringLiteral("data_key"))
                        .rowsResealed(r.rowsResealed)
                        .retiredKeys(retired)
                        .resumed(r.resumed);
    const AuditKeyResult auditKey = openAuditKey(database, *secrets.value(), m_clock, QString(AuditActor::Branchctl));
    if (!auditKey.ok())
        return failure(err, auditKey.error.reason, auditKey.error.message);
    if (const int rc = StoreAccess::auditSalvage(database, m_clock, auditKey.value, err); rc != ExitSuccess)
        return rc;
    const StoreResult<qint64> audited = AuditLog(database, m_clock, auditKey.value).append(event);
    if (!audited.ok())
        return failure(err, audited.error.reason, audited.error.message);

    if (parsed.has(QStringLiteral("--json"))) {
        out << jsonLine({{QStringLiteral("rotated"), kek ? QStringLiteral("kek") : QStringLiteral("data_key")},
                         {QStringLiteral("key_id"), QString::number(r.keyId)},
                         {QStringLiteral("kek_id"), QString::number(r.kekId)},
                         {QStringLiteral("rows_resealed"), QString::number(r.rowsResealed)},
                         {QStringLiteral("retired_keys"), idList(r.retiredKeys)},
                         {QStringLiteral("resumed"), r.resumed ? QStringLiteral("true") : QStringLiteral("false")}})
            << '\n';
    } else if (kek) {
        out << tr("Key-encryption key rotated: key %1 now protects the data keys.").arg(r.kekId) << '\n';
    } else {
        out << tr("Data key rotated: key %1 in use, %2 row(s) re-sealed, retired keys: %3.")
                   .arg(r.keyId)
                   .arg(r.rowsResealed)
                   .arg(r.retiredKeys.isEmpty() ? tr("none") : idList(r.retiredKeys))
            << '\n';
    }
    out.flush();
    return ExitSuccess;
}

} // namespace branch
