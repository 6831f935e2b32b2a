#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace branch {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as core's front end read it: the head from HttpRequestParser,
// then exactly Content-Length bytes of body.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QByteArray path;   // percent-encoded, without the query
    QByteArray query;  // after '?', may be empty
    HttpHeaders headers;
    qint64 contentLength = 0;
    bool keepAlive = true; // HTTP/1.1 without "Connection: close"
    QByteArray body;
    QByteArray peerCertificate; // DER of the certificate the TLS client presented; empty: none
    QString deviceId; // set by the service once the credential checks out

    QByteArray header(const QByteArray &name) const; // case-insensitive, first one
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    // Status line, headers, Content-Length, and "Connection: close" when asked.
    QByteArray serialize(bool close) const;
};

QByteArray httpReasonPhrase(int status);

} // namespace branch
