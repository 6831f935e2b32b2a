#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;

// branchctl audit verify [--database <path>] [--dev-insecure-secrets <dir>] [--offline] [--json]
//
// Walks the audit log's keyed hash chain and compares it with the anchors
// (AuditCheck). Exit 0 intact, 1 broken (the first finding is reported), 3
// when the database, the keychain or core cannot be asked, 4 intact but not
// keyed yet, 2 usage error. --json prints one line:
//   {"status":"intact|broken|unkeyed","rows":"N","broken_row":"ID","reason":"...",
//    "anchored":"N","checked_against":"core|held|none"}
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
