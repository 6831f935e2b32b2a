#include "CoreCli.h"

#include "AuditCli.h"
#include "Clock.h"
#include "CoreOptions.h"
#include "Credentials.h"
#include "ServeCommand.h"
#include "StaffCli.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace branch {
namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(branch::CoreCli)

public:
    Cli(QTextStream &out, QTextStream &err, const Clock &clock)
        : m_out(out), m_err(err), m_clock(clock)
    {
    }

    int run(const QStringList &args)
    {
        const QString command = args.value(0);
        const QStringList rest = args.mid(1);
        if (command.isEmpty() || command == u"help" || command == u"--help") {
            m_out << usage();
            return command.isEmpty() ? CoreExitUsage : CoreExitSuccess;
        }
        if (command == u"serve")
            return runServe(rest, m_out, m_err, m_clock);
        if (command == u"device")
            return device(rest);
        if (command == u"export")
            return exportApplied(rest);
        if (command == u"purge")
            return purge(rest);
        if (command == u"audit")
            return runAuditCommand(rest, m_out, m_err);
        if (command == u"staff") {
            QTextStream in(stdin);
            return runStaffCommand(rest, terminalSecretReader(in, m_err), m_out, m_err, m_clock);
        }
        return reportUsage(m_err, QStringLiteral("unknown_command"),
                           tr("Unknown command \"%1\". Run \"branch-core help\".").arg(command));
    }

