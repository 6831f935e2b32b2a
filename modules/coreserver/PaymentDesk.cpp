#include "PaymentDesk.h"

#include "CoreServerLogging.h"
#include "PaymentReason.h"
#include "PinBlock.h"
#include "TestCards.h"

#include <QCryptographicHash>

namespace branch {
namespace {

PaymentOutcome outcomeOf(const PaymentRecord &r, bool replayed)
{
    return PaymentOutcome{r.key, r.state, r.reason, r.authorisation, replayed};
}

// Six characters, as card schemes' approval codes have; derived from the
// key so the reference is deterministic.
QString authorisationFor(const QString &deviceId, const QString &key)
{
    const QByteArray hash =
        QCryptographicHash::hash((deviceId + u'/' + key).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(6).toUpper());
}

} // namespace

PaymentDesk::PaymentDesk(CoreStore &store) : m_store(store)
{
    addPinKey(QStringLiteral("dev-1"), TestCards::developmentPinKey());
}

PaymentRecord PaymentDesk::decide(PaymentRecord record, const PaymentRequest &request,
                                  const AccountHistory &history) const
{
    auto declined = [&record](const QString &reason) {
        record.state = PaymentState::Declined;
        record.reason = reason;
        return record;
    };
    const std::optional<TestCard> card = TestCards::byPan(request.card.pan);
    if (!card)
        return declined(PaymentReason::CardUnknown);
    if (request.card.expiredOn(record.decidedAt.date()))
        return declined(PaymentReason::CardExpired);
    if (card->locked || history.wrongPinsInARow >= MaxWrongPins)
        return declined(PaymentReason::CardLocked);
    const auto key = m_pinKeys.constFind(request.pin.keyId);
    if (key == m_pinKeys.constEnd())
        return declined(PaymentReason::PinKeyInvalid);
    const Result<void> pin = PinBlock::verifyIso4(request.pin.block, request.card.pan, *key, card->pin);
    if (!pin)
        return declined(pin.reason());
    if (request.amount.currency() != u"CNY")
        return declined(PaymentReason::InvalidAmount);
    if (request.amount.fen() > card->limitFen)
        return declined(PaymentReason::LimitExceeded);
    if (history.chargedFen + request.amount.fen() > card->balanceFen)
        return declined(PaymentReason::InsufficientFunds);
    record.state = PaymentState::Authorised;
    record.authorisation = authorisationFor(record.deviceId, record.key);
    return record;
}

PaymentDecision PaymentDesk::authorise(const QString &deviceId, const PaymentRequest &request, const QDateTime &now)
{
    PaymentRecord record;
    record.deviceId = deviceId;
    record.key = request.key;
    record.fingerprint = request.fingerprint();
    record.amountFen = request.amount.fen();
    record.currency = request.amount.currency();
    record.reference = request.reference;
    const std::optional<TestCard> card = TestCards::byPan(request.card.pan);
    record.account = card ? card->name : QString();
    record.maskedPan = request.card.maskedPan();
    record.decidedAt = now;

    PaymentRecord stored;
    bool replayed = false;
    const CoreStoreStatus status = m_store.authorisePayment(
        record, [this, &record, &request](const AccountHistory &history) { return decide(record, request, history); },
        &stored,
        &replayed);
    if (!status.ok())
        return {};
    if (replayed && stored.fingerprint != record.fingerprint) {
        qCInfo(lcCoreServer) << "payment key reused with another payment by" << deviceId;
        PaymentOutcome refused = outcomeOf(stored, true);
        refused.reason = PaymentReason::KeyReused;
        return {409, refused};
    }
    qCInfo(lcCoreServer) << "payment" << PaymentStates::name(stored.state) << stored.reason << "for" << deviceId
                         << (replayed ? "(repeat)" : "");
    return {replayed ? 200 : 201, outcomeOf(stored, replayed)};
}

PaymentDecision PaymentDesk::lookup(const QString &deviceId, const QString &key)
{
    CoreStoreStatus status;
    const std::optional<PaymentRecord> stored = m_store.payment(deviceId, key, &status);
    if (!status.ok())
        return {};
    if (!stored)
        return {404, {}};
    return {200, outcomeOf(*stored, true)};
}

} // namespace branch
