#include "HttpsCoreClient.h"

#include "SyncLogging.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QTimer>

namespace branch {
namespace {

template<typename Reply>
Reply carry(const CoreReply &from)
{
    Reply reply;
    static_cast<CoreReply &>(reply) = from;
    return reply;
}

// The Date header is the fallback clock reading when a body has no serverTime.
QDateTime httpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).trimmed();
    // HTTP dates end in "GMT"; Qt 6.4's RFC 2822 parser wants a numeric zone.
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime t = QDateTime::fromString(text, Qt::RFC2822Date);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

std::unique_ptr<HttpsCoreClient> HttpsCoreClient::create(const CoreEndpoint &endpoint, QString *error)
{
    if (!endpoint.baseUrl.isValid() || endpoint.baseUrl.scheme() != QLatin1String("https")) {
        *error = QStringLiteral("bad_url");
        return {};
    }
    QFile file(endpoint.caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("ca_unreadable");
        return {};
    }
    const QList<QSslCertificate> roots = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (roots.isEmpty()) {
        *error = QStringLiteral("ca_empty");
        return {};
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Replacing the list also stops Qt from loading system roots on demand.
    tls.setCaCertificates(roots);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!endpoint.clientCertificate.isEmpty() || !endpoint.clientKey.isEmpty()) {
        const QList<QSslCertificate> own = QSslCertificate::fromData(endpoint.clientCertificate, QSsl::Pem);
        const QSslKey key(endpoint.clientKey, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (own.size() != 1 || key.isNull()) {
            *error = QStringLiteral("client_certificate_invalid");
            return {};
        }
        tls.setLocalCertificate(own.first());
        tls.setPrivateKey(key);
    }
    return std::unique_ptr<HttpsCoreClient>(new HttpsCoreClient(endpoint, tls));
}

HttpsCoreClient::HttpsCoreClient(const CoreEndpoint &endpoint, const QSslConfiguration &tls)
    : m_endpoint(endpoint)
    , m_tls(tls)
    , m_parser(endpoint.maxResponseBytes)
{
    m_network.setAutoDeleteReplies(false);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpsCoreClient::Exchange HttpsCoreClient::exchange(const QByteArray &verb, const QString &path,
                                                    const QByteArray &body,
                                                    const QList<QPair<QByteArray, QByteArray>> &headers,
                                                    bool authenticate)
{
    QUrl url = m_endpoint.baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    // branch-core speaks HTTP/1.1; no ALPN surprises through proxies.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (authenticate)
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.credential);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    Exchange ex;
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    bool oversized = false;
    bool tlsRefused = false;
    QByteArray received;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        received += reply->readAll();
        if (received.size() > m_endpoint.maxResponseBytes) {
            oversized = true;
            reply->abort(); // never buffer an unbounded answer
        }
    });
    // Never ignored: an expired or unknown certificate ends the exchange.
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        tlsRefused = true;
        for (const QSslError &e : errors)
            qCWarning(lcSync) << "TLS error from core:" << e.errorString();
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_endpoint.timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();
    if (!oversized)
        received += reply->readAll();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ex.reply.httpStatus = status;
    ex.reply.serverTime = httpDate(reply->rawHeader("Date"));
    ex.etag = reply->rawHeader("ETag");
    if (oversized) {
        ex.reply.status = ReplyStatus::BadResponse;
        ex.reply.reason = ResponseReason::Oversized;
        ex.reply.detail = QStringLiteral("more than %1 bytes").arg(m_endpoint.maxResponseBytes);
    } else if (timedOut) {
        ex.reply.status = ReplyStatus::Transport;
        ex.reply.reason = QStringLiteral("timeout");
        ex.reply.detail = QStringLiteral("no answer within %1 ms").arg(m_endpoint.timeoutMs);
    } else if (status == 0) {
        // No HTTP status at all: refused, reset, or the TLS handshake failed.
        ex.reply.status = ReplyStatus::Transport;
        const auto error = reply->error();
        ex.reply.reason = tlsRefused || error == QNetworkReply::SslHandshakeFailedError
            ? QStringLiteral("tls_failed")
            : QStringLiteral("transport_error");
        ex.reply.detail = reply->errorString();
    } else {
        ex.reply.status = ReplyStatus::Ok;
        ex.body = received;
    }
    if (!ex.reply.ok())
        qCWarning(lcSync) << verb << "exchange failed:" << ex.reply.reason << ex.reply.detail;
    return ex;
}

bool HttpsCoreClient::classify(int httpStatus, const QByteArray &body, CoreReply *reply)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return false;
    reply->reason = ResponseParser::errorCode(body);
    if (httpStatus == 304)
        reply->status = ReplyStatus::NotModified;
    else if (httpStatus == 404)
        reply->status = ReplyStatus::NotFound;
    else if (httpStatus == 401)
        reply->status = ReplyStatus::Unauthorized;
    else if (httpStatus >= 500)
        reply->status = ReplyStatus::Server;
    else if (httpStatus >= 400)
        reply->status = ReplyStatus::Client;
    else
        reply->status = ReplyStatus::BadResponse; // 1xx/3xx other than 304: not in the contract
    if (reply->reason.isEmpty())
        reply->reason = QStringLiteral("http_%1").arg(httpStatus);
    reply->detail = QStringLiteral("HTTP %1").arg(httpStatus);
    return true;
}

