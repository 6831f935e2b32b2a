#include "ServeCommand.h"

#include "Clock.h"
#include "CoreCli.h"
#include "CoreOptions.h"
#include "CoreServer.h"
#include "CoreServerLogging.h"
#include "DeviceCa.h"
#include "ReferenceData.h"

#include "PrefillVault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

#include <cstdlib>

namespace branch {
namespace {

// For clock drills: core reads its time this far off, so a site can see
// how its kiosks report a wrong clock without touching the host's clock.
class OffsetClock final : public Clock
{
public:
    OffsetClock(const Clock &base, qint64 offsetMs) : m_base(base), m_offsetMs(offsetMs) {}
    QDateTime now() const override { return m_base.now().addMSecs(m_offsetMs); }

private:
    const Clock &m_base;
    qint64 m_offsetMs;
};

class Serve
{
    Q_DECLARE_TR_FUNCTIONS(branch::CoreCli)

public:
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
    {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon <= 0)
            return false;
        bool ok = false;
        const uint p = text.mid(colon + 1).toUInt(&ok);
        QString host = text.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (!ok || p > 65535 || !address->setAddress(host))
            return false;
        *port = quint16(p);
        return true;
    }

    // The key that seals prefills at rest: --prefill-key FILE, else a file
    // beside the SQLite database (or in core's data folder for PostgreSQL),
    // made with 32 random bytes and mode 0600 the first time. Apart from the
    // database, so a copy of the database alone reveals nothing.
    static QByteArray loadPrefillKey(const CoreOptions &options, QString *error)
    {
        QString path = options.value(QStringLiteral("--prefill-key"));
        if (path.isEmpty()) {
            const QString database = options.value(QStringLiteral("--database"));
            path = !database.isEmpty() ? database + QStringLiteral(".prefill-key")
                                       : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                             .filePath(QStringLiteral("branch-core/prefill.key"));
        }
        QFile file(path);
        if (!file.exists()) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            const QByteArray key = PrefillVault::newKey();
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
                || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(key) != key.size()
                || !file.flush()) {
                *error = tr("Cannot create the prefill key %1: %2").arg(path, file.errorString());
                return {};
            }
            file.close();
        }
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the prefill key %1: %2").arg(path, file.errorString());
            return {};
        }
        const QByteArray key = file.readAll();
        if (key.size() != PrefillVault::KeySize)
            *error = tr("The prefill key %1 must hold exactly %2 bytes.").arg(path).arg(PrefillVault::KeySize);
        return key.size() == PrefillVault::KeySize ? key : QByteArray();
    }

    static int run(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &systemClock)
    {
        CoreOptions options;
        const QStringList valued = CoreOptions::storeOptions()
                                   << QStringLiteral("--listen") << QStringLiteral("--cert") << QStringLiteral("--key")
                                   << QStringLiteral("--reference-dir") << QStringLiteral("--retention-days")
                                   << QStringLiteral("--clock-offset-seconds") << QStringLiteral("--max-connections")
                                   << QStringLiteral("--max-connections-per-address") << QStringLiteral("--device-ca")
                                   << QStringLiteral("--device-ca-key") << QStringLiteral("--trusted-proxy")
                                   << QStringLiteral("--device-cert-days") << QStringLiteral("--branch")
                                   << QStringLiteral("--prefill-key");
        if (!options.parse(args, valued, {}))
            return reportUsage(err, options.reason, options.message);
        if (!options.positional().isEmpty())
            return reportUsage(err, QStringLiteral("bad_arguments"), tr("serve takes no positional arguments."));
        if (!options.has(QStringLiteral("--cert")) || !options.has(QStringLiteral("--key")))
            return reportUsage(err, QStringLiteral("tls_required"), tr("serve needs --cert and --key: core speaks HTTPS only."));
        if (!options.has(QStringLiteral("--device-ca")) || !options.has(QStringLiteral("--device-ca-key")))
            return reportUsage(err, QStringLiteral("device_ca_required"),
                               tr("serve needs --device-ca and --device-ca-key: every device presents a certificate "
                                  "from that CA."));
        bool daysOk = true;
        const int certificateDays =
            options.value(QStringLiteral("--device-cert-days"), QString::number(DeviceCa::DefaultValidityDays)).toInt(&daysOk);
        if (!daysOk || certificateDays < 1 || certificateDays > DeviceCa::MaxValidityDays)
            return reportUsage(err, QStringLiteral("device_cert_days_invalid"),
                               tr("--device-cert-days takes a whole number from 1 to %1.").arg(DeviceCa::MaxValidityDays));
        QHostAddress address;
        quint16 port = 0;
        if (!parseListen(options.value(QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8443")), &address, &port))
            return reportUsage(err, QStringLiteral("listen_invalid"), tr("--listen takes ADDRESS:PORT, e.g. 127.0.0.1:8443."));
        int retention = MinimumRetentionDays;
        if (!options.retentionDays(&retention))
            return reportUsage(err, options.reason, options.message);
        bool offsetOk = true;
        const qint64 offsetSeconds = options.value(QStringLiteral("--clock-offset-seconds"), QStringLiteral("0")).toLongLong(&offsetOk);
        if (!offsetOk || std::abs(offsetSeconds) > 366LL * 24 * 3600)
            return reportUsage(err, QStringLiteral("clock_offset_invalid"),
                               tr("--clock-offset-seconds takes a whole number of seconds, at most a year either way."));
        FrontEndLimits limits;
        for (const auto &[name, target] : {std::pair{QStringLiteral("--max-connections"), &limits.maxConnections},
                                           std::pair{QStringLiteral("--max-connections-per-address"),
                                                     &limits.maxConnectionsPerAddress}}) {
            bool ok = true;
            const int value = options.value(name, QString::number(*target)).toInt(&ok);
            if (!ok || value < 1 || value > 100000)
                return reportUsage(err, QStringLiteral("connection_limit_invalid"),
                                   tr("%1 takes a whole number from 1 to 100000.").arg(name));
            *target = value;
        }
        const OffsetClock clock(systemClock, offsetSeconds * 1000);
        if (offsetSeconds != 0)
            qCWarning(lcCoreServer) << "clock drill: core's clock is moved by" << offsetSeconds << "s";

        const ReferenceData::Loaded reference = ReferenceData::load(options.value(QStringLiteral("--reference-dir")));
        if (!reference.error.isEmpty()) {
            err << "branch-core: " << tr("Cannot load reference data: %1").arg(reference.error) << '\n';
            return CoreExitFailure;
        }
        std::unique_ptr<CoreStore> store = options.makeStore();
        CoreStoreStatus status = store->open();
        if (!status.ok())
            return reportFailure(err, status);
        for (auto it = reference.entries.cbegin(); it != reference.entries.cend(); ++it) {
            qint64 version = 0;
            status = store->seedReference(it.key(), it.value(), clock.now(), &version);
            if (!status.ok())
                return reportFailure(err, status);
            qCInfo(lcCoreServer) << "reference" << it.key() << "version" << version;
        }

        CoreServer server(*store, clock, CoreRules(ReferenceData::serviceIds(reference.entries.value(QStringLiteral("catalog")))));
        server.setFrontEndLimits(limits);
        QString error;
        server.setDeviceCertificateDays(certificateDays);
        if (!server.setupTls(options.value(QStringLiteral("--cert")), options.value(QStringLiteral("--key")), &error)
            || !server.setupDeviceCa(options.value(QStringLiteral("--device-ca")),
                                     options.value(QStringLiteral("--device-ca-key")), &error)
            || (options.has(QStringLiteral("--trusted-proxy"))
                && !server.addTrustedProxy(options.value(QStringLiteral("--trusted-proxy")), &error))) {
            err << "branch-core: " << error << '\n';
            return CoreExitFailure;
        }
        const QString branch = options.value(QStringLiteral("--branch"), QStringLiteral("BR001"));
        const QByteArray prefillKey = loadPrefillKey(options, &error);
        if (prefillKey.isEmpty() || !server.setupPrefills(branch, prefillKey, &error)) {
            err << "branch-core: " << error << '\n';
            return CoreExitFailure;
        }
        const quint16 bound = server.listen(address, port, &error);
        if (bound == 0) {
            err << "branch-core: " << error << '\n';
            return CoreExitFailure;
        }

        // Keys stay for the retention period; purging hourly keeps the table small.
        auto purge = [&store, &clock, retention] {
            qint64 removed = 0;
            if (store->purge(clock.now(), retention, &removed).ok())
                qCInfo(lcCoreServer) << "purged" << removed << "keys older than" << retention << "days";
            // Prefills go at expiry (72 h): answers, photos and all.
            if (store->purgePrefills(clock.now(), &removed).ok() && removed > 0)
                qCInfo(lcCoreServer) << "purged" << removed << "expired prefills";
        };
        purge();
        QTimer purgeTimer;
        QObject::connect(&purgeTimer, &QTimer::timeout, purge);
        purgeTimer.start(std::chrono::minutes(10));

        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QStringLiteral("[%1]").arg(address.toString())
                                 : address.toString();
        out << tr("branch-core (%1) listening on https://%2:%3").arg(store->backendName(), host).arg(bound) << '\n';
        out.flush();
        return QCoreApplication::exec();
    }
};

} // namespace

int runServe(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock)
{
    return Serve::run(args, out, err, clock);
}

} // namespace branch
