#pragma once

#include "HttpMessage.h"

#include <QHostAddress>

#include <optional>

namespace branch {

// What core's HTTP front end asks of the application behind it. The front
// end owns the protocol (limits, timeouts, ordering); the service owns routes.
class HttpService
{
public:
    virtual ~HttpService() = default;

    struct Admission
    {
        std::optional<HttpResponse> refusal; // answer now; the body is never read
        qsizetype maxBody = 0;               // otherwise: what the route takes
    };
    // Called once the head has arrived and before any body byte is read, so
    // the route, the media type and the credential are checked first.
    virtual Admission admit(HttpRequest &head, const QHostAddress &peer) = 0;
    virtual HttpResponse respond(const HttpRequest &request, const QHostAddress &peer) = 0;
    // A protocol-level refusal (400, 408, 411, 413, 431, 501, 503, 505) in the service's format.
    virtual HttpResponse protocolError(int status, const QByteArray &reason) = 0;
};

} // namespace branch
