// CoreServer's card payment routes (docs/api/openapi.yaml, "payments"): the
// kiosk asks core to authorise a payment under its idempotency key, and asks
// what became of a key whose answer it never got. The decisions are
// PaymentDesk's. Bodies carry a card number and a PIN block: never logged.
#include "CoreServer.h"

#include "Clock.h"
#include "CoreHttp.h"
#include "PaymentReason.h"
#include "StrictJson.h"

namespace branch {

using Status = CoreHttp::Status;

HttpResponse CoreServer::paymentAuthorise(const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    const StrictJsonResult json = parseStrictJson(request.body);
    QString reason = json.reason;
    if (reason.isEmpty() && !json.document.isObject())
        reason = QStringLiteral("not_an_object");
    std::optional<PaymentRequest> payment;
    if (reason.isEmpty()) {
        Result<PaymentRequest> parsed = PaymentRequest::fromJson(json.document.object());
        if (parsed.ok())
            payment = std::move(parsed).value();
        else
            reason = parsed.reason();
    }
    if (!payment) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("The payment request is malformed (%1).").arg(reason), now, reason);
    }
    const PaymentDecision decision = m_payments.authorise(request.deviceId, *payment, now);
    payment->pin.block.fill('\0');
    payment->card.pan.fill('\0');
    if (decision.httpStatus == Status::Conflict) {
        return CoreHttp::error(Status::Conflict, PaymentReason::KeyReused,
                               tr("This payment key was already used for another payment; nothing was charged "
                                  "for this request."),
                               now);
    }
    if (decision.httpStatus != Status::Ok && decision.httpStatus != Status::Created)
        return unavailable();
    return CoreHttp::json(decision.httpStatus, decision.outcome.toJson(), now);
}

HttpResponse CoreServer::paymentLookup(const QString &key, const HttpRequest &request)
{
    const QDateTime now = m_clock.now();
    if (!PaymentRequest::isValidKey(key)) {
        return CoreHttp::error(Status::BadRequest, QStringLiteral("bad_request"),
                               tr("A payment key is 32 lower-case hex digits."), now,
                               QString(PaymentReason::InvalidKey));
    }
    const PaymentDecision decision = m_payments.lookup(request.deviceId, key);
    if (decision.httpStatus == Status::NotFound) {
        return CoreHttp::error(Status::NotFound, PaymentReason::NotFound,
                               tr("Core has no payment under this key: nothing was charged."), now);
    }
    if (decision.httpStatus != Status::Ok)
        return unavailable();
    return CoreHttp::json(Status::Ok, decision.outcome.toJson(), now);
}

} // namespace branch
