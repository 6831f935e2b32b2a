#pragma once

#include "CardData.h"
#include "Money.h"
#include "PinPad.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace branch {

// Where a payment is. Pending: the kiosk has recorded the intent and may be
// asking core. Authorised and Declined are core's answers and final. Unknown:
// the kiosk asked and got no answer (a timeout, a crash); only core can say
// what happened, by GET /v1/payments/{key}, and the payment is never sent
// again under a new key while it is Unknown.
enum class PaymentState { Pending, Authorised, Declined, Unknown };

namespace PaymentStates {
QString name(PaymentState state); // "pending", "authorised", "declined", "unknown"
std::optional<PaymentState> fromName(QStringView name);
// The allowed moves: Pending to any other; Unknown to Authorised or Declined
// (resolved) ; nothing out of Authorised or Declined.
bool canMove(PaymentState from, PaymentState to);
bool isFinal(PaymentState state);
} // namespace PaymentStates

// One card payment as the kiosk asks core for it. The card and PIN block are
// personal data: sent to core over mutual TLS, never logged or stored at the
// kiosk; the kiosk's record keeps the key, the amount and the reference.
struct PaymentRequest
{
    QString key;       // 32 lower-case hex, made once when the intent is recorded
    Money amount;      // positive
    QString reference; // what is paid: a bill's or transaction's id, no personal data
    CardData card;
    EncryptedPin pin;

    // {"key","amount":{"fen","currency"},"reference","pan","expiry",
    //  "pinBlock" (hex),"pinKeyId"}: docs/api/openapi.yaml, PaymentRequest.
    QJsonObject toJson() const;
    // Reasons: payment_invalid_key, payment_invalid_amount, card_unreadable,
    // pin_block_malformed, with the field as the detail.
    static Result<PaymentRequest> fromJson(const QJsonObject &json);

    // SHA-256 (hex) of what makes two requests the same payment: amount,
    // currency, reference and card number, not the PIN block (its random half
    // differs on each entry). Core compares it to refuse a key reused for
    // another payment.
    QString fingerprint() const;

    static bool isValidKey(QStringView key);
};

// Core's answer, and the kiosk's record of it.
struct PaymentOutcome
{
    QString key;
    PaymentState state = PaymentState::Pending;
    QString reason;        // a PaymentReason code when Declined
    QString authorisation; // core's six-character code when Authorised
    bool replayed = false; // core answered from its record of an earlier request

    QJsonObject toJson() const;
    static Result<PaymentOutcome> fromJson(const QJsonObject &json);
};

} // namespace branch
