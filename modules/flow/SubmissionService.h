#pragma once

#include "Authorization.h"
#include "FormValidator.h"
#include "Money.h"
#include "PaymentService.h"
#include "ReceiptComposer.h"
#include "Result.h"
#include "ServiceDefinition.h"
#include "SubmissionRepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace branch {

class AuditChainKey;
class AuditLog;
class Clock;
class Database;
class IdempotencyKeySource;
class PayloadCodec;
class ReceiptPrinter;
class SubmitFaultHook;

// Where a submission is on its way; reported before each part starts.
enum class SubmissionStage {
    Checking,       // the form's checks and the amount
    Storing,        // submission + outbox entry + audit row, one fsync'd transaction
    WritingReceipt, // the receipt file, after the commit
    Done,
};

// What the customer (or the operator's file) confirmed, for one service.
struct SubmissionOrder
{
    // A copy, not a pointer into the catalog: the order crosses to the
    // submission worker's thread.
    ServiceDefinition service;
    QJsonObject values;    // as FormValidator takes them
    QString sessionId;     // the visit (kiosk) or the run (branchctl)
    QString prefillReference; // the e-Tongban prefill it completes, or empty
    QByteArray signaturePng;
    QByteArray signatureStrokes;
    // A signing service is refused without a signature. branchctl, which has
    // no signature pad, turns this off for its operator's files.
    bool signatureRequired = true;
    // The customer confirmed the answers that only warn (an unusual card number).
    bool warningsConfirmed = false;
    // The kiosk took the payment (its flow has a pay step): the request is
    // stored only with a payment that was authorised, or whose outcome is
    // unknown (the receipt then says so, and core decides by its record).
    bool paymentRequired = false;
    std::optional<PaymentResult> payment;
    // The amount is above the service's authorization limit (FlowSteps): the
    // request is stored only with a supervisor's authorization for exactly it.
    bool authorizationRequired = false;
    std::optional<AuthorizationRecord> authorization;
    QLocale locale;        // the customer's language, for the receipt's words and money
    bool largePrint = false; // care mode: the receipt is laid out in large type
};

// Why a request was not stored; nothing was written then. `reason` is a
// FlowReason (invalid_form, needs_confirmation, amount_unknown,
// signature_missing, submission_not_ready) or a StoreReason / AuditReason
// code from the commit.
struct SubmissionError
{
    QString reason;
    QString message;               // translated
    QList<FieldError> fieldErrors; // invalid_form / needs_confirmation: every problem, warnings too
    QString amountReason;          // amount_unknown: submissionAmount's code (missing_amount...)

    static SubmissionError of(QLatin1String reason);
};

// A stored request. A receipt file that could not be written leaves the
// request stored (the customer still has the number on screen): see
// receiptReason.
struct SubmittedRequest
{
    std::optional<Money> amount; // what the request charges; nullopt: no money
    SubmissionReceipt stored;    // receipt number, idempotency key, time
    ReceiptContent receipt;      // composed and stamped (its QR text: verificationPayload)
    QString receiptPath;         // the receipt file; "" when none was written
    QString receiptReason;       // why no file although one was asked for; "" otherwise
};

using SubmissionResult = Result<SubmittedRequest, SubmissionError>;

// What a SubmissionService uses. Everything is borrowed and must be used on
// the thread that opened `database` (Qt SQL connections are per thread).
struct SubmissionBackends
{
    Database *database = nullptr;
    const Clock *clock = nullptr;
    const PayloadCodec *codec = nullptr;
    std::shared_ptr<const AuditChainKey> auditKey; // keys the audit row of each submission
    IdempotencyKeySource *keys = nullptr;
    SubmissionSettings settings;       // kiosk code, business time zone
    QString auditActor;                // the audit row's actor: "kiosk", "branchctl"
    const ReceiptPrinter *printer = nullptr; // null: no receipt file
    QString receiptDirectory;          // where <receipt number>.pdf goes; "" with a printer: no file
};

// The one submission of a service request, shared by the kiosk (through
// SubmissionQueue, off the GUI thread) and branchctl (synchronously):
//  1. the form's checks (FormValidator) and the fee rule's amount;
//  2. the submission, its outbox entry and its audit row in ONE transaction
//     (SubmissionRepository with auditSubmissions): all three or none;
//  3. the receipt composed with masking and, when asked, written as a file.
class SubmissionService
{
public:
    using Progress = std::function<void(SubmissionStage)>;

    explicit SubmissionService(const SubmissionBackends &backends);
    ~SubmissionService();
    SubmissionService(const SubmissionService &) = delete;
    SubmissionService &operator=(const SubmissionService &) = delete;

    // Step 1 only, nothing written: the amount the order charges (nullopt:
    // no money), or why it may not be stored.
    static Result<std::optional<Money>, SubmissionError> check(const SubmissionOrder &order, const QDate &today);

    // The whole submission. `progress` is called on this thread.
    SubmissionResult submit(const SubmissionOrder &order, const Progress &progress = {});

    // For tests only: make the store fail at a chosen point.
    void setFaultHook(SubmitFaultHook *hook);

private:
    void writeReceipt(const SubmissionOrder &order, SubmittedRequest &request) const;

    SubmissionBackends m_backends;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SubmissionRepository> m_repository;
};

} // namespace branch

Q_DECLARE_METATYPE(branch::SubmissionOrder)
Q_DECLARE_METATYPE(branch::SubmissionResult)
Q_DECLARE_METATYPE(branch::SubmissionStage)
