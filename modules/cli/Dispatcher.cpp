#include "Dispatcher.h"

#include "CliLogging.h"

namespace branch {

Dispatcher::Dispatcher(const QString &version)
    : m_version(version)
{
}

void Dispatcher::addCommand(std::unique_ptr<Command> command)
{
    Q_ASSERT(command && !this->command(command->name()));
    m_commands.push_back(std::move(command));
}

const Command *Dispatcher::command(const QString &name) const
{
    for (const auto &candidate : m_commands) {
        if (candidate->name() == name)
            return candidate.get();
    }
    return nullptr;
}

int Dispatcher::run(const QStringList &args, QTextStream &out, QTextStream &err) const
{
    if (args.isEmpty()) {
        printHelp(err);
        return reportUsageError(err, QStringLiteral("missing_command"), tr("No command given."));
    }
    const QString &first = args.constFirst();
    if (first == u"help" || first == u"--help" || first == u"-h")
        return runHelp(args.sliced(1), out, err);
    if (first == u"--version" || first == u"version") {
        out << "branchctl " << m_version << '\n';
        out.flush();
        return ExitSuccess;
    }
    for (const auto &candidate : m_commands) {
        if (candidate->name() == first) {
            qCDebug(lcCli) << "running" << first;
            const int code = candidate->run(args.sliced(1), out, err);
            out.flush();
            err.flush();
            return code;
        }
    }
    // The unknown word is not echoed: it may be an ID number typed in the wrong place.
    return reportUsageError(err, QStringLiteral("unknown_command"),
                            tr("Unknown command. Run \"branchctl help\" for the list of commands."));
}

int Dispatcher::runHelp(const QStringList &args, QTextStream &out, QTextStream &err) const
{
    if (args.isEmpty()) {
        printHelp(out);
        out.flush();
        return ExitSuccess;
    }
    const Command *found = args.size() == 1 ? command(args.constFirst()) : nullptr;
    if (!found)
        return reportUsageError(err, QStringLiteral("unknown_command"),
                                tr("Unknown command. Run \"branchctl help\" for the list of commands."));
    out << found->usage() << '\n';
    out.flush();
    return ExitSuccess;
}

void Dispatcher::printHelp(QTextStream &stream) const
{
    stream << tr("Usage: branchctl [--lang zh_CN|en] <command> [arguments]") << "\n\n"
           << tr("Commands:") << '\n';
    for (const auto &candidate : m_commands)
        stream << "  " << candidate->name().leftJustified(12) << candidate->summary() << '\n';
    stream << "  " << QStringLiteral("help").leftJustified(12)
           << tr("Show this help, or the help of one command") << '\n'
           << "  " << QStringLiteral("--version").leftJustified(12) << tr("Show the version") << '\n'
           << '\n'
           << tr("Exit codes: 0 success or valid, 1 invalid, 2 usage error, 3 failure, 4 needs confirmation.")
           << '\n';
    stream.flush();
}

} // namespace branch
