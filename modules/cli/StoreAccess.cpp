#include "StoreAccess.h"

#include "AuditLog.h"
#include "AuditRecord.h"
#include "CliLogging.h"
#include "Command.h"
#include "CommandArgs.h"
#include "Database.h"
#include "DatabasePath.h"
#include "SalvageAudit.h"
#include "SalvageReport.h"
#include "SyncCommand.h"

#include <QDir>
#include <QFileInfo>

namespace branch {

QString StoreAccess::path(const CommandArgs &args)
{
    return args.values.value(QStringLiteral("--database"), kioskDatabasePath());
}

int StoreAccess::openForReading(const QString &path, Database &db, QTextStream &err)
{
    const OpenResult opened = db.openReadOnly(path);
    return opened.ok ? int(ExitSuccess) : reportStoreFailure(err, opened.status);
}

int StoreAccess::confirmRead(const Database &db, QTextStream &err)
{
    const StoreError changed = db.confirmUnchanged();
    return changed.isError() ? reportStoreFailure(err, changed) : int(ExitSuccess);
}

int StoreAccess::openForWriting(const QString &path, Database &db, QTextStream &err)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    OpenOptions options;
    options.path = path;
    const OpenResult opened = db.open(options);
    if (!opened.ok)
        return reportStoreFailure(err, opened.status);
    if (!opened.quarantinePath.isEmpty()) {
        err << "branchctl: " << opened.status.message << " (" << opened.status.reason << ")\n"
            << "branchctl: " << tr("Set aside at %1. What could be read was saved: see \"branchctl store salvage-report\".")
                                    .arg(opened.quarantinePath)
            << '\n';
        err.flush();
    }
    return ExitSuccess;
}

int StoreAccess::auditSalvage(Database &db, const Clock &clock, std::shared_ptr<const AuditChainKey> key,
                              QTextStream &err)
{
    AuditLog log(db, clock, std::move(key));
    const auto audited = auditSalvageReports(db, log, QString(AuditActor::Branchctl));
    if (!audited.ok())
        return reportStoreFailure(err, audited.error);
    return ExitSuccess;
}

} // namespace branch
