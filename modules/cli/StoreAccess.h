#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>

namespace branch {

class AuditChainKey;
class Clock;
class Database;
struct CommandArgs;

// How branchctl's commands reach the kiosk database.
class StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(branch::StoreAccess)
public:
    // --database, else the kiosk's own.
    static QString path(const CommandArgs &args);

    // For commands that only read (audit verify, sync status, outbox list,
    // store salvage-report): nothing on disk is created, moved, migrated or
    // written. A missing, damaged, foreign or newer file is reported with its
    // reason; ExitSuccess or ExitFailure.
    static int openForReading(const QString &path, Database &db, QTextStream &err);
    // After reading, before printing: ExitFailure (busy) when a writer changed
    // the file meanwhile.
    static int confirmRead(const Database &db, QTextStream &err);

    // For commands that write: as the kiosk opens it (migrations; a damaged
    // file set aside and salvaged). A salvage is announced on `err`.
    // ExitSuccess or ExitFailure.
    static int openForWriting(const QString &path, Database &db, QTextStream &err);
    // Once the command holds the audit chain's key: records each salvage not
    // yet in the audit log (also one an earlier run was killed before
    // recording). ExitSuccess or ExitFailure.
    static int auditSalvage(Database &db, const Clock &clock, std::shared_ptr<const AuditChainKey> key,
                            QTextStream &err);
};

} // namespace branch
