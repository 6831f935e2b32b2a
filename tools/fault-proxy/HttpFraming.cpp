#include "HttpFraming.h"

#include <QDateTime>
#include <QList>

namespace branch {

qsizetype httpMessageLength(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return buffer.size() > 64 * 1024 ? -1 : 0;
    qint64 body = 0;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed().toLower();
        if (line.startsWith("transfer-encoding:") && line.contains("chunked"))
            return -1;
        if (line.startsWith("content-length:")) {
            bool ok = false;
            body = line.mid(15).trimmed().toLongLong(&ok);
            if (!ok || body < 0 || body > 64LL * 1024 * 1024)
                return -1;
        }
    }
    const qsizetype total = end + 4 + qsizetype(body);
    return buffer.size() >= total ? total : 0;
}

QByteArray withHeader(const QByteArray &request, const QByteArray &name, const QByteArray &value)
{
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    const qsizetype lineEnd = request.indexOf("\r\n");
    if (headEnd < 0 || lineEnd < 0)
        return request;
    QByteArray out = request.left(lineEnd + 2);
    if (!value.isEmpty())
        out += name + ": " + value + "\r\n";
    const QByteArray prefix = name.toLower() + ':';
    // Every header line with its CRLF; splitting at LF leaves each its CR.
    for (const QByteArray &line : request.mid(lineEnd + 2, headEnd - lineEnd).split('\n')) {
        if (!line.isEmpty() && !line.toLower().startsWith(prefix))
            out += line + '\n';
    }
    return out + "\r\n" + request.mid(headEnd + 4);
}

QByteArray syntheticResponse(int status, const QByteArray &reasonPhrase, const QByteArray &errorCode)
{
    const QByteArray body = "{\"error\":\"" + errorCode + "\",\"message\":\"injected by branch-fault-proxy\",\"serverTime\":\""
        + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + "\"}";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nDate: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\n\r\n" + body;
}

} // namespace branch
