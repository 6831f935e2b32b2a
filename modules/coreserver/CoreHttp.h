#pragma once

#include "HttpMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace branch::CoreHttp {

enum Status : int {
    Ok = 200,
    Created = 201,
    NotModified = 304,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    Conflict = 409,
    PayloadTooLarge = 413,
    UnsupportedMediaType = 415,
    TooManyRequests = 429,
    ServiceUnavailable = 503,
};

QByteArray httpDate(const QDateTime &now); // RFC 7231 IMF-fixdate

// Every JSON reply carries "serverTime" and a Date header, as the contract says.
HttpResponse json(int status, QJsonObject body, const QDateTime &now);
// {"error": error, "reason": reason (when given), "message": message}
HttpResponse error(int status, const QString &error, const QString &message, const QDateTime &now,
                   const QString &reason = {});

// "application/json", optionally with parameters such as "; charset=utf-8".
bool isJsonMediaType(const QByteArray &contentType);

} // namespace branch::CoreHttp
