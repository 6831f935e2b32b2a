#pragma once

#include <QCoreApplication>
#include <QString>

namespace branch {

class Clock;
class Database;

struct AuditCheckOptions
{
    QString secretsDirectory; // --dev-insecure-secrets; empty: the keychain
    bool offline = false;     // check against the held anchor only
};

// What `branchctl audit verify` found. A failure (the keychain, the store or
// core could not be asked) is not a finding: `failure` is set instead.
struct AuditCheckReport
{
    QString status = QStringLiteral("intact"); // intact | broken | unkeyed
    QString reason = QStringLiteral("ok");
    QString message;      // translated; empty when intact
    qint64 rows = 0;
    qint64 brokenRow = 0;
    qint64 anchored = 0;  // the anchored row checked (0: none)
    QString checkedAgainst = QStringLiteral("none"); // core | held | none
    QString flag;         // core's reason when it flagged this kiosk
    QString failure;      // a reason code when the check could not be made
    QString failureMessage;
};

// The whole check: the keyed chain (AuditLog::verify), then the anchor the
// kiosk holds, then core's newest anchor and flags (unless offline, or not
// enrolled). A cut tail, an emptied table, a recomputed or forged chain are
// broken here even when sqlite_sequence was lowered to match. Reads only.
class AuditCheck
{
    Q_DECLARE_TR_FUNCTIONS(branch::AuditCheck)
public:
    static AuditCheckReport run(Database &db, const Clock &clock, const AuditCheckOptions &options);
};

} // namespace branch
