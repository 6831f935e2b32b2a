#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;
struct CommandArgs;

// branchctl outbox list [--state S] [--limit N] [--offset N] [--database PATH] [--json]
// branchctl outbox retry <id> [--actor ID] [--database PATH]
//
// list: newest first, one line per entry with id, key, state, attempts,
// service id, the receipt number masked, and core's reason for a rejection.
// No answers, names or numbers from the form are read.
// retry: staff action through modules/flow's OutboxRetry, as on the kiosk's
// staff page: a rejected entry goes back to pending with the SAME idempotency
// key, so core can never book it twice, and the audit row
// ("branchctl:<id>") is written in the retry's own transaction. --actor names
// the operator; by default it is the account branchctl runs as (the
// effective uid's name, else $USER). An id that is not a letter followed by
// up to 31 of A-Z a-z 0-9 . _ - is a usage error (exit 2): the audit row
// always names a person or an account, never a bare "staff".
//
// Exit 0 done, 1 the entry is not there or not rejected, 2 usage, 3 store failure.
class OutboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::OutboxCommand)
public:
    explicit OutboxCommand(const Clock &clock);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    int list(const CommandArgs &args, QTextStream &out, QTextStream &err);
    int retry(const CommandArgs &args, QTextStream &out, QTextStream &err);

    const Clock &m_clock;
};

} // namespace branch
