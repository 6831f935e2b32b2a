#pragma once

#include "ReceiptEpoch.h"
#include "SalvageReport.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace branch {

// After a quarantine: what can still be read from the damaged file, written
// into the new database, with a report of what was saved and what was lost
// (docs/store-recovery.md).
//
// Saved: every outbox entry with its submission, in whatever state, byte for
// byte (payloads stay sealed; ids, idempotency keys, times and receipt numbers
// unchanged, so core sees the very request it may already hold and answers it
// as a repeat); the wrapped data keys that open them; the enrolment (core's
// address and CA); the daily receipt counters, for the record. Not carried
// over: the customer journal (it must not outlive a visit), the sync status
// (learned again) and reference data (fetched again). The audit log stays in
// the quarantined file, where it is evidence.
namespace Salvage {

// Reads a private copy of the quarantined set at `quarantinePath`, never the
// set itself, and writes into `target` (the new, migrated database) in one
// transaction together with the report. `damage` is what quick_check said.
// The report is returned, also when nothing could be read (outcome failed).
StoreResult<SalvageReport> run(const QSqlDatabase &target, const QString &quarantinePath, const QString &damage,
                               const std::optional<ReceiptEpoch> &epoch);

} // namespace Salvage
} // namespace branch
