#pragma once

#include "StoreError.h"

#include <QDateTime>
#include <QString>

namespace branch {

// Moves a damaged database aside, never deleting anything: the outbox in it
// may hold the only copy of a customer's submission.
namespace Quarantine {

// Renames <path>, <path>-wal, <path>-shm and <path>-journal to
// <path>.corrupt-<UTC timestamp>[-wal|-shm|-journal], so the set stays openable
// with the sqlite3 tool. Side files go first: a fresh database must never meet
// a stale WAL left at the old name. Returns the new main file path.
StoreResult<QString> moveAside(const QString &path, const QDateTime &nowUtc);

} // namespace Quarantine
} // namespace branch
