#include "ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace branch {
namespace {

template<typename Reply>
Reply refuse(Reply reply, QLatin1String reason, const QString &detail)
{
    reply.status = ReplyStatus::BadResponse;
    reply.reason = reason;
    reply.detail = detail;
    return reply;
}

// A refused batch carries no results: none of them may be acted on.
BatchReply refuse(BatchReply reply, QLatin1String reason, const QString &detail)
{
    reply.results.clear();
    reply.status = ReplyStatus::BadResponse;
    reply.reason = reason;
    reply.detail = detail;
    return reply;
}

bool readIsoUtc(const QJsonValue &value, QDateTime *out)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    // ISO-8601 UTC only: a zone-less or offset time is ambiguous by contract.
    if (!text.endsWith(u'Z') || text.size() > 40)
        return false;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return false;
    *out = t.toUTC();
    return true;
}

// A JSON integer in [low, 2^53 - 1]: every JSON reader holds it exactly.
bool readInteger(const QJsonValue &value, qint64 low, qint64 *out)
{
    constexpr double high = 9007199254740991.0;
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!(d >= double(low) && d <= high) || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}

// Exactly `bytes` bytes as lower-case hex.
bool readHex(const QJsonValue &value, qsizetype bytes, QByteArray *out)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]*$"));
    const QString text = value.toString();
    if (!value.isString() || text.size() != 2 * bytes || !hex.match(text).hasMatch())
        return false;
    *out = QByteArray::fromHex(text.toLatin1());
    return true;
}

} // namespace

ResponseParser::ResponseParser(qsizetype maxBytes)
    : m_maxBytes(maxBytes)
{
}

bool ResponseParser::isValidKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(key).hasMatch();
}

bool ResponseParser::isReasonCode(const QString &reason)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(reason).hasMatch();
}

bool ResponseParser::readObject(const QByteArray &body, QJsonObject *object, CoreReply *reply) const
{
    reply->status = ReplyStatus::BadResponse;
    if (body.size() > m_maxBytes) {
        reply->reason = ResponseReason::Oversized;
        reply->detail = QStringLiteral("%1 bytes, limit %2").arg(body.size()).arg(m_maxBytes);
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // An error at the very end means the body stopped early.
        const bool truncated = body.isEmpty() || error.offset >= body.size() - 1
            || error.error == QJsonParseError::UnterminatedObject || error.error == QJsonParseError::UnterminatedArray
            || error.error == QJsonParseError::UnterminatedString;
        reply->reason = truncated ? ResponseReason::Truncated : ResponseReason::Malformed;
        reply->detail = QStringLiteral("json error %1 at %2").arg(int(error.error)).arg(error.offset);
        return false;
    }
    if (!doc.isObject()) {
        reply->reason = ResponseReason::Malformed;
        reply->detail = QStringLiteral("top level is not an object");
        return false;
    }
    *object = doc.object();
    reply->status = ReplyStatus::Ok;
    return true;
}

bool ResponseParser::readServerTime(const QJsonObject &object, bool required, CoreReply *reply)
{
    const QJsonValue value = object.value(QLatin1String("serverTime"));
    if (value.isUndefined() && !required)
        return true;
    if (!readIsoUtc(value, &reply->serverTime)) {
        reply->status = ReplyStatus::BadResponse;
        reply->reason = ResponseReason::ServerTime;
        reply->detail = QStringLiteral("serverTime missing or not ISO-8601 UTC");
        return false;
    }
    return true;
}

