#include "Payment.h"

#include "Digits.h"
#include "PaymentReason.h"

#include <QCryptographicHash>

#include <algorithm>

namespace branch {

namespace PaymentStates {

QString name(PaymentState state)
{
    switch (state) {
    case PaymentState::Pending:
        return QStringLiteral("pending");
    case PaymentState::Authorised:
        return QStringLiteral("authorised");
    case PaymentState::Declined:
        return QStringLiteral("declined");
    case PaymentState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<PaymentState> fromName(QStringView text)
{
    for (PaymentState s : {PaymentState::Pending, PaymentState::Authorised, PaymentState::Declined,
                           PaymentState::Unknown}) {
        if (text == name(s))
            return s;
    }
    return std::nullopt;
}

bool isFinal(PaymentState state)
{
    return state == PaymentState::Authorised || state == PaymentState::Declined;
}

bool canMove(PaymentState from, PaymentState to)
{
    if (isFinal(from) || from == to)
        return false;
    if (from == PaymentState::Unknown)
        return isFinal(to);
    return true; // Pending
}

} // namespace PaymentStates

namespace {

const QString kKey = QStringLiteral("key");
const QString kAmount = QStringLiteral("amount");
const QString kFen = QStringLiteral("fen");
const QString kCurrency = QStringLiteral("currency");
const QString kReference = QStringLiteral("reference");
const QString kPan = QStringLiteral("pan");
const QString kExpiry = QStringLiteral("expiry");
const QString kPinBlock = QStringLiteral("pinBlock");
const QString kPinKeyId = QStringLiteral("pinKeyId");
const QString kState = QStringLiteral("state");
const QString kReason = QStringLiteral("reason");
const QString kAuthorisation = QStringLiteral("authorisation");
const QString kReplayed = QStringLiteral("replayed");

bool isDigits(const QByteArray &text, qsizetype min, qsizetype max)
{
    return text.size() >= min && text.size() <= max && isAsciiDigits(text);
}

bool isHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

} // namespace

bool PaymentRequest::isValidKey(QStringView key)
{
    return key.size() == 32 && isHex(key);
}

QJsonObject PaymentRequest::toJson() const
{
    return {{kKey, key},
            {kAmount, QJsonObject{{kFen, amount.fen()}, {kCurrency, amount.currency()}}},
            {kReference, reference},
            {kPan, QString::fromLatin1(card.pan)},
            {kExpiry, QString::fromLatin1(card.expiry)},
            {kPinBlock, QString::fromLatin1(pin.block.toHex())},
            {kPinKeyId, pin.keyId}};
}

Result<PaymentRequest> PaymentRequest::fromJson(const QJsonObject &json)
{
    PaymentRequest r;
    r.key = json.value(kKey).toString();
    if (!isValidKey(r.key))
        return fail(PaymentReason::InvalidKey, kKey);
    const QJsonObject amount = json.value(kAmount).toObject();
    const QJsonValue fen = amount.value(kFen);
    const QString currency = amount.value(kCurrency).toString();
    // Whole numbers only, and within what a double holds exactly.
    if (!fen.isDouble() || fen.toDouble() != double(fen.toInteger()) || fen.toInteger() <= 0
        || fen.toInteger() > (qint64(1) << 53) || !Money::isValidCurrencyCode(currency))
        return fail(PaymentReason::InvalidAmount, kAmount);
    r.amount = Money(fen.toInteger(), currency);
    r.reference = json.value(kReference).toString();
    if (r.reference.isEmpty() || r.reference.size() > 64)
        return fail(PaymentReason::InvalidReference, kReference);
    r.card.pan = json.value(kPan).toString().toLatin1();
    r.card.expiry = json.value(kExpiry).toString().toLatin1();
    if (!isDigits(r.card.pan, 12, 19) || !isDigits(r.card.expiry, 4, 4))
        return fail(PaymentReason::CardUnreadable, kPan);
    const QString block = json.value(kPinBlock).toString();
    r.pin.keyId = json.value(kPinKeyId).toString();
    if (block.size() != 32 || !isHex(block) || r.pin.keyId.isEmpty() || r.pin.keyId.size() > 32)
        return fail(PaymentReason::PinBlockMalformed, kPinBlock);
    r.pin.block = QByteArray::fromHex(block.toLatin1());
    return r;
}

QString PaymentRequest::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Length-prefixed, so no two different requests hash the same text.
    for (const QByteArray &part : {QByteArray::number(amount.fen()), amount.currency().toUtf8(), reference.toUtf8(),
                                   card.pan}) {
        hash.addData(QByteArray::number(part.size()) + ':' + part);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QJsonObject PaymentOutcome::toJson() const
{
    QJsonObject o{{kKey, key}, {kState, PaymentStates::name(state)}, {kReplayed, replayed}};
    if (!reason.isEmpty())
        o.insert(kReason, reason);
    if (!authorisation.isEmpty())
        o.insert(kAuthorisation, authorisation);
    return o;
}

Result<PaymentOutcome> PaymentOutcome::fromJson(const QJsonObject &json)
{
    PaymentOutcome o;
    o.key = json.value(kKey).toString();
    const std::optional<PaymentState> state = PaymentStates::fromName(json.value(kState).toString());
    if (!PaymentRequest::isValidKey(o.key) || !state)
        return fail(PaymentReason::BadResponse, kState);
    o.state = *state;
    o.reason = json.value(kReason).toString();
    o.authorisation = json.value(kAuthorisation).toString();
    o.replayed = json.value(kReplayed).toBool();
    if ((o.state == PaymentState::Declined && o.reason.isEmpty())
        || (o.state == PaymentState::Authorised && o.authorisation.isEmpty()))
        return fail(PaymentReason::BadResponse, kReason);
    return o;
}

} // namespace branch
