#include "CoreHttp.h"

#include "CoreTransaction.h"

#include <QJsonDocument>
#include <QLocale>

namespace branch::CoreHttp {

QByteArray httpDate(const QDateTime &now)
{
    return QLocale::c().toString(now.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

HttpResponse json(int status, QJsonObject body, const QDateTime &now)
{
    body.insert(QStringLiteral("serverTime"), isoUtcMs(now));
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    response.setHeader(QByteArrayLiteral("Date"), httpDate(now));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

HttpResponse error(int status, const QString &error, const QString &message, const QDateTime &now,
                   const QString &reason)
{
    QJsonObject body{{QStringLiteral("error"), error}, {QStringLiteral("message"), message}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    HttpResponse response = json(status, body, now);
    if (status == Status::Unauthorized)
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return response;
}

bool isJsonMediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed();
    return type.compare("application/json", Qt::CaseInsensitive) == 0;
}

} // namespace branch::CoreHttp
