#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;
struct CommandArgs;

// branchctl outbox list [--state S] [--limit N] [--offset N] [--database PATH] [--json]
// branchctl outbox retry <id> [--database PATH]
//
// list: newest first, one line per entry with id, key, state, attempts,
// service id, the receipt number masked, and core's reason for a rejection.
// No answers, names or numbers from the form are read.
// retry: staff action; a rejected entry goes back to pending with the SAME
// idempotency key, so core can never book it twice.
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
