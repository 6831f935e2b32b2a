#pragma once

#include <QStringList>
#include <QTextStream>

namespace branch {

// branch-core audit verify --device ID [--json] (--database FILE | --postgres CONNINFO)
//
// Checks a device's anchors as core holds them: every signature under core's
// key, one unbroken line (each anchor extends the one before), and no flag
// (an anchor core refused: regressed, conflicting, inconsistent, or a log the
// kiosk itself reported broken). Exit 0 consistent, 1 flagged or
// inconsistent, 2 usage, 3 store failure.
int runAuditCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace branch
