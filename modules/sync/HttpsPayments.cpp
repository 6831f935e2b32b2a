// HttpsCoreClient as the kiosk's PaymentGateway: core's payment API over the
// same mutual TLS exchange as the outbox. Any answer that is not core's
// outcome, a 404 or a 4xx refusal leaves the payment unknown.
#include "HttpsCoreClient.h"

#include "SyncStatus.h"

#include "SyncLogging.h"

#include <QJsonDocument>

namespace branch {

GatewayReply HttpsCoreClient::paymentReply(const Exchange &ex)
{
    GatewayReply reply;
    if (!ex.reply.ok()) {
        reply.reason = ex.reply.reason;
        return reply; // NoAnswer
    }
    const int http = ex.reply.httpStatus;
    if (http == 200 || http == 201) {
        const QJsonDocument json = QJsonDocument::fromJson(ex.body);
        Result<PaymentOutcome> outcome = PaymentOutcome::fromJson(json.object());
        if (!outcome.ok() || !PaymentStates::isFinal(outcome.value().state)) {
            reply.reason = QStringLiteral("payment_bad_response");
            return reply;
        }
        reply.status = GatewayStatus::Answered;
        reply.outcome = std::move(outcome).value();
        return reply;
    }
    reply.reason = ResponseParser::errorCode(ex.body);
    if (http == 404 && reply.reason == u"payment_not_found")
        reply.status = GatewayStatus::NotFound;
    else if (http >= 400 && http < 500)
        reply.status = GatewayStatus::Refused; // core answers every 4xx before it decides anything
    if (reply.reason.isEmpty())
        reply.reason = QStringLiteral("http_%1").arg(http);
    return reply;
}

GatewayReply HttpsCoreClient::authorise(const PaymentRequest &request)
{
    QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    const Exchange ex = exchange("POST", QStringLiteral("/v1/payments"), body, {}, true);
    body.fill('\0');
    const GatewayReply reply = paymentReply(ex);
    if (reply.status != GatewayStatus::Answered)
        qCInfo(lcSync) << "payment" << request.key << "not answered:" << reply.reason;
    return reply;
}

GatewayReply HttpsCoreClient::status(const QString &key)
{
    if (!PaymentRequest::isValidKey(key))
        return {GatewayStatus::Refused, {}, QStringLiteral("payment_invalid_key")};
    return paymentReply(exchange("GET", QStringLiteral("/v1/payments/") + key, {}, {}, true));
}

std::unique_ptr<HttpsCoreClient> HttpsCoreClient::createEnrolled(Database &db, CoreEndpoint endpoint, QString *error)
{
    if (endpoint.baseUrl.isEmpty() || endpoint.caFile.isEmpty()) {
        const auto stored = CoreSettings::load(db);
        if (!stored.ok()) {
            *error = stored.error.reason;
            return nullptr;
        }
        if (endpoint.baseUrl.isEmpty())
            endpoint.baseUrl = QUrl(stored.value.url);
        if (endpoint.caFile.isEmpty())
            endpoint.caFile = stored.value.caFile;
    }
    if (endpoint.baseUrl.isEmpty() || endpoint.caFile.isEmpty()) {
        *error = QStringLiteral("core_not_configured");
        return nullptr;
    }
    return create(endpoint, error);
}

} // namespace branch