BatchReply HttpsCoreClient::sendBatch(const QList<CoreTransaction> &transactions)
{
    QJsonArray items;
    QStringList keys;
    keys.reserve(transactions.size());
    for (const CoreTransaction &tx : transactions) {
        items.append(tx.toJson());
        keys.append(tx.key);
    }
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("transactions"), items}}).toJson(QJsonDocument::Compact);
    Exchange ex = exchange("POST", QStringLiteral("/v1/transactions/batch"), body, {}, true);
    if (!ex.reply.ok() || classify(ex.reply.httpStatus, ex.body, &ex.reply))
        return carry<BatchReply>(ex.reply);
    BatchReply reply = m_parser.parseBatch(ex.body, keys);
    reply.httpStatus = ex.reply.httpStatus;
    if (!reply.serverTime.isValid())
        reply.serverTime = ex.reply.serverTime;
    return reply;
}

LookupReply HttpsCoreClient::lookup(const QString &key)
{
    if (!ResponseParser::isValidKey(key)) {
        LookupReply reply;
        reply.status = ReplyStatus::Client;
        reply.reason = QStringLiteral("invalid_key");
        return reply;
    }
    Exchange ex = exchange("GET", QStringLiteral("/v1/transactions/") + key, {}, {}, true);
    if (!ex.reply.ok() || classify(ex.reply.httpStatus, ex.body, &ex.reply))
        return carry<LookupReply>(ex.reply);
    LookupReply reply = m_parser.parseLookup(ex.body, key);
    reply.httpStatus = ex.reply.httpStatus;
    if (!reply.serverTime.isValid())
        reply.serverTime = ex.reply.serverTime;
    return reply;
}

ReferenceReply HttpsCoreClient::fetchReference(const QString &name, const QString &etag)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!etag.isEmpty())
        headers.append({QByteArrayLiteral("If-None-Match"), etag.toLatin1()});
    Exchange ex = exchange("GET", QStringLiteral("/v1/reference/") + name, {}, headers, true);
    if (!ex.reply.ok() || classify(ex.reply.httpStatus, ex.body, &ex.reply)) {
        auto reply = carry<ReferenceReply>(ex.reply);
        reply.etag = QString::fromLatin1(ex.etag);
        return reply;
    }
    ReferenceReply reply = m_parser.parseReference(ex.body, name);
    reply.httpStatus = ex.reply.httpStatus;
    reply.etag = QString::fromLatin1(ex.etag);
    if (!reply.serverTime.isValid())
        reply.serverTime = ex.reply.serverTime;
    return reply;
}

EnrollReply HttpsCoreClient::enroll(const QString &deviceId, const QString &enrolmentCode, const QByteArray &csrPem)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), deviceId},
                                                      {QStringLiteral("enrolmentCode"), enrolmentCode},
                                                      {QStringLiteral("csr"), QString::fromLatin1(csrPem)}})
                                .toJson(QJsonDocument::Compact);
    Exchange ex = exchange("POST", QStringLiteral("/v1/devices/enroll"), body, {}, false);
    if (!ex.reply.ok() || classify(ex.reply.httpStatus, ex.body, &ex.reply))
        return carry<EnrollReply>(ex.reply);
    EnrollReply reply = m_parser.parseEnroll(ex.body, deviceId);
    reply.httpStatus = ex.reply.httpStatus;
    return reply;
}

CoreReply HttpsCoreClient::fetchTime()
{
    Exchange ex = exchange("GET", QStringLiteral("/v1/time"), {}, {}, true);
    if (!ex.reply.ok() || classify(ex.reply.httpStatus, ex.body, &ex.reply))
        return ex.reply;
    // The Date header or the body's serverTime; only that core answered matters here.
    return ex.reply;
}

AnchorReply HttpsCoreClient::anchorReply(const Exchange &exchange) const
{
    CoreReply status = exchange.reply;
    if (!status.ok() || classify(status.httpStatus, exchange.body, &status))
        return carry<AnchorReply>(status);
    AnchorReply reply = m_parser.parseAnchor(exchange.body);
    reply.httpStatus = status.httpStatus;
    if (!reply.serverTime.isValid())
        reply.serverTime = status.serverTime;
    return reply;
}

AnchorReply HttpsCoreClient::latestAnchor()
{
    return anchorReply(exchange("GET", QStringLiteral("/v1/audit/anchors/latest"), {}, {}, true));
}

AnchorReply HttpsCoreClient::anchor(const AnchorRequest &request)
{
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return anchorReply(exchange("POST", QStringLiteral("/v1/audit/anchors"), body, {}, true));
}

} // namespace branch
