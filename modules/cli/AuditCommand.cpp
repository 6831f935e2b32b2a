#include "AuditCommand.h"

#include "AuditCheck.h"
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
    return tr("Usage: branchctl audit verify [--database <path>] [--dev-insecure-secrets <dir>] [--offline] [--json]\n"
              "\n"
              "  --database  the kiosk database (default: %1)\n"
              "  --dev-insecure-secrets  DEVELOPMENT ONLY: read the audit log's key from this directory\n"
              "  --offline   check against the anchor this kiosk holds, without asking core\n"
              "  --json      print one line: {\"status\":...,\"rows\":...,\"broken_row\":...,\"reason\":...,\n"
              "              \"anchored\":...,\"checked_against\":\"core|held|none\"}\n"
              "\n"
              "Checks the keyed hash chain, then that the log still holds the head core anchored.\n"
              "Exit codes: 0 intact, 1 broken, 2 usage error, 3 database, keychain or core failure,\n"
              "4 intact but not keyed yet.")
        .arg(kioskDatabasePath());
}

int AuditCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed =
        CommandArgs::parse(args, {QStringLiteral("--json"), QStringLiteral("--offline")},
                           {QStringLiteral("--database"), QStringLiteral("--dev-insecure-secrets")});
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

    AuditCheckOptions check;
    check.secretsDirectory = parsed.value(QStringLiteral("--dev-insecure-secrets"));
    check.offline = parsed.has(QStringLiteral("--offline"));
    const AuditCheckReport r = AuditCheck::run(database, m_clock, check);
    if (!r.failure.isEmpty()) {
        err << "branchctl: " << r.failureMessage << " (" << r.failure << ")\n";
        err.flush();
        qCWarning(lcCli) << "audit verify failed:" << r.failure;
        return ExitFailure;
    }
    if (const int rc = StoreAccess::confirmRead(database, err); rc != ExitSuccess)
        return rc;
    const bool intact = r.status == u"intact";
    if (parsed.has(QStringLiteral("--json"))) {
        out << jsonLine({{QStringLiteral("status"), r.status},
                         {QStringLiteral("rows"), QString::number(r.rows)},
                         {QStringLiteral("broken_row"), r.status == u"broken" ? QString::number(r.brokenRow) : QString()},
                         {QStringLiteral("reason"), r.reason},
                         {QStringLiteral("anchored"), QString::number(r.anchored)},
                         {QStringLiteral("checked_against"), r.checkedAgainst}})
            << '\n';
    } else if (intact) {
        out << tr("Audit log intact: %n row(s) checked.", nullptr, int(r.rows)) << '\n';
        if (r.anchored > 0)
            out << tr("It still holds the head anchored at row %1 (checked against %2).")
                       .arg(r.anchored)
                       .arg(r.checkedAgainst == u"core" ? tr("core") : tr("the anchor this kiosk holds"))
                << '\n';
    } else if (r.status == u"unkeyed") {
        out << r.message << " (" << r.reason << ")\n";
    } else {
        out << tr("Audit log broken at row %1: %2 (%3)").arg(r.brokenRow).arg(r.message, r.reason) << '\n';
    }
    out.flush();
    return intact ? ExitSuccess : r.status == u"unkeyed" ? ExitWarning : ExitInvalid;
}

} // namespace branch
