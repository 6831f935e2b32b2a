#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;

// branchctl keys rotate [--kek] [--database <path>] [--dev-insecure-secrets <dir>] [--json]
//
// Without --kek: a new data key generation; every stored submission is
// re-sealed under it in batches and the old keys are destroyed. Safe to
// interrupt: run it again to finish. With --kek: a new key-encryption key in
// the keychain; only the wrapped data keys change. Each run is recorded in
// the audit log. Exit 0 done, 3 failure (no keychain, store), 2 usage error.
class KeysCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::KeysCommand)
public:
    explicit KeysCommand(const Clock &clock);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    const Clock &m_clock;
};

} // namespace branch
