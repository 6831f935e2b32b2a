#pragma once

#include "Payment.h"

#include <QString>

namespace branch {

// How an exchange with core's payment API ended, as the payment's state
// machine needs it.
enum class GatewayStatus {
    Answered, // core's outcome is in the reply: authorised or declined
    NotFound, // GET: core has no payment under the key; nothing was charged
    Refused,  // 4xx: core took nothing (bad request, key reused); reason says why
    NoAnswer, // transport error, timeout, 5xx or a broken answer: the outcome is unknown
};

struct GatewayReply
{
    GatewayStatus status = GatewayStatus::NoAnswer;
    PaymentOutcome outcome; // when Answered
    QString reason;         // core's error code, or ours (timeout, transport_error, ...)
};

// The kiosk's view of core's payment API (POST /v1/payments, GET
// /v1/payments/{key}). HttpsCoreClient in modules/sync is the real one.
// Calls block until core answers or the client's timeout.
class PaymentGateway
{
public:
    virtual ~PaymentGateway();
    virtual GatewayReply authorise(const PaymentRequest &request) = 0;
    virtual GatewayReply status(const QString &key) = 0;
};

} // namespace branch
