#include "SubmitCommand.h"

#include "AuditLog.h"
#include "CliLogging.h"
#include "Clock.h"
#include "CommandArgs.h"
#include "Database.h"
#include "DatabasePath.h"
#include "FormInput.h"
#include "IdempotencyKeySource.h"
#include "JsonLine.h"
#include "PayloadCodec.h"
#include "SealingSetup.h"
#include "ReceiptNumber.h"
#include "SubmissionAmount.h"
#include "SubmissionAudit.h"
#include "SubmissionRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace branch {
namespace {

// The kiosk's own default (KioskOptions::kioskCode).
const QString kDefaultKioskCode = QStringLiteral("KIOSK01");

int storeFailure(QTextStream &err, const StoreError &error)
{
    err << "branchctl: " << error.message << " (" << error.reason << ")\n";
    err.flush();
    qCWarning(lcCli) << "submit: store error" << error.reason;
    return ExitFailure;
}

} // namespace

SubmitCommand::SubmitCommand(const Clock &clock)
    : m_clock(clock)
{
}

QString SubmitCommand::name() const
{
    return QStringLiteral("submit");
}

QString SubmitCommand::summary() const
{
    return tr("Store a service request from a file of answers, as the kiosk does");
}

QString SubmitCommand::usage() const
{
    return tr("Usage: branchctl submit <service-id> --data <file.json> [--database <path>]\n"
              "                        [--kiosk-code <code>] [--accept-warnings] [--json]\n"
              "                        [--dev-insecure-secrets <dir>]\n"
              "\n"
              "  --data                  a JSON object of field ids and values\n"
              "  --database              the kiosk database (default: %1)\n"
              "  --kiosk-code            first part of the receipt number (default: %2)\n"
              "  --accept-warnings       store answers that only need confirmation\n"
              "  --json                  print one line: {\"service\":...,\"receipt\":...}\n"
              "  --dev-insecure-secrets  DEVELOPMENT ONLY: keys as files in <dir>, not the keychain\n"
              "\n"
              "Exit codes: 0 stored, 1 invalid, 4 needs confirmation, 2 usage error, 3 store failure.")
        .arg(kioskDatabasePath(), kDefaultKioskCode);
}

int SubmitCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const CommandArgs parsed = CommandArgs::parse(
        args, {QStringLiteral("--json"), QStringLiteral("--accept-warnings")},
        {QStringLiteral("--data"), QStringLiteral("--database"), QStringLiteral("--kiosk-code"),
         QStringLiteral("--dev-insecure-secrets")});
    if (!parsed.error.isEmpty())
        return reportUsageError(err, parsed.error,
                                tr("Unknown or incomplete option %1. Run \"branchctl help submit\".").arg(parsed.culprit));
    const QString kioskCode = parsed.values.value(QStringLiteral("--kiosk-code"), kDefaultKioskCode);
    if (!ReceiptNumber::isValidKioskCode(kioskCode))
        return reportUsageError(err, QStringLiteral("invalid_kiosk_code"),
                                tr("A kiosk code is 2 to 12 upper-case letters and digits."));
    const bool json = parsed.has(QStringLiteral("--json"));

    CheckedAnswers checked = CheckedAnswers::fromCommandLine(parsed.positional, parsed, m_clock.today(), err);
    if (checked.usageExit != 0)
        return checked.usageExit;
    const QString serviceId = parsed.positional.constFirst();
    const FormInput &input = checked.input;
    QList<FormProblem> &problems = checked.problems;
    const bool blocked = hasBlockingProblem(problems);
    if (blocked || (!problems.isEmpty() && !parsed.has(QStringLiteral("--accept-warnings")))) {
        out << (json ? formReportJson(serviceId, problems) + u'\n' : formReportText(problems));
        out.flush();
        return blocked ? ExitInvalid : ExitWarning;
    }
    const AmountResult charged = submissionAmount(*input.service, input.values);
    if (!charged.reason.isEmpty()) {
        problems.append({input.service->fee.field, charged.reason, tr("The amount could not be worked out."), false});
        out << (json ? formReportJson(serviceId, problems) + u'\n' : formReportText(problems));
        out.flush();
        return ExitInvalid;
    }

    const QString path = parsed.values.value(QStringLiteral("--database"), kioskDatabasePath());
    QDir().mkpath(QFileInfo(path).absolutePath());
    Database database;
    OpenOptions options;
    options.path = path;
    const OpenResult opened = database.open(options);
    if (!opened.ok)
        return storeFailure(err, opened.status);

    // Sealed exactly as the kiosk seals: no tool stores personal data plain.
    SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = parsed.value(QStringLiteral("--dev-insecure-secrets"));
    const auto sealing = openSealing(database, secretOptions);
    if (!sealing.ok()) {
        err << "branchctl: " << sealing.error.message << " (" << sealing.error.reason << ")\n";
        err.flush();
        return ExitFailure;
    }
    const PayloadCodec &codec = *sealing.value->codec;
    RandomKeySource keys;
    SubmissionSettings settings;
    settings.kioskCode = kioskCode;
    SubmissionRepository repository(database, m_clock, codec, keys, settings);
    AuditLog audit(database, m_clock);
    repository.setStoredHook(auditSubmissions(audit, QStringLiteral("branchctl")));
    SubmissionRequest request;
    request.serviceId = input.service->id;
    // Each run is its own visit, as each customer is at the kiosk.
    request.sessionId = QStringLiteral("branchctl-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.fields = input.values;
    request.amount = charged.amount;
    const StoreResult<SubmissionReceipt> stored = repository.submit(request);
    if (!stored.ok())
        return storeFailure(err, stored.error);

    if (json) {
        out << jsonLine({{QStringLiteral("service"), request.serviceId},
                         {QStringLiteral("receipt"), stored.value.receiptNumber}})
            << '\n';
    } else {
        out << tr("Stored. Receipt number: %1").arg(stored.value.receiptNumber) << '\n';
    }
    out.flush();
    return ExitSuccess;
}

} // namespace branch
