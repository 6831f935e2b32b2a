#include "DeviceCommand.h"

#include "CliLogging.h"
#include "CommandArgs.h"
#include "Database.h"
#include "DeviceKey.h"
#include "DeviceSecrets.h"
#include "HttpsCoreClient.h"
#include "ReceiptNumber.h"
#include "SecretStoreFactory.h"
#include "SecureKey.h"
#include "SyncCommand.h"
#include "SyncStatus.h"

#include <QFileInfo>

namespace branch {

DeviceCommand::DeviceCommand(const Clock &clock)
    : m_clock(clock)
{
}

QString DeviceCommand::name() const
{
    return QStringLiteral("device");
}

QString DeviceCommand::summary() const
{
    return tr("Enrol this kiosk with core");
}

QString DeviceCommand::usage() const
{
    return tr("Usage: branchctl device enroll --core <url> --ca <file> --device <id> --code <code>\n"
              "                               [--database <path>] [--dev-insecure-secrets <dir>]\n"
              "\n"
              "  --core    core's https URL, e.g. https://127.0.0.1:8443\n"
              "  --ca      the CA certificate (PEM) that signed core's certificate; the only one trusted\n"
              "  --device  this kiosk's id: 2 to 12 upper-case letters and digits\n"
              "  --code    the one-time code printed by \"branch-core device add <id>\"\n"
              "  --dev-insecure-secrets  DEVELOPMENT ONLY: keep the credential and key in this directory\n"
              "\n"
              "Exit codes: 0 enrolled, 1 code refused, 2 usage error, 3 core, keychain or database failed.");
}

int DeviceCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.value(0) != QLatin1String("enroll"))
        return reportUsageError(err, QStringLiteral("unknown_subcommand"), tr("Use \"device enroll\"."));
    const CommandArgs parsed = CommandArgs::parse(
        args.mid(1), {},
        {QStringLiteral("--core"), QStringLiteral("--ca"), QStringLiteral("--device"), QStringLiteral("--code"),
         QStringLiteral("--database"), QStringLiteral("--dev-insecure-secrets")});
    if (!parsed.error.isEmpty())
        return reportUsageError(
            err, parsed.error, tr("Unknown or incomplete option %1. Run \"branchctl help device\".").arg(parsed.culprit));
    for (const char *required : {"--core", "--ca", "--device", "--code"}) {
        if (parsed.value(QLatin1String(required)).isEmpty())
            return reportUsageError(err, QStringLiteral("missing_option"),
                                    tr("Missing %1.").arg(QLatin1String(required)));
    }
    const QString deviceId = parsed.value(QStringLiteral("--device"));
    if (!ReceiptNumber::isValidKioskCode(deviceId))
        return reportUsageError(err, QStringLiteral("invalid_device_id"),
                                tr("A device id is 2 to 12 upper-case letters and digits."));

    // Open the keychain first: failing after core has spent the code would waste it.
    SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = parsed.value(QStringLiteral("--dev-insecure-secrets"));
    const SecretStoreOpenResult secrets = openSecretStore(secretOptions);
    if (!secrets.ok()) {
        err << "branchctl: " << secrets.error().message << " (" << secrets.reason() << ")\n";
        return ExitFailure;
    }
    Database db;
    if (const int rc = openSyncDatabase(parsed, db, err); rc != ExitSuccess)
        return rc;

    CoreEndpoint endpoint;
    endpoint.baseUrl = QUrl(parsed.value(QStringLiteral("--core")));
    endpoint.caFile = QFileInfo(parsed.value(QStringLiteral("--ca"))).absoluteFilePath();
    QString clientError;
    const auto client = HttpsCoreClient::create(endpoint, &clientError);
    if (!client)
        return reportUsageError(err, clientError, tr("The core address or CA file cannot be used."));
    // The kiosk's own key pair: the private key goes to the SecretStore
    // only; core sees the request and signs a certificate for it.
    Result<DeviceKeyRequest> key = DeviceKey::generate(deviceId);
    if (!key.ok()) {
        err << "branchctl: " << tr("This kiosk could not make its key pair.") << " (" << key.reason() << ")\n";
        return ExitFailure;
    }
    const EnrollReply reply = client->enroll(deviceId, parsed.value(QStringLiteral("--code")), key.value().csrPem);
    if (!reply.ok()) {
        scrub(key.value().privateKeyPem);
        qCWarning(lcCli) << "enrolment refused:" << reply.reason << reply.detail;
        err << "branchctl: " << tr("Core did not enrol this kiosk.") << " (" << reply.reason << ")\n";
        return reply.status == ReplyStatus::Client ? ExitInvalid : ExitFailure;
    }
    if (const Result<void> mine = DeviceKey::checkCertificate(reply.certificate, key.value().privateKeyPem, deviceId);
        !mine.ok()) {
        scrub(key.value().privateKeyPem);
        qCWarning(lcCli) << "core's certificate is not for this key:" << mine.reason();
        err << "branchctl: " << tr("Core sent a certificate that is not for this kiosk's key.") << " ("
            << mine.reason() << ")\n";
        return ExitFailure;
    }
    DeviceSecrets device{deviceId.toLatin1() + '.' + reply.secret, reply.certificate, key.value().privateKeyPem};
    scrub(key.value().privateKeyPem);
    const SecretResult written = device.write(*secrets.value());
    device.scrub();
    if (!written.ok()) {
        err << "branchctl: " << written.error().message << " (" << written.reason() << ")\n";
        return ExitFailure;
    }
    // A new enrolment may be with another core: its anchor key is pinned afresh.
    secrets.value()->remove(QString(SecretName::CoreAnchorKey));
    if (const StoreError e = CoreSettings{endpoint.baseUrl.toString(), endpoint.caFile}.save(db); e.isError())
        return reportStoreFailure(err, e);
    qCInfo(lcCli) << "device enrolled with core; credential, certificate and key in" << secrets.value()->backend();
    out << tr("Enrolled %1 with %2.").arg(deviceId, endpoint.baseUrl.toString()) << '\n';
    out.flush();
    return ExitSuccess;
}

} // namespace branch
