#include "PaymentService.h"

#include "CardReader.h"
#include "Clock.h"
#include "FlowLogging.h"
#include "IdempotencyKeySource.h"
#include "PaymentGateway.h"
#include "PaymentReason.h"
#include "PaymentRepository.h"
#include "PinPad.h"

namespace branch {

PaymentStepHook::~PaymentStepHook() = default;

QString PaymentResult::message() const
{
    if (state == PaymentState::Authorised)
        return {};
    const QString text = PaymentMessages::messageFor(reason);
    return text.isEmpty() ? PaymentMessages::messageFor(PaymentReason::Unknown) : text;
}

PaymentService::PaymentService(PaymentRepository &repository, PaymentGateway &gateway, CardReader &reader,
                               PinPad &pad, IdempotencyKeySource &keys, const Clock &clock)
    : m_repository(repository), m_gateway(gateway), m_reader(reader), m_pad(pad), m_keys(keys), m_clock(clock)
{
}

void PaymentService::reached(PaymentStep step, const QString &key)
{
    if (m_hook)
        m_hook->reached(step, key);
}

PaymentResult PaymentService::settle(const QString &key, PaymentState state, const QString &reason,
                                     const QString &authorisation)
{
    const StoreError moved =
        m_repository.move(key, state, reason, authorisation, m_clock.now().toMSecsSinceEpoch());
    if (moved.isError()) {
        // Core's answer is not lost: resolve() asks again for the same key.
        qCWarning(lcFlow) << "payment" << key << "not settled:" << moved.reason << moved.detail;
        return {key, PaymentState::Unknown, QString(PaymentReason::Unknown), {}, {}};
    }
    qCInfo(lcFlow) << "payment" << key << PaymentStates::name(state) << reason;
    return {key, state, reason, authorisation, {}};
}

PaymentResult PaymentService::pay(const Money &amount, const QString &reference,
                                  const std::function<void(PaymentProgress)> &progress)
{
    const auto report = [&progress](PaymentProgress p) {
        if (progress)
            progress(p);
    };
    if (amount.fen() <= 0)
        return {{}, PaymentState::Declined, QString(PaymentReason::InvalidAmount), {}, {}};
    report(PaymentProgress::WaitingForCard);
    Result<CardData> card = m_reader.readCard(m_wait);
    if (!card)
        return {{}, PaymentState::Declined, card.reason(), {}, {}};
    const QString masked = card.value().maskedPan();
    report(PaymentProgress::WaitingForPin);
    Result<EncryptedPin> pin = m_pad.collectPin(card.value(), m_wait);
    if (!pin) {
        card.value().pan.fill('\0');
        return {{}, PaymentState::Declined, pin.reason(), {}, masked};
    }

    PaymentRequest request;
    request.key = m_keys.next();
    request.amount = amount;
    request.reference = reference;
    request.card = std::move(card).value();
    request.pin = std::move(pin).value();

    PaymentRow intent;
    intent.key = request.key;
    intent.reference = reference;
    intent.amount = amount;
    intent.maskedPan = request.card.maskedPan();
    intent.createdMs = m_clock.now().toMSecsSinceEpoch();
    if (const StoreError recorded = m_repository.recordIntent(intent); recorded.isError()) {
        qCWarning(lcFlow) << "payment intent not recorded; core not asked:" << recorded.reason;
        return {{}, PaymentState::Declined, recorded.reason, {}, masked};
    }
    reached(PaymentStep::IntentRecorded, request.key);
    report(PaymentProgress::Authorising);

    const GatewayReply reply = m_gateway.authorise(request);
    request.card.pan.fill('\0');
    request.pin.block.fill('\0');
    reached(PaymentStep::Answered, request.key);

    PaymentResult result;
    switch (reply.status) {
    case GatewayStatus::Answered:
        result = settle(request.key, reply.outcome.state, reply.outcome.reason, reply.outcome.authorisation);
        break;
    case GatewayStatus::Refused:
    case GatewayStatus::NotFound:
        // Core answered before deciding anything: nothing was charged.
        result = settle(request.key, PaymentState::Declined, reply.reason, {});
        break;
    case GatewayStatus::NoAnswer:
        result = settle(request.key, PaymentState::Unknown, reply.reason, {});
        result.reason = PaymentReason::Unknown;
        break;
    }
    result.maskedCard = masked;
    return result;
}

QList<PaymentResult> PaymentService::resolve()
{
    QList<PaymentResult> results;
    const StoreResult<QList<PaymentRow>> open = m_repository.unresolved();
    if (!open.ok()) {
        qCWarning(lcFlow) << "open payments not read:" << open.error.reason;
        return results;
    }
    for (const PaymentRow &row : open.value) {
        const GatewayReply reply = m_gateway.status(row.key);
        const qint64 age = m_clock.now().toMSecsSinceEpoch() - row.createdMs;
        if (reply.status == GatewayStatus::Answered) {
            results.append(settle(row.key, reply.outcome.state, reply.outcome.reason, reply.outcome.authorisation));
            results.last().maskedCard = row.maskedPan;
        } else if (reply.status == GatewayStatus::NotFound && age >= m_grace.count()) {
            results.append(settle(row.key, PaymentState::Declined, QString(PaymentReason::NotFound), {}));
            results.last().maskedCard = row.maskedPan;
        } else {
            // Still unknown: core did not answer, or a request may yet arrive.
            if (row.state == PaymentState::Pending)
                settle(row.key, PaymentState::Unknown, reply.reason, {});
            results.append({row.key, PaymentState::Unknown, QString(PaymentReason::Unknown), {}, row.maskedPan});
        }
    }
    return results;
}

} // namespace branch
