#include "FormCommand.h"

#include "Clock.h"
#include "CommandArgs.h"
#include "FormInput.h"

namespace branch {

FormCommand::FormCommand(const Clock &clock)
    : m_clock(clock)
{
}

QString FormCommand::name() const
{
    return QStringLiteral("form");
}

QString FormCommand::summary() const
{
    return tr("Check a file of form answers against a service's form");
}

QString FormCommand::usage() const
{
    return tr("Usage: branchctl form validate <service-id> --data <file.json> [--json]\n"
              "\n"
              "  --data  a JSON object of field ids and values, as the kiosk's form holds them\n"
              "  --json  print one line: {\"service\":...,\"valid\":...,\"errors\":[...]}\n"
              "\n"
              "Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.");
}

int FormCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed = CommandArgs::parse(args, {QStringLiteral("--json")}, {QStringLiteral("--data")});
    if (!parsed.error.isEmpty())
        return reportUsageError(err, parsed.error,
                                tr("Unknown or incomplete option %1. Run \"branchctl help form\".").arg(parsed.culprit));
    if (parsed.positional.isEmpty() || parsed.positional.constFirst() != u"validate")
        return reportUsageError(err, QStringLiteral("unknown_subcommand"), tr("Use \"branchctl form validate\"."));
    const CheckedAnswers checked =
        CheckedAnswers::fromCommandLine(parsed.positional.mid(1), parsed, m_clock.today(), err);
    if (checked.usageExit != 0)
        return checked.usageExit;
    const QString serviceId = parsed.positional.at(1);
    const QList<FormProblem> &problems = checked.problems;

    if (parsed.has(QStringLiteral("--json"))) {
        out << formReportJson(serviceId, problems) << '\n';
    } else {
        out << formReportText(problems);
        if (problems.isEmpty())
            out << tr("%1: the answers are valid.").arg(serviceId) << '\n';
    }
    out.flush();
    if (hasBlockingProblem(problems))
        return ExitInvalid;
    return problems.isEmpty() ? ExitSuccess : ExitWarning;
}

} // namespace branch