bool ResponseParser::readResult(const QJsonObject &object, CoreResult *result, QString *detail)
{
    result->key = object.value(QLatin1String("key")).toString();
    result->outcome = object.value(QLatin1String("outcome")).toString();
    const QJsonValue replayed = object.value(QLatin1String("replayed"));
    if (!isValidKey(result->key)) {
        *detail = QStringLiteral("key is not 32 lower-case hex");
        return false;
    }
    if (!replayed.isBool()) {
        *detail = QStringLiteral("replayed is not a boolean");
        return false;
    }
    result->replayed = replayed.toBool();
    const QJsonValue message = object.value(QLatin1String("message"));
    if (!message.isUndefined() && !message.isString()) {
        *detail = QStringLiteral("message is not a string");
        return false;
    }
    result->message = message.toString().left(500);
    if (result->outcome == CoreOutcome::Applied) {
        result->coreRef = object.value(QLatin1String("coreRef")).toString();
        if (result->coreRef.isEmpty() || result->coreRef.size() > 128) {
            *detail = QStringLiteral("applied without a coreRef");
            return false;
        }
        if (!readIsoUtc(object.value(QLatin1String("appliedAt")), &result->appliedAt)) {
            *detail = QStringLiteral("applied without a valid appliedAt");
            return false;
        }
        return true;
    }
    if (result->outcome == CoreOutcome::Rejected || result->outcome == CoreOutcome::Conflict) {
        result->reason = object.value(QLatin1String("reason")).toString();
        if (!isReasonCode(result->reason)) {
            *detail = QStringLiteral("%1 without a snake_case reason").arg(result->outcome);
            return false;
        }
        return true;
    }
    *detail = QStringLiteral("unknown outcome");
    return false;
}

BatchReply ResponseParser::parseBatch(const QByteArray &body, const QStringList &requestKeys) const
{
    BatchReply reply;
    QJsonObject object;
    if (!readObject(body, &object, &reply) || !readServerTime(object, true, &reply))
        return reply;
    const QJsonValue results = object.value(QLatin1String("results"));
    if (!results.isArray())
        return refuse(reply, ResponseReason::Malformed, QStringLiteral("results is not an array"));
    const QJsonArray array = results.toArray();
    if (array.size() != requestKeys.size())
        return refuse(reply, ResponseReason::CountMismatch,
                      QStringLiteral("%1 results for %2 transactions").arg(array.size()).arg(requestKeys.size()));
    reply.results.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return refuse(reply, ResponseReason::InvalidResult, QStringLiteral("result %1 is not an object").arg(i));
        CoreResult result;
        QString detail;
        if (!readResult(array.at(i).toObject(), &result, &detail))
            return refuse(reply, ResponseReason::InvalidResult, QStringLiteral("result %1: %2").arg(i).arg(detail));
        // Order is part of the contract: a result in the wrong place is refused, not matched up.
        if (result.key != requestKeys.at(i))
            return refuse(reply, ResponseReason::KeyMismatch, QStringLiteral("result %1 is for another key").arg(i));
        reply.results.append(result);
    }
    return reply;
}

LookupReply ResponseParser::parseLookup(const QByteArray &body, const QString &expectedKey) const
{
    LookupReply reply;
    QJsonObject object;
    if (!readObject(body, &object, &reply) || !readServerTime(object, false, &reply))
        return reply;
    QString detail;
    if (!readResult(object, &reply.result, &detail))
        return refuse(reply, ResponseReason::InvalidResult, detail);
    if (reply.result.key != expectedKey)
        return refuse(reply, ResponseReason::KeyMismatch, QStringLiteral("result is for another key"));
    return reply;
}

