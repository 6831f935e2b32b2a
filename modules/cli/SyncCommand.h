#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;
class Database;
struct CommandArgs;
struct StoreError;

// branchctl sync run [--until-empty] [--core URL --ca FILE] [--database PATH]
//                    [--dev-insecure-secrets DIR] [--reference] [--json]
//                    [--batch N] [--timeout-ms N] [--retry-base-ms N]
//                    [--retry-cap-ms N] [--seed N] [--max-seconds N]
// branchctl sync status [--database PATH] [--json]
//
// run: one relay pass (resolve sent entries by key, then send due ones in
// batches), or with --until-empty passes until nothing is pending or sent.
// The device credential comes from the keychain ("device-credential").
// status: counts by state, last success, online, clock skew; no network.
//
// Exit 0 done (with --until-empty: the outbox is empty), 2 usage,
// 3 core or the store failed (the entries stay pending or sent).
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::SyncCommand)
public:
    explicit SyncCommand(const Clock &clock);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    int runRelay(const CommandArgs &args, QTextStream &out, QTextStream &err);
    int status(const CommandArgs &args, QTextStream &out, QTextStream &err);

    const Clock &m_clock;
};

// Shared by the sync, outbox and device commands that write: opens
// --database (or the kiosk's own) as StoreAccess::openForWriting does;
// ExitSuccess or ExitFailure after a message.
int openSyncDatabase(const CommandArgs &args, Database &db, QTextStream &err);
int reportStoreFailure(QTextStream &err, const StoreError &error);

} // namespace branch