private:
    static QString usage()
    {
        return tr("Usage:\n"
                  "  branch-core serve --cert FILE --key FILE --device-ca FILE --device-ca-key FILE\n"
                  "                    [--listen 127.0.0.1:8443] [--trusted-proxy FILE] [--device-cert-days N]\n"
                  "                    [--database FILE | --postgres CONNINFO] [--reference-dir DIR]\n"
                  "                    [--retention-days N] [--clock-offset-seconds N]\n"
                  "                    [--max-connections N] [--max-connections-per-address N]\n"
                  "                    (--clock-offset-seconds: a clock drill, core's time moved by N s;\n"
                  "                     --trusted-proxy: the client certificate of nginx in front, whose\n"
                  "                     X-Client-Certificate header core believes)\n"
                  "  branch-core device add ID [--json]     issue a one-time enrolment code (24 h)\n"
                  "  branch-core device revoke ID\n"
                  "  branch-core export --json              one line per applied transaction\n"
                  "  branch-core purge [--retention-days N] drop keys older than N days (at least 7)\n"
                  "  branch-core audit verify --device ID [--json]  check the device's audit anchors and flags\n"
                  "  branch-core staff add ID --name NAME --role ROLE --branch BRANCH\n"
                  "                                          a staff account (role: teller, supervisor,\n"
                  "                                          branch_admin, remote_teller)\n"
                  "  branch-core staff reset-secret ID       a new secret; unlocks the account\n"
                  "                                          (the secret is typed twice at a terminal,\n"
                  "                                          else read from the first line of stdin)\n"
                  "Every command takes --database FILE or --postgres CONNINFO.\n");
    }

    bool open(CoreOptions &options, std::unique_ptr<CoreStore> *store, int *code)
    {
        *store = options.makeStore();
        const CoreStoreStatus status = (*store)->open();
        if (!status.ok()) {
            *code = reportFailure(m_err, status);
            return false;
        }
        return true;
    }

    int device(const QStringList &args)
    {
        CoreOptions options;
        if (!options.parse(args, CoreOptions::storeOptions(), {QStringLiteral("--json")}))
            return reportUsage(m_err, options.reason, options.message);
        const QStringList words = options.positional();
        const QString action = words.value(0);
        if (words.size() != 2 || (action != u"add" && action != u"revoke"))
            return reportUsage(m_err, QStringLiteral("bad_arguments"), tr("Use \"device add ID\" or \"device revoke ID\"."));
        const QString id = words.at(1);
        if (!Credentials::isDeviceId(id)) {
            return reportUsage(m_err, QStringLiteral("device_id_invalid"),
                               tr("A device ID is 2 to 12 upper-case letters or digits."));
        }
        std::unique_ptr<CoreStore> store;
        int code = CoreExitSuccess;
        if (!open(options, &store, &code))
            return code;
        const QDateTime now = m_clock.now();
        if (action == u"revoke") {
            const CoreStoreStatus status = store->revokeDevice(id, now);
            if (status.reason == u"unknown_device") {
                m_err << "branch-core: " << tr("No device %1 is known to core.").arg(id) << " (unknown_device)\n";
                return CoreExitInvalid;
            }
            if (!status.ok())
                return reportFailure(m_err, status);
            m_out << tr("Device %1 is revoked, with its certificates; its requests are now refused (401).").arg(id)
                  << '\n';
            return CoreExitSuccess;
        }
        const QString enrolment = Credentials::newEnrolmentCode();
        const QDateTime expires = now.addDays(1);
        const CoreStoreStatus status = store->addDevice(
            id, Credentials::sha256Hex(Credentials::normalizeEnrolmentCode(enrolment)), expires, now);
        if (!status.ok())
            return reportFailure(m_err, status);
        if (options.has(QStringLiteral("--json"))) {
            const QJsonObject o{{QStringLiteral("deviceId"), id},
                                {QStringLiteral("enrolmentCode"), enrolment},
                                {QStringLiteral("expiresAt"), isoUtcMs(expires)}};
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else {
            m_out << tr("Enrolment code for %1: %2").arg(id, enrolment) << '\n'
                  << tr("It works once, until %1.").arg(isoUtcMs(expires)) << '\n';
        }
        return CoreExitSuccess;
    }

    int exportApplied(const QStringList &args)
    {
        CoreOptions options;
        if (!options.parse(args, CoreOptions::storeOptions(), {QStringLiteral("--json")}))
            return reportUsage(m_err, options.reason, options.message);
        if (!options.has(QStringLiteral("--json")) || !options.positional().isEmpty())
            return reportUsage(m_err, QStringLiteral("bad_arguments"), tr("Use \"export --json\"."));
        std::unique_ptr<CoreStore> store;
        int code = CoreExitSuccess;
        if (!open(options, &store, &code))
            return code;
        const CoreStoreStatus status = store->exportApplied([this](const ExportRow &row) {
            QJsonValue amount;
            if (row.amountFen)
                amount = QJsonObject{{QStringLiteral("fen"), *row.amountFen}, {QStringLiteral("currency"), QStringLiteral("CNY")}};
            const QJsonObject o{{QStringLiteral("key"), row.key},
                                {QStringLiteral("deviceId"), row.deviceId},
                                {QStringLiteral("serviceId"), row.serviceId},
                                {QStringLiteral("receiptNo"), row.receiptNo},
                                {QStringLiteral("sequence"), row.sequence},
                                {QStringLiteral("amount"), amount},
                                {QStringLiteral("appliedAt"), isoUtcMs(row.appliedAt)},
                                {QStringLiteral("coreRef"), row.coreRef}};
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        });
        m_out.flush();
        return status.ok() ? CoreExitSuccess : reportFailure(m_err, status);
    }

    int purge(const QStringList &args)
    {
        CoreOptions options;
        if (!options.parse(args, CoreOptions::storeOptions() << QStringLiteral("--retention-days"), {}))
            return reportUsage(m_err, options.reason, options.message);
        int days = MinimumRetentionDays;
        if (!options.retentionDays(&days))
            return reportUsage(m_err, options.reason, options.message);
        std::unique_ptr<CoreStore> store;
        int code = CoreExitSuccess;
        if (!open(options, &store, &code))
            return code;
        qint64 removed = 0;
        const CoreStoreStatus status = store->purge(m_clock.now(), days, &removed);
        if (!status.ok())
            return reportFailure(m_err, status);
        m_out << tr("Purged %n key(s) older than %1 days.", nullptr, int(removed)).arg(days) << '\n';
        return CoreExitSuccess;
    }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
};

} // namespace

int runBranchCore(const QStringList &args, QTextStream &out, QTextStream &err, const Clock &clock)
{
    return Cli(out, err, clock).run(args);
}

} // namespace branch
