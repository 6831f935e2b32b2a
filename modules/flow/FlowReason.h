#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

namespace branch {

// Reason codes the flow adds to those of the modules it calls (store, audit,
// billing, forms, receipt), which pass through unchanged. Callers and tests
// compare codes, never the translated messages.
namespace FlowReason {
inline constexpr QLatin1String NoBillLookup{"no_bill_lookup"};          // the service takes no bill
inline constexpr QLatin1String InvalidForm{"invalid_form"};             // a field or rule blocks it
inline constexpr QLatin1String NeedsConfirmation{"needs_confirmation"}; // warnings not confirmed
inline constexpr QLatin1String AmountUnknown{"amount_unknown"};         // the fee rule gives no amount
inline constexpr QLatin1String SignatureMissing{"signature_missing"};   // a signing service, no signature
inline constexpr QLatin1String PaymentMissing{"payment_missing"};       // paid at the kiosk, no settled payment
inline constexpr QLatin1String AuthorizationMissing{"authorization_missing"}; // above the limit, no approval that covers it
inline constexpr QLatin1String NotReady{"submission_not_ready"};        // no store to write to
inline constexpr QLatin1String InvalidActor{"invalid_actor"};           // no usable staff or operator id
inline constexpr QLatin1String NoReceiptDirectory{"no_receipt_directory"};
} // namespace FlowReason

// Why a flow call did not work: a reason code to compare, and a translated
// sentence to show (never a customer's value). The E of Result<T, FlowError>.
struct FlowError
{
    QString reason;
    QString message;

    // The error for a FlowReason code, with its own message.
    static FlowError of(QLatin1String reason);
};

struct FlowMessages
{
    Q_DECLARE_TR_FUNCTIONS(branch::FlowMessages)
public:
    // The translated sentence for a FlowReason code; "" for an unknown code.
    static QString messageFor(const QString &reason);
};

} // namespace branch
