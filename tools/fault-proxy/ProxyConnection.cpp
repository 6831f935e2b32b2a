#include "ProxyConnection.h"

#include "FaultProxy.h"
#include "HttpFraming.h"

#include <QTimer>

namespace branch {

ProxyConnection::ProxyConnection(QSslSocket *client, const UpstreamConfig &upstream, FaultProxy &proxy)
    : QObject(&proxy)
    , m_client(client)
    , m_config(upstream)
    , m_proxy(proxy)
{
    m_client->setParent(this);
    connect(m_client, &QSslSocket::readyRead, this, &ProxyConnection::onClientData);
    connect(m_client, &QSslSocket::disconnected, this, &ProxyConnection::closeAll);
    if (m_client->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &ProxyConnection::onClientData);
}

void ProxyConnection::onClientData()
{
    m_inbox += m_client->readAll();
    takeNext();
}

void ProxyConnection::takeNext()
{
    if (m_busy || m_closed)
        return;
    const qsizetype length = httpMessageLength(m_inbox);
    if (length < 0) {
        closeAll();
        return;
    }
    if (length == 0)
        return;
    QByteArray request = m_inbox.left(length);
    m_inbox.remove(0, length);
    if (m_config.forwardClientCertificate) {
        const QSslCertificate own = m_client->peerCertificate();
        request = withHeader(request, "X-Client-Certificate", own.isNull() ? QByteArray() : own.toPem().toPercentEncoding());
    }
    m_busy = true;
    m_fault = m_proxy.plan().next();
    if (m_fault != Fault::None)
        m_proxy.plan().count(m_fault);
    switch (m_fault) {
    case Fault::DropRequest:
        closeAll();
        return;
    case Fault::Error503:
        m_client->write(syntheticResponse(503, "Service Unavailable", "unavailable"));
        m_busy = false;
        QTimer::singleShot(0, this, &ProxyConnection::takeNext);
        return;
    case Fault::Delay:
        QTimer::singleShot(m_proxy.plan().delayMs(50, 500), this, [this, request] { forward(request); });
        return;
    case Fault::Reorder:
        m_proxy.hold([self = QPointer<ProxyConnection>(this), request] {
            if (self)
                self->forward(request);
        });
        return;
    case Fault::Duplicate:
        forward(request);
        m_proxy.sendCopy(request, m_proxy.plan().delayMs(0, 300));
        return;
    default:
        forward(request);
        return;
    }
}

QSslSocket *ProxyConnection::upstream()
{
    if (m_upstream && m_upstream->state() != QAbstractSocket::UnconnectedState)
        return m_upstream;
    if (m_upstream)
        m_upstream->deleteLater();
    m_fromCore.clear();
    m_upstream = new QSslSocket(this);
    m_upstream->setSslConfiguration(m_config.tls);
    connect(m_upstream, &QSslSocket::readyRead, this, &ProxyConnection::onUpstreamData);
    // Core closing in the middle of an exchange: the kiosk sees its connection drop.
    connect(m_upstream, &QSslSocket::disconnected, this, [this] {
        if (m_busy)
            closeAll();
    });
    connect(m_upstream, &QSslSocket::sslErrors, this, [this] { closeAll(); });
    m_upstream->connectToHostEncrypted(m_config.host, m_config.port);
    return m_upstream;
}

void ProxyConnection::forward(const QByteArray &request)
{
    if (m_closed)
        return;
    upstream()->write(request);
    m_proxy.forwarded();
}

void ProxyConnection::onUpstreamData()
{
    m_fromCore += m_upstream->readAll();
    const qsizetype length = httpMessageLength(m_fromCore);
    if (length < 0) {
        closeAll();
        return;
    }
    if (length == 0)
        return;
    const QByteArray response = m_fromCore.left(length);
    m_fromCore.remove(0, length);
    finishResponse(response);
}

void ProxyConnection::finishResponse(const QByteArray &response)
{
    if (m_fault == Fault::DropResponse) {
        closeAll(); // core has applied it; the kiosk never hears
        return;
    }
    m_client->write(m_fault == Fault::Error500 ? syntheticResponse(500, "Internal Server Error", "internal_error")
                                                : response);
    m_busy = false;
    takeNext();
}

void ProxyConnection::closeAll()
{
    if (m_closed)
        return;
    m_closed = true;
    m_client->abort();
    if (m_upstream)
        m_upstream->abort();
    deleteLater();
}

} // namespace branch
