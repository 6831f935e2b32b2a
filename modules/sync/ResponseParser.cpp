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

QString ResponseParser::errorCode(const QByteArray &body)
{
    if (body.size() > 64 * 1024)
        return {};
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString code = object.value(QLatin1String("error")).toString();
    return isReasonCode(code) ? code : QString();
}

} // namespace branch
