#include "AuditCheck.h"

#include "AuditAnchor.h"
#include "AuditKeying.h"
#include "AuditLog.h"
#include "CliLogging.h"
#include "Database.h"
#include "DeviceEndpoint.h"
#include "DeviceSecrets.h"
#include "HttpsCoreClient.h"
#include "SecretStoreFactory.h"
#include "SyncStatus.h"

namespace branch {
namespace {

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(branch::AuditCheck)
public:
    Checker(Database &db, AuditCheckReport &report)
        : m_db(db), m_report(report)
    {
    }

    void fail(const QString &reason, const QString &message)
    {
        m_report.failure = reason;
        m_report.failureMessage = message;
        qCWarning(lcCli) << "audit verify could not finish:" << reason;
    }

    void broken(const QString &reason, const QString &message, qint64 row)
    {
        m_report.status = QStringLiteral("broken");
        m_report.reason = reason;
        m_report.message = message;
        m_report.brokenRow = row;
    }

    bool holds(const SignedAnchor &anchor, const QByteArray &pinnedKey, const QString &deviceId)
    {
        const StoreResult<AnchorComparison> c = AuditAnchor::compare(m_db, anchor, pinnedKey, deviceId);
        if (!c.ok()) {
            fail(c.error.reason, c.error.message);
            return false;
        }
        m_report.anchored = std::max(m_report.anchored, anchor.statement.sequence);
        if (!c.value.ok())
            broken(c.value.reason, c.value.message, c.value.brokenRowId);
        return c.value.ok();
    }

    // Core's newest anchor and its flags: the copy nobody at the kiosk can delete.
    void askCore(SecretStore &secrets, bool holding, const QByteArray &pinnedKey, const QString &deviceId)
    {
        const auto settings = CoreSettings::load(m_db);
        if (!settings.ok() || settings.value.url.isEmpty() || settings.value.caFile.isEmpty())
            return; // not enrolled: there is no core to ask
        Result<DeviceSecrets, SecurityError> device = DeviceSecrets::read(secrets);
        if (!device.ok()) {
            if (device.reason() != QLatin1String(SecurityReason::DeviceNotEnrolled))
                fail(device.reason(), device.error().message);
            return; // no credential: there is no core to ask
        }
        CoreEndpoint endpoint;
        endpoint.baseUrl = QUrl(settings.value.url);
        endpoint.caFile = settings.value.caFile;
        presentDevice(endpoint, device.value());
        QString error;
        const auto client = HttpsCoreClient::create(endpoint, &error);
        if (!client) {
            fail(error, tr("The core address or CA file cannot be used."));
            return;
        }
        const AnchorReply reply = client->latestAnchor();
        if (reply.status == ReplyStatus::NotFound) {
            if (holding)
                broken(QStringLiteral("anchor_unknown_to_core"),
                       tr("This kiosk holds an audit anchor that core does not know."), m_report.anchored);
            return;
        }
        if (!reply.ok()) {
            fail(QStringLiteral("core_unreachable"),
                 tr("Core could not be asked for the audit anchor (%1). Use --offline to check against the anchor "
                    "this kiosk holds only.")
                     .arg(reply.reason));
            return;
        }
        m_report.checkedAgainst = QStringLiteral("core");
        if (!holds(reply.anchor, pinnedKey, deviceId))
            return;
        if (reply.flag) {
            m_report.flag = reply.flag->reason;
            broken(QStringLiteral("core_flagged"),
                   tr("Core refused an audit anchor from this kiosk (%1): the audit log was altered.")
                       .arg(reply.flag->reason),
                   reply.flag->sequence);
        }
    }

private:
    Database &m_db;
    AuditCheckReport &m_report;
};

QByteArray readOptional(SecretStore &secrets, QLatin1String name)
{
    const SecretResult r = secrets.read(QString(name));
    return r.ok() ? r.value() : QByteArray();
}

} // namespace

AuditCheckReport AuditCheck::run(Database &db, const Clock &clock, const AuditCheckOptions &options)
{
    AuditCheckReport report;
    Checker check(db, report);
    SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = options.secretsDirectory;
    const SecretStoreOpenResult secrets = openSecretStore(secretOptions);
    if (!secrets.ok()) {
        check.fail(secrets.reason(), secrets.error().message);
        return report;
    }
    const AuditKeyResult key = readAuditKey(*secrets.value());
    if (!key.ok() && key.error.reason != QLatin1String(SecurityReason::AuditKeyMissing)) {
        check.fail(key.error.reason, key.error.message);
        return report;
    }
    const StoreResult<AuditVerification> verified = AuditLog(db, clock, key.value).verify();
    if (!verified.ok()) {
        check.fail(verified.error.reason, verified.error.message);
        return report;
    }
    const AuditVerification &v = verified.value;
    report.rows = v.rowsChecked;
    if (!v.intact() && !key.value) {
        // Keyed rows cannot be told from forged ones without the key.
        check.fail(key.error.reason, key.error.message);
        return report;
    }
    if (!v.intact()) {
        check.broken(v.reason, v.message, v.brokenRowId);
        return report;
    }

    const QByteArray pinnedKey = readOptional(*secrets.value(), SecretName::CoreAnchorKey);
    const QByteArray credential = readOptional(*secrets.value(), SecretName::DeviceCredential);
    const QString deviceId = credentialDeviceId(credential);
    const auto held = AuditAnchor::loadHeld(db);
    if (!held.ok()) {
        check.fail(held.error.reason, held.error.message);
        return report;
    }
    if (held.value) {
        report.checkedAgainst = QStringLiteral("held");
        if (!check.holds(*held.value, pinnedKey, deviceId) || !report.failure.isEmpty())
            return report;
    }
    if (!options.offline)
        check.askCore(*secrets.value(), held.value.has_value(), pinnedKey, deviceId);
    if (report.failure.isEmpty() && report.status == u"intact" && !v.keyed) {
        // Plain SHA-256 only: anyone could have recomputed it.
        report.status = QStringLiteral("unkeyed");
        report.reason = QStringLiteral("chain_not_keyed");
        report.message = tr("The audit log has no key yet, so a recomputed log cannot be told apart. It is keyed "
                            "when the kiosk or branchctl next writes to it.");
    }
    return report;
}

} // namespace branch
