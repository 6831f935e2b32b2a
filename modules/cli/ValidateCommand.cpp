#include "ValidateCommand.h"

#include "Clock.h"
#include "IdentifierKind.h"
#include "JsonLine.h"
#include "Masking.h"
#include "ReasonMessages.h"

namespace branch {
namespace {

struct ParsedArgs
{
    QStringList positional;
    bool json = false;
    bool unknownOption = false;
};

ParsedArgs parseArgs(const QStringList &args)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (const QString &arg : args) {
        if (optionsEnded || !arg.startsWith(u'-') || arg.size() == 1)
            parsed.positional << arg;
        else if (arg == u"--")
            optionsEnded = true;
        else if (arg == u"--json")
            parsed.json = true;
        else
            parsed.unknownOption = true;
    }
    return parsed;
}

int exitCodeFor(ValidationResult::Status status)
{
    switch (status) {
    case ValidationResult::Status::Valid:
        return ExitSuccess;
    case ValidationResult::Status::Warning:
        return ExitWarning;
    case ValidationResult::Status::Invalid:
        break;
    }
    return ExitInvalid;
}

} // namespace

ValidateCommand::ValidateCommand(const Clock &clock)
    : m_clock(clock)
{
}

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const
{
    return tr("Check an identity document, credit code, bank card or mobile number");
}

QString ValidateCommand::usage() const
{
    return tr("Usage: branchctl validate <id|uscc|card|mobile|passport|foreign_prid|hmt_permit> <value> [--json]\n"
              "\n"
              "  --json  print one JSON line: {\"kind\":...,\"status\":...,\"reason\":...}\n"
              "\n"
              "Exit codes: 0 valid, 1 invalid, 4 needs confirmation, 2 usage error.");
}

int ValidateCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const ParsedArgs parsed = parseArgs(args);
    if (parsed.unknownOption)
        return reportUsageError(err, QStringLiteral("unknown_option"),
                                tr("Unknown option. Run \"branchctl help validate\"."));
    if (parsed.positional.isEmpty())
        return reportUsageError(err, QStringLiteral("missing_kind"),
                                tr("Missing the kind of value: id, uscc, card, mobile, passport, foreign_prid or hmt_permit."));
    const auto kind = parseIdentifierKind(parsed.positional.constFirst());
    if (!kind)
        return reportUsageError(err, QStringLiteral("unknown_kind"),
                                tr("Unknown kind of value. Use id, uscc, card, mobile, passport, foreign_prid or hmt_permit."));
    if (parsed.positional.size() < 2)
        return reportUsageError(err, QStringLiteral("missing_value"), tr("Missing the value to check."));
    if (parsed.positional.size() > 2)
        return reportUsageError(err, QStringLiteral("too_many_arguments"),
                                tr("Too many arguments. Quote a value that contains spaces."));

    const QString &value = parsed.positional.at(1);
    const ValidationResult result = validateIdentifier(*kind, value, m_clock.today());

    if (parsed.json) {
        out << jsonLine({{QStringLiteral("kind"), identifierKindName(*kind)},
                         {QStringLiteral("status"), statusName(result.status)},
                         {QStringLiteral("reason"), result.reason}})
            << '\n';
    } else {
        const QString subject = identifierKindLabel(*kind) + u' ' + maskIdentifier(value);
        switch (result.status) {
        case ValidationResult::Status::Valid:
            out << tr("%1: valid.").arg(subject) << '\n';
            break;
        case ValidationResult::Status::Warning:
            out << tr("%1: needs confirmation. %2 (%3)").arg(subject, identifierMessage(*kind, result), result.reason)
                << '\n';
            break;
        case ValidationResult::Status::Invalid:
            out << tr("%1: invalid. %2 (%3)").arg(subject, identifierMessage(*kind, result), result.reason) << '\n';
            break;
        }
    }
    out.flush();
    return exitCodeFor(result.status);
}

} // namespace branch
