#include "AuditCli.h"

#include "AnchorDesk.h"
#include "CoreCli.h"
#include "CoreOptions.h"
#include "Credentials.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace branch {
namespace {

class AuditCli
{
    Q_DECLARE_TR_FUNCTIONS(branch::CoreCli)
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err)
    {
        CoreOptions options;
        if (!options.parse(args, CoreOptions::storeOptions() << QStringLiteral("--device"), {QStringLiteral("--json")}))
            return reportUsage(err, options.reason, options.message);
        const QString device = options.value(QStringLiteral("--device"));
        if (options.positional() != QStringList{QStringLiteral("verify")} || device.isEmpty())
            return reportUsage(err, QStringLiteral("bad_arguments"), tr("Use \"audit verify --device ID\"."));
        if (!Credentials::isDeviceId(device)) {
            return reportUsage(err, QStringLiteral("device_id_invalid"),
                               tr("A device ID is 2 to 12 upper-case letters or digits."));
        }
        std::unique_ptr<CoreStore> store = options.makeStore();
        CoreStoreStatus status = store->open();
        AnchorDesk desk(*store);
        AnchorAudit audit;
        if (status.ok())
            status = desk.audit(device, &audit);
        if (!status.ok())
            return reportFailure(err, status);

        QString state = QStringLiteral("consistent");
        QString reason = QStringLiteral("ok");
        if (!audit.problem.isEmpty()) {
            state = QStringLiteral("inconsistent");
            reason = audit.problem;
        } else if (!audit.flags.isEmpty()) {
            state = QStringLiteral("flagged");
            reason = audit.flags.constFirst().reason;
        }
        const qint64 last = audit.anchors.isEmpty() ? 0 : audit.anchors.constLast().sequence;
        if (options.has(QStringLiteral("--json"))) {
            QJsonArray flags;
            for (const AnchorFlagRecord &f : audit.flags)
                flags.append(QJsonObject{{QStringLiteral("reason"), f.reason},
                                         {QStringLiteral("sequence"), f.sequence},
                                         {QStringLiteral("flaggedAt"), f.flaggedAt.toUTC().toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("detail"), f.detail}});
            const QJsonObject o{{QStringLiteral("device"), device},
                                {QStringLiteral("status"), state},
                                {QStringLiteral("reason"), reason},
                                {QStringLiteral("anchors"), audit.anchors.size()},
                                {QStringLiteral("sequence"), last},
                                {QStringLiteral("flags"), flags}};
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else if (state == u"consistent") {
            out << tr("Audit anchors of %1 consistent: %n anchor(s), up to row %2.", nullptr, int(audit.anchors.size()))
                       .arg(device)
                       .arg(last)
                << '\n';
        } else if (state == u"inconsistent") {
            out << tr("Audit anchors of %1 inconsistent at row %2 (%3).").arg(device).arg(audit.problemSequence).arg(reason)
                << '\n';
        } else {
            for (const AnchorFlagRecord &f : audit.flags)
                out << tr("Audit log of %1 flagged at %2: %3 at row %4 (%5).")
                           .arg(device, f.flaggedAt.toUTC().toString(Qt::ISODateWithMs), f.reason)
                           .arg(f.sequence)
                           .arg(f.detail)
                    << '\n';
        }
        out.flush();
        return state == u"consistent" ? CoreExitSuccess : CoreExitInvalid;
    }
};

} // namespace

int runAuditCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return AuditCli::run(args, out, err);
}

} // namespace branch