ReferenceReply ResponseParser::parseReference(const QByteArray &body, const QString &expectedName) const
{
    ReferenceReply reply;
    QJsonObject object;
    if (!readObject(body, &object, &reply) || !readServerTime(object, false, &reply))
        return reply;
    if (object.value(QLatin1String("name")).toString() != expectedName)
        return refuse(reply, ResponseReason::WrongName, QStringLiteral("name does not match the request"));
    const QJsonValue version = object.value(QLatin1String("version"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v < 0 || v > 9e15 || v != double(qint64(v)))
        return refuse(reply, ResponseReason::Malformed, QStringLiteral("version is not a non-negative integer"));
    reply.version = qint64(v);
    reply.data = object.value(QLatin1String("data"));
    if (reply.data.isUndefined())
        return refuse(reply, ResponseReason::Malformed, QStringLiteral("data missing"));
    return reply;
}

EnrollReply ResponseParser::parseEnroll(const QByteArray &body, const QString &expectedDeviceId) const
{
    EnrollReply reply;
    QJsonObject object;
    if (!readObject(body, &object, &reply) || !readServerTime(object, false, &reply))
        return reply;
    reply.deviceId = object.value(QLatin1String("deviceId")).toString();
    if (reply.deviceId != expectedDeviceId)
        return refuse(reply, ResponseReason::WrongName, QStringLiteral("deviceId does not match the request"));
    static const QRegularExpression secret(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    const QString text = object.value(QLatin1String("secret")).toString();
    if (!secret.match(text).hasMatch())
        return refuse(reply, ResponseReason::InvalidSecret, QStringLiteral("secret is not 43 url-safe base64 characters"));
    reply.secret = text.toLatin1();
    // The certificate's content is checked against the kiosk's own key by
    // whoever stores it (DeviceKey::checkCertificate); here only its shape.
    const QString certificate = object.value(QLatin1String("certificate")).toString();
    if (certificate.size() > 8 * 1024 || !certificate.startsWith(QLatin1String("-----BEGIN CERTIFICATE-----\n")))
        return refuse(reply, ResponseReason::InvalidCertificate, QStringLiteral("certificate is not one PEM certificate"));
    reply.certificate = certificate.toLatin1();
    return reply;
}

bool ResponseParser::readFlag(const QJsonValue &value, AnchorReply *reply, QString *detail)
{
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonObject o = value.toObject();
    AnchorFlag flag;
    flag.reason = o.value(QLatin1String("reason")).toString();
    if (!value.isObject() || !isReasonCode(flag.reason)) {
        *detail = QStringLiteral("flag without a snake_case reason");
        return false;
    }
    if (!readInteger(o.value(QLatin1String("sequence")), 0, &flag.sequence)
        || !readIsoUtc(o.value(QLatin1String("flaggedAt")), &flag.flaggedAt)) {
        *detail = QStringLiteral("flag without a sequence or flaggedAt");
        return false;
    }
    reply->flag = flag;
    return true;
}

AnchorReply ResponseParser::parseAnchor(const QByteArray &body) const
{
    AnchorReply reply;
    QJsonObject object;
    if (!readObject(body, &object, &reply) || !readServerTime(object, false, &reply))
        return reply;
    static const QRegularExpression device(QStringLiteral("^[A-Z0-9]{2,12}$"));
    AnchorStatement &s = reply.anchor.statement;
    s.deviceId = object.value(QLatin1String("deviceId")).toString();
    s.head = object.value(QLatin1String("head")).toString();
    QString detail;
    if (!device.match(s.deviceId).hasMatch())
        detail = QStringLiteral("deviceId is not a device id");
    else if (!readInteger(object.value(QLatin1String("sequence")), 0, &s.sequence))
        detail = QStringLiteral("sequence is not an integer from 0 to 2^53-1");
    else if (!AuditChain::isHexHash(s.head))
        detail = QStringLiteral("head is not 64 lower-case hex");
    else if (!readIsoUtc(object.value(QLatin1String("anchoredAt")), &s.anchoredAt))
        detail = QStringLiteral("anchoredAt is not ISO-8601 UTC");
    else if (!readHex(object.value(QLatin1String("publicKey")), AnchorSigner::PublicKeySize, &reply.anchor.publicKey))
        detail = QStringLiteral("publicKey is not 32 bytes of hex");
    else if (!readHex(object.value(QLatin1String("signature")), AnchorSigner::SignatureSize, &reply.anchor.signature))
        detail = QStringLiteral("signature is not 64 bytes of hex");
    const QJsonValue replayed = object.value(QLatin1String("replayed"));
    if (detail.isEmpty() && !replayed.isUndefined() && !replayed.isBool())
        detail = QStringLiteral("replayed is not a boolean");
    if (detail.isEmpty())
        readFlag(object.value(QLatin1String("flag")), &reply, &detail);
    if (!detail.isEmpty()) {
        reply.flag.reset();
        return refuse(reply, ResponseReason::InvalidAnchor, detail);
    }
    reply.replayed = replayed.toBool();
    return reply;
}

QString ResponseParser::errorCode(const QByteArray &body)
{
    if (body.size() > 64 * 1024)
        return {};
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString code = object.value(QLatin1String("error")).toString();
    return isReasonCode(code) ? code : QString();
}

} // namespace branch
