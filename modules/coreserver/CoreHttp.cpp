#include "CoreHttp.h"

#include "CoreTransaction.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>

namespace branch::CoreHttp {

QByteArray httpDate(const QDateTime &now)
{
    return QLocale::c().toString(now.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QHttpServerResponse json(Status status, QJsonObject body, const QDateTime &now)
{
    body.insert(QStringLiteral("serverTime"), isoUtcMs(now));
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    response.setHeader(QByteArrayLiteral("Date"), httpDate(now));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse error(Status status, const QString &error, const QString &message, const QDateTime &now,
                          const QString &reason)
{
    QJsonObject body{{QStringLiteral("error"), error}, {QStringLiteral("message"), message}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    QHttpServerResponse response = json(status, body, now);
    if (status == Status::Unauthorized)
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return response;
}

} // namespace branch::CoreHttp
