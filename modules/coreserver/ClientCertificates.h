#pragma once

#include "HttpMessage.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace branch {

// Which certificate a device presented with a request. Core believes two
// sources only:
// - the TLS handshake of the request's own connection (the device speaks
//   to core directly); or
// - on a connection whose client certificate is a pinned trusted proxy
//   (nginx in a fleet, which terminated the device's TLS and verified its
//   certificate against the device CA), the X-Client-Certificate header the
//   proxy set: the device's certificate in PEM, percent-encoded as nginx's
//   $ssl_client_escaped_cert. The proxy replaces any such header a client
//   sends; on every other connection the header is ignored, so a client
//   cannot forge it.
// Either way the certificate is then checked in full by DeviceCa::verify.
class ClientCertificates
{
public:
    static constexpr char ProxyHeader[] = "X-Client-Certificate";

    // Pins the proxy's client certificate(s) in `pem` (by SHA-256 of the DER).
    bool addTrustedProxy(const QByteArray &pem, QString *error);
    bool hasTrustedProxies() const { return !m_proxies.isEmpty(); }

    // The device certificate's DER; empty when the request came without one.
    QByteArray presented(const HttpRequest &head) const;
    bool fromTrustedProxy(const HttpRequest &head) const;

private:
    QSet<QByteArray> m_proxies; // SHA-256 of each pinned certificate's DER
};

} // namespace branch
