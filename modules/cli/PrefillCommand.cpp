#include "PrefillCommand.h"

#include "CliLogging.h"
#include "CommandArgs.h"
#include "Database.h"
#include "DeviceEndpoint.h"
#include "DeviceSecrets.h"
#include "EmbeddedCatalog.h"
#include "HttpsCoreClient.h"
#include "PrefillService.h"
#include "QrDecoder.h"
#include "QrImageReader.h"
#include "SecretStoreFactory.h"
#include "StoreAccess.h"
#include "SyncStatus.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace branch {

namespace {

// Core's client when this kiosk is enrolled; null otherwise.
std::unique_ptr<HttpsCoreClient> coreClient(Database &db, SecretStore &secrets)
{
    const auto settings = CoreSettings::load(db);
    if (!settings.ok() || settings.value.url.isEmpty() || settings.value.caFile.isEmpty())
        return nullptr;
    Result<DeviceSecrets, SecurityError> device = DeviceSecrets::read(secrets);
    if (!device.ok())
        return nullptr;
    CoreEndpoint endpoint;
    endpoint.baseUrl = QUrl(settings.value.url);
    endpoint.caFile = settings.value.caFile;
    presentDevice(endpoint, device.value());
    QString error;
    return HttpsCoreClient::create(endpoint, &error);
}

// Fresh keys from core, kept in the keychain; the keychain's when core is out of reach.
PrefillKeyring keyring(PrefillClient *client, SecretStore &secrets)
{
    if (client) {
        const PrefillKeysReply reply = client->fetchPrefillKeys();
        if (reply.ok()) {
            const PrefillKeyring fresh = PrefillKeyring::from(reply.branch, reply.signingKeys, reply.branchSecretKey);
            if (!fresh.save(secrets).ok())
                qCWarning(lcCli) << "prefill keys not kept in the keychain";
            return fresh;
        }
    }
    const Result<PrefillKeyring> held = PrefillKeyring::load(secrets);
    return held.ok() ? held.value() : PrefillKeyring();
}

QJsonObject readJson(const PrefillRead &read)
{
    if (!read.ok())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("reason"), read.reason},
                {QStringLiteral("message"), read.message}};
    QJsonObject o{{QStringLiteral("ok"), true},
                  {QStringLiteral("reference"), read.reference},
                  {QStringLiteral("service"), read.serviceId},
                  {QStringLiteral("offline"), read.offline},
                  {QStringLiteral("values"), read.values}};
    if (!read.token.reference.isEmpty()) {
        o.insert(QStringLiteral("token"),
                 QJsonObject{{QStringLiteral("version"), int(PrefillToken::Version)},
                             {QStringLiteral("key_id"), prefillKeyIdText(read.token.keyId)},
                             {QStringLiteral("reference"), read.token.referenceText()},
                             {QStringLiteral("service"), read.token.serviceId},
                             {QStringLiteral("branch"), read.token.branch},
                             {QStringLiteral("expires_at"), read.token.expiresAt.toString(Qt::ISODate)},
                             {QStringLiteral("offline"), read.token.isOffline()}});
    }
    QJsonArray documents;
    for (const PrefillDocument &d : read.documents)
        documents.append(QJsonObject{{QStringLiteral("photo"), d.photoId}, {QStringLiteral("document"), d.document},
                                     {QStringLiteral("thumbnail_bytes"), d.thumbnail.size()}});
    o.insert(QStringLiteral("documents"), documents);
    return o;
}

} // namespace

PrefillCommand::PrefillCommand(const Clock &clock)
    : m_clock(clock)
{
}

QString PrefillCommand::name() const
{
    return QStringLiteral("prefill");
}

QString PrefillCommand::summary() const
{
    return tr("Read an e-Tongban prefill token or short code");
}

QString PrefillCommand::usage() const
{
    return tr("Usage: branchctl prefill read (--image <file> | --text <token> | --code <digits>) [--json]\n"
              "                              [--database <path>] [--dev-insecure-secrets <dir>]\n"
              "\n"
              "  read  verify the token as the kiosk does, claim the prefill from core and print it;\n"
              "        with core out of reach an offline token is opened with the branch key\n"
              "\n"
              "Exit codes: 0 read, 1 refused (the reason is printed), 2 usage error,\n"
              "3 database or keychain failure.");
}

int PrefillCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed = CommandArgs::parse(
        args, {QStringLiteral("--json")},
        {QStringLiteral("--image"), QStringLiteral("--text"), QStringLiteral("--code"), QStringLiteral("--database"),
         QStringLiteral("--dev-insecure-secrets")});
    if (!parsed.error.isEmpty())
        return reportUsageError(err, parsed.error,
                                tr("Unknown or incomplete option %1. Run \"branchctl help prefill\".").arg(parsed.culprit));
    if (parsed.positional != QStringList{QStringLiteral("read")})
        return reportUsageError(err, QStringLiteral("unknown_action"), tr("The only action is \"read\"."));
    const int sources = int(parsed.values.contains(QStringLiteral("--image")))
                      + int(parsed.values.contains(QStringLiteral("--text")))
                      + int(parsed.values.contains(QStringLiteral("--code")));
    if (sources != 1)
        return reportUsageError(err, QStringLiteral("one_source"), tr("Give exactly one of --image, --text and --code."));

    QString text = parsed.value(QStringLiteral("--text"));
    if (parsed.values.contains(QStringLiteral("--image"))) {
        const Result<cv::Mat> image = QrImageReader::readFile(parsed.value(QStringLiteral("--image")));
        if (!image.ok()) {
            err << "branchctl: " << QrImageReader::message(image.error()) << " (" << image.reason() << ")\n";
            return ExitInvalid;
        }
        const QStringList codes = QrDecoder().decode(image.value()).codes;
        text = codes.isEmpty() ? QString() : codes.constFirst();
    }

    Database database;
    if (const int rc = StoreAccess::openForReading(StoreAccess::path(parsed), database, err); rc != ExitSuccess)
        return rc;
    SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = parsed.value(QStringLiteral("--dev-insecure-secrets"));
    const SecretStoreOpenResult secrets = openSecretStore(secretOptions);
    if (!secrets.ok()) {
        err << "branchctl: " << secrets.error().message << " (" << secrets.reason() << ")\n";
        return ExitFailure;
    }
    const std::unique_ptr<HttpsCoreClient> client = coreClient(database, *secrets.value());
    const PrefillService service(client.get(), keyring(client.get(), *secrets.value()), embeddedCatalog(), m_clock);
    const PrefillRead read = parsed.values.contains(QStringLiteral("--code"))
                                 ? service.readShortCode(parsed.value(QStringLiteral("--code")))
                                 : service.readToken(text);
    if (parsed.has(QStringLiteral("--json"))) {
        out << QString::fromUtf8(QJsonDocument(readJson(read)).toJson(QJsonDocument::Compact)) << '\n';
    } else if (read.ok()) {
        out << tr("Prefill %1 for %2%3").arg(read.reference, read.serviceId,
                                             read.offline ? tr(" (offline)") : QString())
            << '\n';
        for (auto it = read.values.constBegin(); it != read.values.constEnd(); ++it)
            out << it.key() << '\t' << it.value().toString() << '\n';
    } else {
        err << "branchctl: " << read.message << " (" << read.reason << ")\n";
    }
    out.flush();
    err.flush();
    return read.ok() ? ExitSuccess : ExitInvalid;
}

} // namespace branch
