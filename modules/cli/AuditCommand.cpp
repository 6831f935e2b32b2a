#include "AuditCommand.h"

#include "AuditLog.h"
#include "CliLogging.h"
#include "CommandArgs.h"
#include "Database.h"
#include "DatabasePath.h"
#include "JsonLine.h"
#include "StoreAccess.h"
#include "SyncCommand.h"


namespace branch {

AuditCommand::AuditCommand(const Clock &clock)
    : m_clock(clock)
{
}

QString AuditCommand::name() const
{
    return QStringLiteral("audit");
}

QString AuditCommand::summary() const
{
    return tr("Check that the audit log has not been altered");
}

QString AuditCommand::usage() const
{
    return tr("Usage: branchctl audit verify [--database <path>] [--json]\n"
              "\n"
              "  --database  the kiosk database (default: %1)\n"
              "  --json      print one line: {\"status\":...,\"rows\":...,\"broken_row\":...,\"reason\":...}\n"
              "\n"
              "Exit codes: 0 intact, 1 broken, 2 usage error, 3 database failure.")
        .arg(kioskDatabasePath());
}

int AuditCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed = CommandArgs::parse(args, {QStringLiteral("--json")}, {QStringLiteral("--database")});
    if (!parsed.error.isEmpty())
        return reportUsageError(err, parsed.error,
                                tr("Unknown or incomplete option %1. Run \"branchctl help audit\".").arg(parsed.culprit));
    if (parsed.positional != QStringList{QStringLiteral("verify")})
        return reportUsageError(err, QStringLiteral("unknown_action"), tr("The only action is \"verify\"."));

    // Verifying only reads: a damaged file is reported, never set aside and
    // replaced by an empty database that then looks intact.
    Database database;
    if (const int rc = StoreAccess::openForReading(StoreAccess::path(parsed), database, err); rc != ExitSuccess)
        return rc;

    const AuditLog log(database, m_clock);
    const StoreResult<AuditVerification> verified = log.verify();
    if (!verified.ok())
        return reportStoreFailure(err, verified.error);
    if (const int rc = StoreAccess::confirmRead(database, err); rc != ExitSuccess)
        return rc;
    const AuditVerification &v = verified.value;
    if (parsed.has(QStringLiteral("--json"))) {
        out << jsonLine({{QStringLiteral("status"), v.intact() ? QStringLiteral("intact") : QStringLiteral("broken")},
                         {QStringLiteral("rows"), QString::number(v.rowsChecked)},
                         {QStringLiteral("broken_row"), v.intact() ? QString() : QString::number(v.brokenRowId)},
                         {QStringLiteral("reason"), v.intact() ? QStringLiteral("ok") : v.reason}})
            << '\n';
    } else if (v.intact()) {
        out << tr("Audit log intact: %n row(s) checked.", nullptr, int(v.rowsChecked)) << '\n';
    } else {
        out << tr("Audit log broken at row %1: %2 (%3)").arg(v.brokenRowId).arg(v.message, v.reason) << '\n';
    }
    out.flush();
    return v.intact() ? ExitSuccess : ExitInvalid;
}

} // namespace branch
