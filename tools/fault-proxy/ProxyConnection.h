#pragma once

#include "FaultPlan.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>

namespace branch {

struct UpstreamConfig
{
    QString host;
    quint16 port = 0;
    QSslConfiguration tls; // trusts core's CA; presents the proxy's client certificate when set
    // Like nginx in a fleet: pass the kiosk's client certificate on to core in
    // X-Client-Certificate (core trusts it from the proxy's certificate only).
    bool forwardClientCertificate = false;
};

class FaultProxy;

// One kiosk connection, TLS terminated here. Requests are taken one at a
// time (HTTP/1.1 without pipelining, as QNetworkAccessManager sends them),
// a fault is drawn for each, and the request goes to core over its own TLS
// connection.
class ProxyConnection : public QObject
{
    Q_OBJECT
public:
    ProxyConnection(QSslSocket *client, const UpstreamConfig &upstream, FaultProxy &proxy);

private:
    void onClientData();
    void takeNext();
    void forward(const QByteArray &request);
    void onUpstreamData();
    void finishResponse(const QByteArray &response);
    void closeAll();
    QSslSocket *upstream();

    QSslSocket *m_client;
    QPointer<QSslSocket> m_upstream;
    UpstreamConfig m_config;
    FaultProxy &m_proxy;
    QByteArray m_inbox;
    QByteArray m_fromCore;
    Fault m_fault = Fault::None;
    bool m_busy = false;
    bool m_closed = false;
};

} // namespace branch
