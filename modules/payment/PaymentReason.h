#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

namespace branch {

// Why a payment did not go through. Callers, core's JSON and tests compare the
// codes; PaymentMessages words them for the customer, beside the codes.
namespace PaymentReason {
// Refusals decided by the card's bank (core).
inline constexpr QLatin1String InsufficientFunds{"insufficient_funds"};
inline constexpr QLatin1String WrongPin{"wrong_pin"};
inline constexpr QLatin1String CardLocked{"card_locked"};
inline constexpr QLatin1String LimitExceeded{"limit_exceeded"};
inline constexpr QLatin1String CardExpired{"card_expired"};
inline constexpr QLatin1String CardUnknown{"card_unknown"};
// At the kiosk: the card, the pad, the customer.
inline constexpr QLatin1String Timeout{"payment_timeout"};         // no card or no PIN within the wait
inline constexpr QLatin1String CardUnreadable{"card_unreadable"};  // the card's data did not parse
inline constexpr QLatin1String Cancelled{"payment_cancelled"};     // the customer pressed cancel
inline constexpr QLatin1String DeviceFault{"payment_device_fault"}; // reader or pad out of order
// The PIN block itself (ISO 9564): malformed input, never the customer's fault.
inline constexpr QLatin1String PinBlockMalformed{"pin_block_malformed"}; // length, format, fill
inline constexpr QLatin1String PinLengthInvalid{"pin_length_invalid"};   // not 4 to 12 digits
inline constexpr QLatin1String PanInvalid{"pan_invalid"};                // not 12 to 19 digits
inline constexpr QLatin1String PinKeyInvalid{"pin_key_invalid"};         // not an AES-128/256 key
// The exchange with core.
inline constexpr QLatin1String KeyReused{"payment_key_reused"}; // same key, different payment
inline constexpr QLatin1String NotFound{"payment_not_found"};   // core never saw the key
inline constexpr QLatin1String Unknown{"payment_outcome_unknown"}; // asked, no answer yet
inline constexpr QLatin1String InvalidAmount{"payment_invalid_amount"};
inline constexpr QLatin1String InvalidKey{"payment_invalid_key"};
inline constexpr QLatin1String InvalidReference{"payment_invalid_reference"};
inline constexpr QLatin1String BadResponse{"payment_bad_response"}; // core's answer breaks the contract
} // namespace PaymentReason

struct PaymentMessages
{
    Q_DECLARE_TR_FUNCTIONS(branch::PaymentMessages)
public:
    // The customer's sentence for a PaymentReason code, saying what to do;
    // "" for an unknown code.
    static QString messageFor(const QString &reason);
    // Whether the customer may try again with the same card (a new payment,
    // with a new key): a wrong PIN or a timeout, not a locked card.
    static bool retryable(const QString &reason);
};

} // namespace branch
