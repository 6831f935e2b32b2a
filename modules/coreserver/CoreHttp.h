#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace branch::CoreHttp {

using Status = QHttpServerResponse::StatusCode;

QByteArray httpDate(const QDateTime &now); // RFC 7231 IMF-fixdate
QByteArray header(const QHttpServerRequest &request, const QByteArray &name); // case-insensitive

// Every JSON reply carries "serverTime" and a Date header, as the contract says.
QHttpServerResponse json(Status status, QJsonObject body, const QDateTime &now);
// {"error": error, "reason": reason (when given), "message": message}
QHttpServerResponse error(Status status, const QString &error, const QString &message, const QDateTime &now,
                          const QString &reason = {});

} // namespace branch::CoreHttp
