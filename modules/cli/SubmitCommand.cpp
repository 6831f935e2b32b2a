#include "SubmitCommand.h"

#include "AuditKeying.h"
#include "CliLogging.h"
#include "Clock.h"
#include "CommandArgs.h"
#include "Database.h"
#include "DatabasePath.h"
#include "FlowReason.h"
#include "FormInput.h"
#include "IdempotencyKeySource.h"
#include "JsonLine.h"
#include "PayloadCodec.h"
#include "ReceiptNumber.h"
#include "SealingSetup.h"
#include "StoreAccess.h"
#include "SubmissionService.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace branch {
namespace {

// The kiosk's own default (KioskOptions::kioskCode).
const QString kDefaultKioskCode = QStringLiteral("KIOSK01");

int storeFailure(QTextStream &err, const QString &reason, const QString &message)
{
    err << "branchctl: " << message << " (" << reason << ")\n";
    err.flush();
    qCWarning(lcCli) << "submit: store error" << reason;
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
              "                        [--prefill <reference>] [--dev-insecure-secrets <dir>]\n"
              "\n"
              "  --data                  a JSON object of field ids and values\n"
              "  --database              the kiosk database (default: %1)\n"
              "  --kiosk-code            first part of the receipt number (default: %2)\n"
              "  --accept-warnings       store answers that only need confirmation\n"
              "  --prefill               the e-Tongban prefill this completes (its 32-hex reference,\n"
              "                          from \"branchctl prefill read\"); core marks it used\n"
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
         QStringLiteral("--dev-insecure-secrets"), QStringLiteral("--prefill")});
    if (!parsed.error.isEmpty())
        return reportUsageError(err, parsed.error,
                                tr("Unknown or incomplete option %1. Run \"branchctl help submit\".").arg(parsed.culprit));
    const QString kioskCode = parsed.values.value(QStringLiteral("--kiosk-code"), kDefaultKioskCode);
    if (!ReceiptNumber::isValidKioskCode(kioskCode))
        return reportUsageError(err, QStringLiteral("invalid_kiosk_code"),
                                tr("A kiosk code is 2 to 12 upper-case letters and digits."));
    const bool json = parsed.has(QStringLiteral("--json"));
    const QString prefill = parsed.value(QStringLiteral("--prefill"));
    static const QRegularExpression prefillReference(QStringLiteral("^[0-9a-f]{32}$"));
    if (parsed.values.contains(QStringLiteral("--prefill")) && !prefillReference.match(prefill).hasMatch())
        return reportUsageError(err, QStringLiteral("invalid_prefill_reference"),
                                tr("A prefill reference is 32 lower-case hexadecimal characters, as \"branchctl prefill "
                                   "read\" prints it."));

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
    // The kiosk's own submission (modules/flow): the same checks, the same
    // one transaction for submission, outbox entry and audit row.
    SubmissionOrder order;
    order.service = *input.service;
    order.values = input.values;
    // Each run is its own visit, as each customer is at the kiosk.
    order.sessionId = QStringLiteral("branchctl-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    order.prefillReference = prefill;
    // An operator's file has no signature pad behind it.
    order.signatureRequired = false;
    order.warningsConfirmed = parsed.has(QStringLiteral("--accept-warnings"));
    order.locale = QLocale();
    const auto checkedOrder = SubmissionService::check(order, m_clock.today());
    if (checkedOrder.reason() == FlowReason::AmountUnknown) {
        problems.append({input.service->fee.field, checkedOrder.error().amountReason,
                         tr("The amount could not be worked out."), false});
        out << (json ? formReportJson(serviceId, problems) + u'\n' : formReportText(problems));
        out.flush();
        return ExitInvalid;
    }
    if (!checkedOrder.ok()) {
        const QList<FormProblem> found = toProblems(checkedOrder.error().fieldErrors);
        out << (json ? formReportJson(serviceId, found) + u'\n' : formReportText(found));
        out.flush();
        return hasBlockingProblem(found) ? ExitInvalid : ExitWarning;
    }

    // As the kiosk opens it: a damaged file is set aside and what it held
    // salvaged (with the enrolment), and the receipt numbers move to a new
    // epoch, so no number is ever issued twice (docs/store-recovery.md).
    Database database;
    if (const int rc = StoreAccess::openForWriting(StoreAccess::path(parsed), database, err); rc != ExitSuccess)
        return rc;

    // Sealed exactly as the kiosk seals: no tool stores personal data plain.
    SecretStoreOptions secretOptions;
    secretOptions.developmentDirectory = parsed.value(QStringLiteral("--dev-insecure-secrets"));
    const auto sealing = openSealing(database, secretOptions);
    if (!sealing.ok()) {
        err << "branchctl: " << sealing.error.message << " (" << sealing.error.reason << ")\n";
        err.flush();
        return ExitFailure;
    }
    const AuditKeyResult auditKey =
        openAuditKey(database, *sealing.value->secrets, m_clock, QString(AuditActor::Branchctl));
    if (!auditKey.ok()) {
        err << "branchctl: " << auditKey.error.message << " (" << auditKey.error.reason << ")\n";
        err.flush();
        return ExitFailure;
    }
    if (const int rc = StoreAccess::auditSalvage(database, m_clock, auditKey.value, err); rc != ExitSuccess)
        return rc;
    RandomKeySource keys;
    SubmissionBackends backends;
    backends.database = &database;
    backends.clock = &m_clock;
    backends.codec = sealing.value->codec.get();
    backends.auditKey = auditKey.value;
    backends.keys = &keys;
    backends.settings.kioskCode = kioskCode;
    backends.auditActor = QStringLiteral("branchctl");
    const SubmissionResult stored = SubmissionService(backends).submit(order);
    if (!stored.ok())
        return storeFailure(err, stored.error().reason, stored.error().message);

    if (json) {
        out << jsonLine({{QStringLiteral("service"), order.service.id},
                         {QStringLiteral("receipt"), stored->stored.receiptNumber}})
            << '\n';
    } else {
        out << tr("Stored. Receipt number: %1").arg(stored->stored.receiptNumber) << '\n';
    }
    out.flush();
    return ExitSuccess;
}

} // namespace branch
