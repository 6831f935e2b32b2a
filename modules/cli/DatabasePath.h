#pragma once

#include <QString>

namespace branch {

// The database the kiosk opens when it is given no --database: the kiosk's
// AppDataLocation (organisation "BranchSuite", application "branchsuite")
// plus "branchsuite.sqlite". branchctl runs under its own application name,
// so the rule is spelled out here rather than asked of QStandardPaths, and
// tst_databasepath checks that both agree.
QString kioskDatabasePath();

} // namespace branch
