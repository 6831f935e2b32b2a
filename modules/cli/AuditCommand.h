#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;

// branchctl audit verify [--database <path>] [--json]
//
// Walks the audit log's hash chain. Exit 0 intact, 1 broken (the first broken
// row is reported), 3 when the database cannot be opened, 2 usage error.
// --json prints one line:
//   {"status":"intact|broken","rows":"N","broken_row":"ID","reason":"..."}
class AuditCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::AuditCommand)
public:
    explicit AuditCommand(const Clock &clock);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    const Clock &m_clock;
};

} // namespace branch
