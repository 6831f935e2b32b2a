#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace branch {

// Routes `branchctl <command> ...` to a registered Command and owns the
// built-ins: help (also --help, -h), help <command>, and --version.
// New commands (catalog, sync, outbox, audit, device) only need addCommand().
class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(branch::Dispatcher)
public:
    explicit Dispatcher(const QString &version);

    void addCommand(std::unique_ptr<Command> command);
    const Command *command(const QString &name) const;

    // `args` excludes the program name. Returns the process exit code.
    int run(const QStringList &args, QTextStream &out, QTextStream &err) const;

private:
    void printHelp(QTextStream &stream) const;
    int runHelp(const QStringList &args, QTextStream &out, QTextStream &err) const;

    QString m_version;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace branch
