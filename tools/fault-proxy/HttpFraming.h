#pragma once

#include <QByteArray>

namespace branch {

// The length of the first whole HTTP/1.1 message (request or response) at the
// start of `buffer`: 0 while it is incomplete, -1 when it cannot be framed
// (headers past 64 KiB, chunked bodies, a bad Content-Length). branch-core
// and QNetworkAccessManager both send Content-Length, so that is all the
// proxy needs.
qsizetype httpMessageLength(const QByteArray &buffer);

// The request with header `name` set to `value` (right after the request
// line; left out when `value` is empty) and any header of that name the
// client sent taken out.
QByteArray withHeader(const QByteArray &request, const QByteArray &name, const QByteArray &value);

// A minimal response the proxy makes up itself (500, 503).
QByteArray syntheticResponse(int status, const QByteArray &reasonPhrase, const QByteArray &errorCode);

} // namespace branch
