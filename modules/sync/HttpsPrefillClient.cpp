// HttpsCoreClient's prefill half (PrefillClient): the branch's keys and the
// claim of a prefill by token or short code.
#include "HttpsCoreClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace branch {

namespace {

QByteArray base64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

template<typename Reply>
Reply badResponse(const CoreReply &from, const char *detail)
{
    Reply reply;
    static_cast<CoreReply &>(reply) = from;
    reply.status = ReplyStatus::BadResponse;
    reply.reason = QStringLiteral("bad_response");
    reply.detail = QString::fromLatin1(detail);
    return reply;
}

} // namespace

PrefillKeysReply HttpsCoreClient::fetchPrefillKeys()
{
    Exchange ex = exchange("GET", QStringLiteral("/v1/prefills/keys"), {}, {}, true);
    PrefillKeysReply reply;
    static_cast<CoreReply &>(reply) = ex.reply;
    if (!ex.reply.ok() || classify(ex.reply.httpStatus, ex.body, &reply))
        return reply;
    const QJsonObject o = QJsonDocument::fromJson(ex.body).object();
    reply.branch = o.value(QStringLiteral("branch")).toString();
    const QJsonArray keys = o.value(QStringLiteral("signing_keys")).toArray();
    for (const auto &key : keys)
        reply.signingKeys.append(base64(key.toObject().value(QStringLiteral("public_key"))));
    reply.branchSecretKey = base64(o.value(QStringLiteral("branch_key")).toObject().value(QStringLiteral("secret_key")));
    if (reply.branch.isEmpty() || reply.signingKeys.isEmpty() || reply.branchSecretKey.size() != 32)
        return badResponse<PrefillKeysReply>(ex.reply, "prefill keys incomplete");
    return reply;
}

PrefillClaimReply HttpsCoreClient::claimPrefill(const QString &token, const QString &shortCode)
{
    const QJsonObject request = token.isEmpty() ? QJsonObject{{QStringLiteral("short_code"), shortCode}}
                                                : QJsonObject{{QStringLiteral("token"), token}};
    Exchange ex = exchange("POST", QStringLiteral("/v1/prefills/claim"),
                           QJsonDocument(request).toJson(QJsonDocument::Compact), {}, true);
    PrefillClaimReply reply;
    static_cast<CoreReply &>(reply) = ex.reply;
    if (!ex.reply.ok() || classify(ex.reply.httpStatus, ex.body, &reply))
        return reply;
    const QJsonObject o = QJsonDocument::fromJson(ex.body).object();
    reply.reference = o.value(QStringLiteral("reference")).toString();
    reply.serviceId = o.value(QStringLiteral("service")).toString();
    reply.values = o.value(QStringLiteral("values")).toObject();
    reply.claimedUntil = QDateTime::fromString(o.value(QStringLiteral("claimed_until")).toString(), Qt::ISODate);
    const QJsonArray photos = o.value(QStringLiteral("photos")).toArray();
    for (const auto &value : photos) {
        const QJsonObject p = value.toObject();
        reply.photos.append({p.value(QStringLiteral("photo")).toString(), p.value(QStringLiteral("document")).toString(),
                             p.value(QStringLiteral("media_type")).toString(), base64(p.value(QStringLiteral("thumbnail")))});
    }
    if (reply.reference.isEmpty() || reply.serviceId.isEmpty())
        return badResponse<PrefillClaimReply>(ex.reply, "prefill claim incomplete");
    return reply;
}

} // namespace branch
