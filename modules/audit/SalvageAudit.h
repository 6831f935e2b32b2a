#pragma once

#include "StoreError.h"

#include <QString>

namespace branch {

class AuditLog;
class Database;

// Records each salvage report (Salvage, written when a quarantine happened)
// in the audit log, once: the audit row and the report's "audited" mark are
// written in one transaction. Reports left unaudited by a process that has
// no audit log (a worker thread's connection) are picked up by the next
// kiosk or branchctl start. Returns how many were recorded.
StoreResult<int> auditSalvageReports(Database &db, AuditLog &log, const QString &actor);

} // namespace branch
